package org.alshub.platform.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchroniser tokens against cross-site request forgery: one random token per session, put in
 * every form by the govuk form template and compared here on every request that changes
 * something, so no page has to remember it. A cross-site page can make the browser post, but
 * cannot read the token. Runs after the role check: someone signed out is sent to sign in first.
 */
@Priority(Priorities.AUTHORIZATION + 100)
public class Csrf implements ContainerRequestFilter {

    public static final String FIELD = "csrf";
    private static final String KEY = "alshub.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (!matches(servletRequest, sent(request))) {
            request.abortWith(PageExceptions.page(403, "platform/expired", null).build());
        }
    }

    /** The token in the form, read without using up the body the resource method binds. */
    private static String sent(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return null;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.startsWith(FIELD + "=")) {
                return URLDecoder.decode(pair.substring(FIELD.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
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

    static boolean matches(HttpServletRequest request, String sent) {
        HttpSession session = request.getSession(false);
        if (session == null || sent == null || !(session.getAttribute(KEY) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
