package org.alshub.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.alshub.platform.security.Roles;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.Records;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("workshops/{workshopId}/agenda")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    @Inject
    Records records;

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The workshop's agenda: projects and challenges brought, in order; every action still "
            + "open from earlier workshops (carriedOver, with overdue flags); and, once it has happened, who "
            + "came, actions agreed and follow-ups heard.")
    public Agenda agenda(@PathParam("workshopId") long workshopId) {
        return records.of(workshopId);
    }
}
