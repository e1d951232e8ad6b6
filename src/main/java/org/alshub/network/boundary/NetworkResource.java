package org.alshub.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.alshub.network.control.PeerSuggestions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("network")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    @Inject
    PeerSuggestions peers;

    @Inject
    CurrentUser user;

    @GET
    @Path("suggestions")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Who else has faced this? Members whose do's, toolkit entries and introductions match "
            + "a text (about=...) or resemble a record (kind=practice&id=...), best first, each with the records "
            + "that matched. Officers see only members listed in the directory.")
    public List<PeerSuggestions.Suggestion> suggestions(@QueryParam("about") String about,
                                                        @QueryParam("kind") String kind,
                                                        @QueryParam("id") Long id,
                                                        @QueryParam("size") @DefaultValue("5") int size) {
        if (size < 1 || size > 20) {
            throw ProblemException.invalid("size", "must be between 1 and 20");
        }
        long asker = user.requireMemberId();
        if (kind != null && id != null) {
            if (kind.length() > 20) {
                throw ProblemException.invalid("kind", "must be at most 20 characters");
            }
            return peers.like(kind, id, asker, user.isFacilitator(), size);
        }
        if (about == null || about.isBlank()) {
            throw ProblemException.invalid("about", "say what you are facing, or give kind and id of a record");
        }
        if (about.length() > 2000) {
            throw ProblemException.invalid("about", "must be at most 2000 characters");
        }
        return peers.about(about, asker, user.isFacilitator(), size);
    }
}
