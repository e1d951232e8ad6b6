package org.alshub.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.alshub.attendance.control.Attendances;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("members/{memberId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class MemberAttendanceResource {

    @Inject
    Attendances attendances;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    /** One workshop someone came to. */
    public record Attended(long workshopId, String title, LocalDateTime start, String location) {
    }

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The workshops a member came to, latest first. Officers: their own.")
    public List<Attended> history(@PathParam("memberId") long memberId) {
        if (!user.isFacilitator() && !user.is(memberId)) {
            throw ProblemException.forbidden("You may see only your own attendance.");
        }
        if (!names.exists(memberId)) {
            throw ProblemException.notFound("member");
        }
        return attendances.attendedBy(memberId).stream()
                .map(w -> new Attended(w.id(), w.title(), w.startLocal(), w.location())).toList();
    }
}
