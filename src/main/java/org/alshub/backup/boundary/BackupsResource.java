package org.alshub.backup.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.alshub.backup.control.Backups;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    Backups backups;

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Take an online backup of the database now; the app keeps serving meanwhile.")
    public Response take() {
        return Response.status(Response.Status.CREATED).entity(backups.take()).build();
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The backups kept, newest first.")
    public List<Backups.Backup> list() {
        return backups.list();
    }
}
