package org.alshub.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Versions;
import org.alshub.platform.security.Roles;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Challenge;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengesResource {

    @Inject
    Projects projects;

    @Inject
    MemberNames names;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One challenge.")
    public Response get(@PathParam("id") long id) {
        Challenge challenge = projects.requireChallenge(id);
        return Response.ok(view(challenge)).tag(Versions.tag(challenge.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Rephrase a challenge, bring it to a workshop, or mark it ADDRESSED with howAddressed. "
            + "Officers: only challenges they raised or on their own projects. Send If-Match.")
    public Response change(@PathParam("id") long id, @Valid @NotNull ChallengeForm form,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Challenge challenge = projects.changeChallenge(id, form.question.strip(), form.workshopId,
                form.challengeStatus(), ProjectForm.text(form.howAddressed), Versions.expected(ifMatch));
        return Response.ok(view(challenge)).tag(Versions.tag(challenge.version())).build();
    }

    private ChallengeView view(Challenge challenge) {
        return ChallengeView.of(challenge, names.of(Set.of(challenge.raisedBy())));
    }
}
