package org.alshub.platform;

/**
 * Where each JAX-RS application is mounted. Addresses people keep (calendar subscriptions,
 * links in emails) live outside /api and never move; the pages take everything else.
 */
public final class Paths {

    /** The JSON API: HTTP Basic only, never the browser session. */
    public static final String API = "api";
    /** Calendar files people subscribe to. */
    public static final String CALENDAR = "calendar";
    /** A guest's private invitation links. */
    public static final String INVITATIONS = "invitations";

    private Paths() {
    }
}
