package org.alshub.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.alshub.audit.control.AuditLog;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    /**
     * One change: who (actorId, null for someone not signed in or a job), through which door, the
     * address or job it came through (action and target), the operation and the record it changed.
     */
    public record Entry(long id, Instant at, Long actorId, String door, String action, String target,
                        String operation, String recordId) {
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The audit log, newest first: who changed which record, when, and through which door "
            + "(API, PAGE, LINK, JOB, EMAIL). No one can edit it.")
    public Page<Entry> latest(@QueryParam("actorId") Long actorId,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        return log.latest(actorId, page, size)
                .map(e -> new Entry(e.id(), e.at(), e.actorId(), e.door(), e.action(), e.target(), e.operation(),
                        e.recordId()));
    }
}
