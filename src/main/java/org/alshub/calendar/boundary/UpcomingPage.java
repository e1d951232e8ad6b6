package org.alshub.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.platform.Page;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Paged;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * The public list of upcoming workshops, with the links to subscribe to them: what the public feed
 * holds (title, time, place, cancelled or moved), and nothing about who is coming. A page of the
 * pages application at /upcoming: /calendar belongs to the calendar files.
 */
@Path("upcoming")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class UpcomingPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler series;

    @Inject
    CalendarSettings settings;

    @Context
    UriInfo uri;

    /** One workshop as the public sees it. */
    public record Listed(Workshop workshop, boolean moved) {

        public String day() {
            return Dates.day(workshop.startLocal().toLocalDate());
        }

        public String times() {
            return Dates.times(workshop.startLocal().toLocalTime(), workshop.endLocal().toLocalTime());
        }
    }

    /** The page: a page of workshops, and the feed's address as https (or http) and as webcal. */
    public record Upcoming(List<Listed> workshops, Paged paged, String feed) {

        public String webcal() {
            return "webcal" + feed.substring(feed.indexOf(':'));
        }
    }

    @GET
    public View list(@QueryParam("page") String page) {
        int number = Pages.pageNumber(page);
        Page<Workshop> found = workshops.upcoming(number, PAGE_SIZE);
        Map<Long, WorkshopSeries> seriesById = series.byIds(found.items().stream().map(Workshop::seriesId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Listed> listed = found.items().stream()
                .map(w -> new Listed(w, w.isMoved(seriesById.get(w.seriesId())))).toList();
        String feed = settings.base(uri.getBaseUri()).resolve("calendar/workshops.ics").toString();
        return View.of("calendar/upcoming", new Upcoming(listed, new Paged("/upcoming?", number, PAGE_SIZE,
                found.total()), feed));
    }
}
