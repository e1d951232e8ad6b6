package org.alshub.privacy.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.alshub.platform.security.Roles;
import org.alshub.privacy.control.GuestRetention;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    GuestRetention retention;

    @POST
    @Path("forget-guests")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Run the nightly guest retention now: guests whose workshop ended more than "
            + "ALS_PRIVACY_GUEST_RETENTION_DAYS ago lose their name and email.")
    public Map<String, Integer> forgetGuests() {
        return Map.of("guestsForgotten", retention.forgetOldGuests());
    }
}
