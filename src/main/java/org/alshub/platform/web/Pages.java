package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What page methods answer besides a {@link View}: after a change, the page that shows it. */
public final class Pages {

    private Pages() {
    }

    /** After a change: 303 to the page that shows it, with a message shown there once. */
    public static Response seeOther(HttpServletRequest request, String location, String message) {
        Frame.Flash.leave(request, message, true);
        return Response.seeOther(URI.create(location)).build();
    }

    /**
     * As {@link #seeOther}, for a page that puts the cursor where the person carries on (the
     * console's next action): the banner is shown and read out, without taking the focus.
     */
    public static Response seeOtherToCarryOn(HttpServletRequest request, String location, String message) {
        Frame.Flash.leave(request, new Frame.Flash(message, true, false));
        return Response.seeOther(URI.create(location)).build();
    }

    /** As {@link #seeOther}, with news that is not a success (a place on the waiting list, say). */
    public static Response seeOtherWithNews(HttpServletRequest request, String location, String message) {
        Frame.Flash.leave(request, message, false);
        return Response.seeOther(URI.create(location)).build();
    }

    /** A page number from the address: anything unreadable or absurd is the first or last page. */
    public static int pageNumber(String given) {
        try {
            return Math.max(0, Math.min(10_000, Integer.parseInt(given)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
