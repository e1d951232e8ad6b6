package org.alshub.audit.control;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.net.URI;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every successful change made through the API, whatever the endpoint, so a new
 * feature is audited without remembering to. A created record is named by its Location.
 */
public class AuditTrail implements ContainerResponseFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditLog log;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!CHANGES.contains(request.getMethod()) || response.getStatus() >= 300) {
            return;
        }
        URI location = response.getLocation();
        String target = location != null ? location.getPath() : request.getUriInfo().getRequestUri().getPath();
        Principal caller = request.getSecurityContext().getUserPrincipal();
        Long actor = null;
        if (caller != null) {
            try {
                actor = Long.valueOf(caller.getName());
            } catch (NumberFormatException notAMember) {
                actor = null;
            }
        }
        try {
            log.record(actor, request.getMethod(), target, response.getStatus());
        } catch (RuntimeException e) {
            // the change itself is committed; a missing audit line must be visible to operators
            LOG.log(Level.SEVERE, "Could not write the audit entry for " + request.getMethod() + " " + target, e);
        }
    }
}
