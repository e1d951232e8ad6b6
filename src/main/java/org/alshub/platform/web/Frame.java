package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
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
    public List<Navigation.Item> navigation() {
        return Navigation.of(path, signedIn, facilitator);
    }

    /** Links between the lists of the section this page is in, if it has several (see {@link Navigation#within}). */
    public List<Navigation.Item> sectionNavigation() {
        return Navigation.within(path, signedIn, facilitator);
    }

    /**
     * The message a change leaves for the page it leads to, kept in the session until shown:
     * a success, or news to take in (a place on the waiting list is not a success). A success
     * takes the keyboard's focus (GOV.UK's banner does, to be read out), unless the page puts it
     * where the person carries on typing.
     */
    public record Flash(String text, boolean success, boolean takesFocus) implements Serializable {

        private static final String KEY = "alshub.flash";

        public static void leave(HttpServletRequest request, String text, boolean success) {
            leave(request, new Flash(text, success, true));
        }

        static void leave(HttpServletRequest request, Flash flash) {
            request.getSession().setAttribute(KEY, flash);
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
