package org.alshub.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response.Status;
import org.alshub.platform.problem.Problem;

/**
 * Enforces each resource method's @RolesAllowed / @PermitAll: 401 when no one is signed in,
 * 403 when the signed-in caller lacks the role. Done here rather than left to the container so
 * that every refusal is a problem document and no endpoint can be left open by accident.
 */
public class RoleCheck implements DynamicFeature {

    public static final String CHALLENGE = "Basic realm=\"ALS Hub\", charset=\"UTF-8\"";

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        EndpointAccess access = EndpointAccess.of(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        if (!access.anyone()) {
            // ahead of the container's own @RolesAllowed check, so refusals carry our problem documents
            context.register(new Check(access), Priorities.AUTHORIZATION - 100);
        }
    }

    @Priority(Priorities.AUTHORIZATION - 100)
    static final class Check implements ContainerRequestFilter {
        private final EndpointAccess access;

        Check(EndpointAccess access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(unauthorized());
                return;
            }
            if (access.roles().stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.of(Status.FORBIDDEN,
                        "Only " + access.describe() + " may do this.").toResponse());
            }
        }

        static Response unauthorized() {
            return Response.status(Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(Status.UNAUTHORIZED, "Sign in to use this."))
                    .build();
        }
    }
}
