package org.alshub.calendar.boundary;

import org.alshub.platform.Paths;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Date;
import java.util.Optional;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.Calendars;
import org.alshub.calendar.control.Feeds;
import org.alshub.calendar.control.IcsText;
import org.alshub.calendar.control.MemberFeeds;
import org.alshub.member.control.Members;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Calendar files. Workshops are public (they are in the public feed), so these need no sign-in;
 * a member's feed is opened by its secret link alone, because calendar apps cannot sign in.
 */
@Path("")
@Produces(IcsResponses.MEDIA_TYPE)
public class CalendarResource {

    /** Calendar apps poll; a quarter of an hour keeps a cancellation from waiting long in a cache. */
    static final int FEED_MAX_AGE_SECONDS = 900;
    /** Shared caches may keep it: it holds nothing personal. PublicFeedFilter sends the same. */
    static final String PUBLIC_FEED_CACHE = "max-age=" + FEED_MAX_AGE_SECONDS;

    @Inject
    Feeds feeds;

    @Inject
    MemberFeeds memberFeeds;

    @Inject
    Workshops workshops;

    @Inject
    Members members;

    @Inject
    CalendarSettings settings;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("workshops.ics")
    @PermitAll
    @Operation(summary = "The public feed to subscribe to (also as webcal://): upcoming and recent workshops, "
            + "METHOD:PUBLISH, no personal data. Answers conditional requests with 304.")
    public Response publicFeed(@Context Request request) {
        return fromMemory(request, feeds.publicFeed(base()), CacheControl.valueOf(PUBLIC_FEED_CACHE), "workshops.ics");
    }

    /**
     * Rendered bytes with their validators: a client that holds them gets 304 and no body; one
     * that accepts gzip gets the bytes compressed at render time, under their own ETag.
     */
    Response fromMemory(Request request, Feeds.Rendered feed, CacheControl cache, String filename) {
        boolean gzip = IcsResponses.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        EntityTag etag = new EntityTag(gzip ? feed.etag() + IcsResponses.GZIP_TAG : feed.etag());
        Date modified = Date.from(feed.lastModified());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(etag).lastModified(modified)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        byte[] bytes = gzip ? feed.gzipped() : feed.body();
        // a known length is sent as is, without chunking
        Response.ResponseBuilder ok = Response.ok(bytes, IcsResponses.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length)
                .tag(etag).lastModified(modified).cacheControl(cache)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"");
        return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").build() : ok.build();
    }

    @GET
    @Path("workshops/{id: \\d+}.ics")
    @PermitAll
    @Operation(summary = "One workshop. Signed in, it is your invitation (METHOD:REQUEST with you as ATTENDEE, "
            + "CANCEL once cancelled); otherwise the workshop for anyone to add (PUBLISH).")
    public Response workshop(@PathParam("id") long id) {
        Workshop workshop = workshops.find(id).orElseThrow(() -> ProblemException.notFound("workshop"));
        Optional<Calendars.Invitee> invitee = user.memberId().flatMap(members::find)
                .map(m -> memberFeeds.invitee(m, workshop));
        URI link = Feeds.links(base()).apply(workshop);
        return IcsResponses.privateFile(IcsText.write(settings.calendars().workshop(workshop, invitee, link)),
                "workshop-" + id + ".ics");
    }

    @GET
    @Path("series/{id: \\d+}.ics")
    @PermitAll
    @Operation(summary = "A monthly series (and the series that continue it) as recurring events: "
            + "RRULE, EXDATE for cancelled occurrences, RECURRENCE-ID for moved ones.")
    public Response series(@PathParam("id") long id) {
        String ics = feeds.series(id, base()).orElseThrow(() -> ProblemException.notFound("series"));
        return IcsResponses.privateFile(ics, "series-" + id + ".ics");
    }

    @GET
    @Path("members/{token}.ics")
    @PermitAll
    @Operation(summary = "A member's private feed, by its secret link: every workshop with their answer as PARTSTAT. "
            + "Answers conditional requests with 304.")
    public Response memberFeed(@PathParam("token") String token, @Context Request request) {
        Feeds.Rendered feed = memberFeeds.render(token, base()).orElseThrow(() -> ProblemException.notFound("feed"));
        // personal: no shared cache may keep it, but the member's own calendar app may revalidate it
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        cache.setNoTransform(false);
        return Response.fromResponse(fromMemory(request, feed, cache, "my-workshops.ics"))
                .header("Referrer-Policy", "no-referrer").build();
    }

    private URI base() {
        return settings.base(uri, Paths.CALENDAR);
    }
}
