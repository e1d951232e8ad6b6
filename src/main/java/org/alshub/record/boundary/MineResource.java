package org.alshub.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.Actions;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.project.boundary.ChallengeView;
import org.alshub.project.boundary.ProjectView;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("mine")
@Produces(MediaType.APPLICATION_JSON)
public class MineResource {

    @Inject
    CurrentUser user;

    @Inject
    Projects projects;

    @Inject
    Actions actions;

    @Inject
    MemberNames names;

    /** The signed-in member's part of the loop. */
    /** {@code actions} is one page (page, size) of the {@code actionsTotal} actions I own. */
    public record Mine(List<ProjectView> projects, List<ChallengeView> challenges, List<ActionRow> actions,
                       int page, int size, long actionsTotal) {
    }

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "My projects, the challenges I raised or that are on my projects, and the actions I own "
            + "(soonest due first, with overdue flags; paged by page and size, 100 at most).")
    public Mine mine(@QueryParam("page") @DefaultValue("0") int page,
                     @QueryParam("size") @DefaultValue("100") int size) {
        Paging.check(page, size);
        long me = user.requireMemberId();
        Page<ActionRow> mine = actions.ownedBy(me, page, size);
        List<Project> owned = projects.list(me, null, 0, 1000).items();
        List<Challenge> challenges = projects.challengesFor(me);
        var people = names.of(java.util.stream.Stream.concat(owned.stream().map(Project::ownerId),
                challenges.stream().map(Challenge::raisedBy)).toList());
        return new Mine(owned.stream().map(p -> ProjectView.of(p, people)).toList(),
                challenges.stream().map(c -> ChallengeView.of(c, people)).toList(),
                mine.items(), page, size, mine.total());
    }
}
