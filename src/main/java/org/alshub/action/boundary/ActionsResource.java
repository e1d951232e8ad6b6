package org.alshub.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import org.alshub.action.control.Actions;
import org.alshub.action.control.ActionsCsv;
import org.alshub.action.control.FollowUpRow;
import org.alshub.action.entity.ActionItem;
import org.alshub.action.entity.ActionStatus;
import org.alshub.action.entity.FollowUp;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionsResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";

    @Inject
    Actions actions;

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The action tracker across the set, soonest due first, paged, with counts. Filters: "
            + "ownerId, department (of the linked project), status, overdue=true, workshopId (agreed at).")
    public TrackerView track(@QueryParam("ownerId") Long ownerId, @QueryParam("department") String department,
                             @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                             @QueryParam("workshopId") Long workshopId,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        Actions.Tracked tracked = actions.track(filter(ownerId, department, status, overdue, workshopId), page, size);
        return new TrackerView(tracked.page().items(), page, size, tracked.page().total(), tracked.counts());
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The tracker's actions (same filters, all of them, not paged) as CSV for a spreadsheet: "
            + "UTF-8 with a byte order mark; cells starting with = + - @ get a leading apostrophe.")
    public Response csv(@QueryParam("ownerId") Long ownerId, @QueryParam("department") String department,
                        @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                        @QueryParam("workshopId") Long workshopId) {
        var rows = actions.track(filter(ownerId, department, status, overdue, workshopId), 0, 0).page().items();
        return Response.ok(ActionsCsv.write(rows).getBytes(StandardCharsets.UTF_8), CSV)
                .header("Content-Disposition", "attachment; filename=\"actions.csv\"")
                .build();
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Capture an action agreed at a workshop: description, ownerId, due, workshopId, and "
            + "optionally projectId or challengeId (a challenge brings its project).")
    public Response agree(@Valid @NotNull ActionForm form, @Context UriInfo uri) {
        ActionItem action = actions.agree(form.agreement());
        return Response.created(uri.getAbsolutePathBuilder().path(action.id().toString()).build())
                .tag(Versions.tag(action.version())).entity(actions.row(action.id())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One action with its follow-ups.")
    public Response get(@PathParam("id") long id) {
        var row = actions.row(id);
        return Response.ok(new ActionView(row, actions.followUpsOf(id))).tag(Versions.tag(row.version())).build();
    }

    @POST
    @Path("{id}/follow-ups")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Record what was heard: note, optional status (OPEN, IN_PROGRESS, DONE, DROPPED), "
            + "workshopId where it was reviewed, on (date, today by default). The action's owner or a facilitator.")
    public Response followUp(@PathParam("id") long id, @Valid @NotNull FollowUpForm form) {
        FollowUp followUp = actions.followUp(id, form.note.strip(), form.newStatus(), form.workshopId, form.on);
        FollowUpRow row = actions.followUpRow(followUp);
        return Response.status(Response.Status.CREATED).entity(row).build();
    }

    static Actions.Filter filter(Long ownerId, String department, String status, String overdue, Long workshopId) {
        ActionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ActionStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "must be OPEN, IN_PROGRESS, DONE or DROPPED");
            }
        }
        if (overdue != null && !overdue.isBlank() && !overdue.equals("true") && !overdue.equals("false")) {
            throw ProblemException.invalid("overdue", "must be true or false");
        }
        if (department != null && department.length() > 200) {
            throw ProblemException.invalid("department", "must be at most 200 characters");
        }
        return new Actions.Filter(ownerId, department == null || department.isBlank() ? null : department,
                wanted, "true".equals(overdue), workshopId);
    }
}
