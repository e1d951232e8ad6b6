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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.notice.control.Notices;
import org.alshub.platform.Page;
import org.alshub.platform.Paths;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.security.Roles;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.WorkshopSeries;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Workshops workshops;

    @Inject
    AlsConfig config;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The monthly series, newest first, paged (without their occurrences).")
    public Page<SeriesView> list(@QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return new Page<>(scheduler.all(page, size).stream().map(s -> SeriesView.of(s, null)).toList(),
                page, size, scheduler.count());
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Start a monthly series from a rule said aloud: \"fourth Wednesday\", \"last Thursday\", "
            + "\"first Monday\", \"the 15th\". Occurrences are created for the next 12 months and extended daily.")
    public Response start(@Valid @NotNull SeriesForm form, @Context UriInfo uri) {
        WorkshopSeries series = scheduler.start(form.plan(config.zone()));
        return Response.created(uri.getAbsolutePathBuilder().path(series.id().toString()).build())
                .tag(Versions.tag(series.version())).entity(view(series)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One series with its occurrences.")
    public Response get(@PathParam("id") long id) {
        WorkshopSeries series = scheduler.require(id);
        return Response.ok(view(series)).tag(Versions.tag(series.version())).build();
    }

    @POST
    @Path("{id}/changes")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Change the series from a date onward. The series ends before that date and a new series "
            + "(returned) continues it; occurrences from that date keep their ids and move to the new rule's date. "
            + "The people of each occurrence that moved or was cancelled are emailed, unless tell=false "
            + "(the X-Told header says how many).")
    public Response changeFrom(@PathParam("id") long id, @Valid @NotNull SeriesChangeForm form,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri,
                               @QueryParam("tell") @DefaultValue("true") boolean tell) {
        Notices.Told<WorkshopSeries> told = notices.changeSeries(id, form.change(), Versions.expected(ifMatch), tell,
                settings.base(uri, Paths.API));
        WorkshopSeries next = told.value();
        return Response.created(uri.getBaseUriBuilder().path("series").path(next.id().toString()).build())
                .tag(Versions.tag(next.version())).header("X-Told", told.told()).entity(view(next)).build();
    }

    private SeriesView view(WorkshopSeries series) {
        return SeriesView.of(series, workshops.ofSeries(series.id()).stream()
                .map(w -> WorkshopView.of(w, w.isMoved(series))).toList());
    }
}
