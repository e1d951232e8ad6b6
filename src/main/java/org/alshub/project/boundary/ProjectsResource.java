package org.alshub.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.ProjectStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    MemberNames names;

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Projects brought to the set, by title, paged; filter by ownerId and status.")
    public Page<ProjectView> list(@QueryParam("ownerId") Long ownerId, @QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        ProjectStatus wanted = null;
        if (status != null && !status.isBlank()) {
            if (!status.equals("ACTIVE") && !status.equals("CLOSED")) {
                throw ProblemException.invalid("status", "must be ACTIVE or CLOSED");
            }
            wanted = ProjectStatus.valueOf(status);
        }
        Page<Project> found = projects.list(ownerId, wanted, page, size);
        var owners = names.of(found.items().stream().map(Project::ownerId).toList());
        return found.map(p -> ProjectView.of(p, owners));
    }

    @POST
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Register a project. Officers own what they register; facilitators may name an ownerId.")
    public Response register(@Valid @NotNull ProjectForm form, @Context UriInfo uri) {
        Project project = projects.register(form.description(), form.ownerId);
        return Response.created(uri.getAbsolutePathBuilder().path(project.id().toString()).build())
                .tag(Versions.tag(project.version())).entity(view(project)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One project.")
    public Response get(@PathParam("id") long id) {
        Project project = projects.require(id);
        return Response.ok(view(project)).tag(Versions.tag(project.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Change a project: officers their own, facilitators any (and its owner). Send If-Match.")
    public Response change(@PathParam("id") long id, @Valid @NotNull ProjectForm form,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Project project = projects.change(id, form.description(), form.ownerId, form.projectStatus(),
                Versions.expected(ifMatch));
        return Response.ok(view(project)).tag(Versions.tag(project.version())).build();
    }

    @GET
    @Path("{id}/challenges")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The challenges raised on a project, oldest first.")
    public List<ChallengeView> challenges(@PathParam("id") long id) {
        projects.require(id);
        List<Challenge> found = projects.challengesOf(id);
        var raisers = names.of(found.stream().map(Challenge::raisedBy).toList());
        return found.stream().map(c -> ChallengeView.of(c, raisers)).toList();
    }

    @POST
    @Path("{id}/challenges")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Raise a challenge on a project (its owner or a facilitator); with workshopId it joins "
            + "that workshop's agenda after what was already brought.")
    public Response raise(@PathParam("id") long id, @Valid @NotNull ChallengeForm form, @Context UriInfo uri) {
        Challenge challenge = projects.raise(id, form.question.strip(), form.workshopId);
        return Response.created(uri.getBaseUriBuilder().path("challenges").path(challenge.id().toString()).build())
                .tag(Versions.tag(challenge.version()))
                .entity(ChallengeView.of(challenge, names.of(Set.of(challenge.raisedBy())))).build();
    }

    private ProjectView view(Project project) {
        return ProjectView.of(project, names.of(Set.of(project.ownerId())));
    }
}
