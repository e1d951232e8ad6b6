package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.alshub.platform.problem.ProblemException;

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

    /** The highest page number a list page takes: 100,000 pages of ten. */
    public static final int LAST_PAGE = 100_000;

    /**
     * A page number from the address: none is the first page; anything that is not a page number
     * from 0 to {@link #LAST_PAGE} is refused (a 400 page) rather than guessed at.
     */
    public static int pageNumber(String given) {
        if (given == null || given.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(given.strip());
            if (page >= 0 && page <= LAST_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalid("page", "must be a page number from 0 to " + LAST_PAGE);
    }
}
