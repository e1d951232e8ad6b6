package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchroniser tokens against cross-site request forgery: one random token per session, put in
 * every form and compared on every POST. A cross-site page can make the browser post, but
 * cannot read the token.
 */
public final class Csrf {

    public static final String FIELD = "csrf";
    private static final String KEY = "alshub.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The session's token, made when first asked for (a session is then started). */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(KEY);
        if (token instanceof String text) {
            return text;
        }
        return renew(request);
    }

    /** A fresh token, as after signing in: one learnt before then is worth nothing. */
    public static String renew(HttpServletRequest request) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.getSession(true).setAttribute(KEY, token);
        return token;
    }

    public static Html field(HttpServletRequest request) {
        return Html.of("<input type=\"hidden\" name=\"" + FIELD + "\" value=\"{}\">", token(request));
    }

    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(FIELD);
        if (session == null || sent == null || !(session.getAttribute(KEY) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
