package org.alshub.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.alshub.attendance.control.Attendances;
import org.alshub.attendance.entity.Attendance;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("workshops/{workshopId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    Attendances attendances;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Who came to a workshop.")
    public List<AttendanceView> list(@PathParam("workshopId") long workshopId) {
        return views(attendances.ofWorkshop(workshopId));
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Record who came, on the day or after: {\"memberIds\":[..], \"guests\":[{\"name\":..., "
            + "\"invitationId\":...}]}. People already recorded stay as they are; returns everyone recorded.")
    public List<AttendanceView> record(@PathParam("workshopId") long workshopId,
                                       @Valid @NotNull AttendanceForm form) {
        List<Long> members = form.memberIds == null ? List.of() : form.memberIds;
        List<Attendances.Guest> guests = form.guests == null ? List.of()
                : form.guests.stream().map(g -> new Attendances.Guest(g.name, g.invitationId)).toList();
        return views(attendances.record(workshopId, members, guests, user.requireMemberId()));
    }

    @DELETE
    @Path("{attendanceId}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Remove someone recorded by mistake.")
    public Response remove(@PathParam("workshopId") long workshopId, @PathParam("attendanceId") long attendanceId) {
        attendances.remove(workshopId, attendanceId);
        return Response.noContent().build();
    }

    private List<AttendanceView> views(List<Attendance> found) {
        var memberNames = names.of(found.stream().map(Attendance::memberId).toList());
        return found.stream().map(a -> AttendanceView.of(a, memberNames)).toList();
    }
}
