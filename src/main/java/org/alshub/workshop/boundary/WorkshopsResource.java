package org.alshub.workshop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.notice.control.Notices;
import org.alshub.platform.Page;
import org.alshub.platform.Paths;
import org.alshub.platform.Paging;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.Versions;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.security.Roles;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("workshops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopsResource {

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler series;

    @Inject
    AlsConfig config;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Upcoming workshops (soonest first) or past ones (latest first), paged.")
    public Page<WorkshopView> list(@QueryParam("when") @DefaultValue("upcoming") String when,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        if (!"upcoming".equals(when) && !"past".equals(when)) {
            throw ProblemException.invalid("when", "must be upcoming or past");
        }
        Page<Workshop> found = "past".equals(when) ? workshops.past(page, size) : workshops.upcoming(page, size);
        Set<Long> seriesIds = found.items().stream().map(Workshop::seriesId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, WorkshopSeries> seriesById = series.byIds(seriesIds);
        return found.map(w -> WorkshopView.of(w, w.isMoved(seriesById.get(w.seriesId()))));
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Schedule a single workshop.")
    public Response schedule(@Valid @NotNull WorkshopForm form) {
        Workshop workshop = workshops.schedule(form.plan(config.zone()));
        return Response.created(uri.getAbsolutePathBuilder().path(workshop.id().toString()).build())
                .tag(Versions.tag(workshop.version())).entity(view(workshop)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One workshop.")
    public Response get(@PathParam("id") long id) {
        Workshop workshop = workshops.require(id);
        return Response.ok(view(workshop)).tag(Versions.tag(workshop.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Move or change one workshop; other occurrences of its series stay as they are. "
            + "Send If-Match with the ETag you read. A move of time or place is emailed (REQUEST, SEQUENCE raised, "
            + "saying what changed) to everyone who answered going or maybe and every guest, unless tell=false; "
            + "told says to how many.")
    public Response change(@PathParam("id") long id, @Valid @NotNull WorkshopForm form,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("tell") @DefaultValue("true") boolean tell) {
        Notices.Told<Workshop> told = notices.change(id, form.plan(config.zone()), Versions.expected(ifMatch), tell,
                settings.base(uri, Paths.API));
        return Response.ok(view(told.value()).told(told.told())).tag(Versions.tag(told.value().version())).build();
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Cancel one workshop; other occurrences of its series stay as they are. Everyone who "
            + "answered going or maybe and every guest is emailed the cancellation (CANCEL), unless tell=false; "
            + "told says to how many.")
    public Response cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @QueryParam("tell") @DefaultValue("true") boolean tell) {
        Notices.Told<Workshop> told = notices.cancel(id, Versions.expected(ifMatch), tell, settings.base(uri, Paths.API));
        return Response.ok(view(told.value()).told(told.told())).tag(Versions.tag(told.value().version())).build();
    }

    private WorkshopView view(Workshop workshop) {
        WorkshopSeries of = workshop.seriesId() == null ? null : series.find(workshop.seriesId()).orElse(null);
        return WorkshopView.of(workshop, workshop.isMoved(of));
    }
}
