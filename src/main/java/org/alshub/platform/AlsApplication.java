package org.alshub.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.alshub.join.boundary.JoinRequestsResource;
import org.alshub.member.boundary.MeResource;
import org.alshub.member.boundary.MembersResource;
import org.alshub.network.boundary.NetworkResource;
import org.alshub.platform.problem.ProblemMappers;
import org.alshub.platform.security.Roles;
import org.alshub.platform.security.RoleCheck;
import org.alshub.practice.boundary.PracticesResource;
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
@ApplicationPath(AlsApplication.PATH)
@DeclareRoles({Roles.FACILITATOR, Roles.OFFICER})
@OpenAPIDefinition(
        info = @Info(title = "ALS Hub API", version = "1",
                description = "Runs an Action Learning Set: members, workshops, projects, actions, calendars. "
                        + "Each operation's x-roles lists who may call it."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AlsApplication extends Application {

    public static final String PATH = "api";

    public static final Set<Class<?>> RESOURCES = Set.of(
            MeResource.class,
            MembersResource.class,
            WorkshopsResource.class,
            SeriesResource.class,
            PracticesResource.class,
            ToolkitResource.class,
            TrialsResource.class,
            JoinRequestsResource.class,
            NetworkResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        var classes = new java.util.HashSet<Class<?>>(RESOURCES);
        classes.add(RoleCheck.class);
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
