package org.alshub.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.alshub.action.boundary.ActionsResource;
import org.alshub.attendance.boundary.AttendanceResource;
import org.alshub.attendance.boundary.MemberAttendanceResource;
import org.alshub.attendance.boundary.RsvpsResource;
import org.alshub.audit.boundary.AuditResource;
import org.alshub.backup.boundary.BackupsResource;
import org.alshub.calendar.boundary.CalendarApplication;
import org.alshub.calendar.boundary.MemberFeedResource;
import org.alshub.invitation.boundary.InvitationApplication;
import org.alshub.invitation.boundary.InvitationsResource;
import org.alshub.invitation.boundary.WorkshopInvitationsResource;
import org.alshub.join.boundary.JoinRequestsResource;
import org.alshub.mail.boundary.OutboxResource;
import org.alshub.member.boundary.MeResource;
import org.alshub.member.boundary.MembersResource;
import org.alshub.member.boundary.PasswordResetsResource;
import org.alshub.network.boundary.NetworkResource;
import org.alshub.notice.boundary.RepliesResource;
import org.alshub.platform.Paths;
import org.alshub.platform.persistence.SqlStatementsHeader;
import org.alshub.platform.problem.ProblemMappers;
import org.alshub.platform.security.RoleCheck;
import org.alshub.platform.security.Roles;
import org.alshub.practice.boundary.PracticesResource;
import org.alshub.privacy.boundary.PrivacyResource;
import org.alshub.project.boundary.ChallengesResource;
import org.alshub.project.boundary.ProjectsResource;
import org.alshub.record.boundary.AgendaResource;
import org.alshub.record.boundary.MineResource;
import org.alshub.record.boundary.RecordResource;
import org.alshub.toolkit.boundary.ToolkitResource;
import org.alshub.trial.boundary.TrialsResource;
import org.alshub.workshop.boundary.SeriesResource;
import org.alshub.workshop.boundary.WorkshopsResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under /api. Resources are listed here on purpose: the role table in /openapi
 * and the access-control tests are built from this one list.
 */
@ApplicationPath(Paths.API)
@DeclareRoles({Roles.FACILITATOR, Roles.OFFICER})
@OpenAPIDefinition(
        info = @Info(title = "ALS Hub API", version = "1",
                description = "Runs an Action Learning Set: members, workshops, projects, actions, calendars. "
                        + "Each operation's x-roles lists who may call it."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

    public static final Set<Class<?>> RESOURCES = Set.of(
            MeResource.class,
            MembersResource.class,
            WorkshopsResource.class,
            SeriesResource.class,
            BackupsResource.class,
            PasswordResetsResource.class,
            AuditResource.class,
            PrivacyResource.class,
            ProjectsResource.class,
            ChallengesResource.class,
            RsvpsResource.class,
            AttendanceResource.class,
            MemberAttendanceResource.class,
            ActionsResource.class,
            AgendaResource.class,
            RecordResource.class,
            MineResource.class,
            MemberFeedResource.class,
            WorkshopInvitationsResource.class,
            InvitationsResource.class,
            PracticesResource.class,
            ToolkitResource.class,
            TrialsResource.class,
            JoinRequestsResource.class,
            NetworkResource.class,
            OutboxResource.class,
            RepliesResource.class);

    /**
     * Every JAX-RS application in the app by its path. The calendar files and guest pages live
     * outside /api because people keep their addresses; the role table covers them all.
     */
    public static final Map<String, Set<Class<?>>> APPLICATIONS = Map.of(
            Paths.API, RESOURCES,
            Paths.CALENDAR, CalendarApplication.RESOURCES,
            Paths.INVITATIONS, InvitationApplication.RESOURCES);

    @Override
    public Set<Class<?>> getClasses() {
        var classes = new java.util.HashSet<Class<?>>(RESOURCES);
        classes.add(RoleCheck.class);
        classes.add(org.alshub.audit.control.Doors.class);
        classes.add(SqlStatementsHeader.class);
        classes.addAll(ProblemMappers.ALL);
        classes.add(org.alshub.platform.problem.JsonDates.class);
        return classes;
    }
}
