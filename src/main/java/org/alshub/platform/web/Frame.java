package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.alshub.platform.security.Roles;

/**
 * What the frame around every page needs from the request: who is signed in (for the menu), the
 * session's CSRF token (for every form; a session is started only for a page that has one), the
 * message left by the last change (shown once), and whether the page is a guest's private one,
 * which has no menu to wander off by.
 */
public final class Frame {

    private final HttpServletRequest request;
    private final String path;
    private final boolean signedIn;
    private final boolean facilitator;
    private final Flash flash;

    private Frame(HttpServletRequest request) {
        this.request = request;
        this.path = request.getRequestURI();
        this.signedIn = request.getUserPrincipal() != null;
        this.facilitator = signedIn && request.isUserInRole(Roles.FACILITATOR);
        this.flash = Flash.take(request);
    }

    public static Frame of(HttpServletRequest request) {
        return new Frame(request);
    }

    public record Item(String href, String text, boolean current) {
    }

    public boolean signedIn() {
        return signedIn;
    }

    public boolean facilitator() {
        return facilitator;
    }

    public String csrf() {
        return Csrf.token(request);
    }

    public Flash flash() {
        return flash;
    }

    /** A guest's page through their private link stays about their invitation. */
    public boolean menu() {
        return !path.startsWith("/invitations/");
    }

    /** The service navigation: what this person can reach, the page they are on marked. */
    public List<Item> navigation() {
        List<Item> items = new ArrayList<>();
        if (signedIn) {
            items.add(item("/", "Home"));
            items.add(item("/workshops", "Workshops"));
            items.add(item("/projects", "Projects"));
            items.add(item("/reports", "Reports"));
            items.add(item("/members", facilitator ? "Members" : "Directory"));
            items.add(item("/me", "Your profile"));
        }
        items.add(item("/dos", "Do's"));
        items.add(item("/toolkit", "Toolkit"));
        if (signedIn) {
            items.add(item("/trials", "Channel trial"));
        }
        if (facilitator) {
            items.add(item("/join-requests", "Join requests"));
            items.add(item("/email", "Email"));
        }
        if (!signedIn) {
            items.add(item("/join", "Join the set"));
            items.add(item("/sign-in", "Sign in"));
        }
        return items;
    }

    private Item item(String href, String text) {
        boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
        return new Item(href, text, current);
    }

    /**
     * The message a change leaves for the page it leads to, kept in the session until shown:
     * a success, or news to take in (a place on the waiting list is not a success).
     */
    public record Flash(String text, boolean success) implements Serializable {

        private static final String KEY = "alshub.flash";

        public static void leave(HttpServletRequest request, String text, boolean success) {
            request.getSession().setAttribute(KEY, new Flash(text, success));
        }

        static Flash take(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session == null || !(session.getAttribute(KEY) instanceof Flash flash)) {
                return null;
            }
            session.removeAttribute(KEY);
            return flash;
        }
    }
}
