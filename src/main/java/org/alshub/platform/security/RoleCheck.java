package org.alshub.platform.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response.Status;
import org.alshub.platform.problem.Problem;
import org.alshub.platform.problem.ProblemException;

/**
 * Enforces each resource method's @RolesAllowed / @PermitAll, for the API and the pages alike:
 * 401 when no one is signed in, 403 when the signed-in caller lacks the role. Done here rather
 * than left to the container so that no endpoint or page can be left open by accident; each
 * application's exception mapper says the refusal its own way (a problem document for the API,
 * a redirect to the sign-in page or a refusal page for the pages).
 */
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        EndpointAccess access = EndpointAccess.of(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        if (!access.anyone()) {
            // ahead of the container's own @RolesAllowed check, so refusals are ours
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
                throw new ProblemException(Problem.of(Status.UNAUTHORIZED, "Sign in to use this."));
            }
            if (access.roles().stream().noneMatch(security::isUserInRole)) {
                throw ProblemException.forbidden("Only " + access.describe() + " may do this.");
            }
        }
    }
}
