package org.alshub.audit.control;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.security.Principal;

/**
 * Opens the {@link Door} of each request to the API, the pages and the guests' links: who is
 * signed in (the sign-in has happened before any JAX-RS filter) and the address asked for, so
 * the audited services below know both. Registered in every JAX-RS application.
 */
@Priority(Priorities.AUTHENTICATION)
public class Doors implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath(true).replaceAll("^/+", "");
        String base = request.getUriInfo().getBaseUri().getPath();
        String full = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
        String kind = full.startsWith("/api/") ? Door.API
                : full.startsWith("/invitations/") || full.startsWith("/calendar/") ? Door.LINK : Door.PAGE;
        Door.open(new Door(kind, actor(request.getSecurityContext().getUserPrincipal()),
                request.getMethod() + " " + full));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Door.close();
    }

    private static Long actor(Principal caller) {
        if (caller == null) {
            return null;
        }
        try {
            return Long.valueOf(caller.getName());
        } catch (NumberFormatException notAMember) {
            return null;
        }
    }
}
