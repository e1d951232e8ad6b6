package org.alshub.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.alshub.member.control.MemberNames;
import org.alshub.member.control.Members;
import org.alshub.platform.web.Paged;
import org.alshub.project.entity.ProjectStatus;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.Stage;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/**
 * Projects as pages: an officer registers a project, then adds the challenges they will bring to a
 * workshop. The same forms and services as the API.
 */
@Path("projects")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class ProjectPages {

    private static final int PAGE_SIZE = 50;

    public static final List<Option> STAGES = List.of(
            new Option("UNDERSTAND", "Understanding the problem"), new Option("PLAN", "Planning"),
            new Option("DO", "Doing"), new Option("REVIEW", "Reviewing"));

    @Inject
    Projects projects;

    @Inject
    Workshops workshops;

    @Inject
    MemberNames names;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    /** Your projects; for a facilitator every project, filtered by owner and status. */
    public record Listing(List<Project> projects, Map<Long, String> owners, Paged paged, Form filters) {
    }

    public static final List<Option> STATUS_FILTER = List.of(new Option("", "Active and closed"),
            new Option("ACTIVE", "Active"), new Option("CLOSED", "Closed"));

    public record Register(Form form) {
    }

    /** A project with its challenges; {@code workshops} are those a challenge can be brought to. */
    public record Shown(Project project, String owner, List<Challenge> challenges, boolean mayAdd,
                        List<Option> workshops, Form form) {
    }

    @GET
    public View list(@QueryParam("owner") String owner, @QueryParam("status") String status,
                     @QueryParam("page") String page) {
        Form filters = Form.empty().set("owner", owner).set("status", status == null ? "" : status)
                .name("owner", "Whose", "Enter a member's name");
        int number = Pages.pageNumber(page);
        if (!user.isFacilitator()) {
            var mine = projects.list(user.requireMemberId(), null, number, PAGE_SIZE);
            return View.of("project/list", new Listing(mine.items(), Map.of(),
                    new Paged("/projects?", number, PAGE_SIZE, mine.total()), filters));
        }
        Long ownerId = null;
        if (owner != null && !owner.isBlank()) {
            Members.NameMatch found = members.named(owner);
            ownerId = found.one().orElse(null);
            if (ownerId == null) {
                filters.error("owner", found.refusal(owner, ""));
            }
        }
        ProjectStatus wanted = "ACTIVE".equals(status) ? ProjectStatus.ACTIVE
                : "CLOSED".equals(status) ? ProjectStatus.CLOSED : null;
        var found = filters.hasErrors() ? new org.alshub.platform.Page<Project>(List.of(), 0, PAGE_SIZE, 0)
                : projects.list(ownerId, wanted, number, PAGE_SIZE);
        String query = (owner == null || owner.isBlank() ? "" : "owner=" + URLEncoder.encode(owner.strip(),
                StandardCharsets.UTF_8) + "&") + (wanted == null ? "" : "status=" + wanted + "&");
        return View.form("project/list", new Listing(found.items(),
                names.of(found.items().stream().map(Project::ownerId).toList()),
                new Paged("/projects?" + query, number, PAGE_SIZE, found.total()), filters), filters);
    }

    @GET
    @Path("new")
    public View registerForm() {
        return View.of("project/register", new Register(named(Form.empty()).set("stage", "UNDERSTAND")));
    }

    @POST
    @Path("new")
    public Response register(@BeanParam ProjectForm project) {
        project.title = ProjectForm.text(project.title);
        Form form = named(Form.of(project)).violations(validator.validate(project));
        if (!form.hasErrors()) {
            try {
                Project saved = projects.register(project.description(), null);
                return Pages.seeOther(request, "/projects/" + saved.id(), "Project registered");
            } catch (ProblemException refusal) {
                form.problem(refusal, "title");
            }
        }
        return Response.status(400).entity(View.form("project/register", new Register(form), form)).build();
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        return page(projects.require(id), challengeNamed(Form.empty()));
    }

    @POST
    @Path("{id: \\d+}/challenges")
    public Response raise(@PathParam("id") long id, @BeanParam ChallengeForm challenge,
                          @FormParam("workshopId") String workshop) {
        Project project = projects.require(id);
        Form form = challengeNamed(Form.of(challenge)).set("workshopId", workshop);
        if (workshop != null && !workshop.isEmpty()) {
            try {
                challenge.workshopId = Long.valueOf(workshop);
            } catch (NumberFormatException e) {
                form.error("workshopId", "Choose a workshop from the list");
            }
        }
        form.violations(validator.validate(challenge));
        if (!form.hasErrors()) {
            try {
                projects.raise(project.id(), challenge.question.strip(), challenge.workshopId);
                return Pages.seeOther(request, "/projects/" + project.id() + "#challenges", "Challenge added");
            } catch (ProblemException refusal) {
                if (refusal.problem().status() == 403) {
                    throw refusal;
                }
                form.problem(refusal, "question");
            }
        }
        return Response.status(400).entity(page(project, form)).build();
    }

    private View page(Project project, Form form) {
        List<Workshop> upcoming = workshops.upcoming(0, 10).items().stream().filter(w -> !w.isCancelled()).toList();
        List<Option> choices = new ArrayList<>();
        upcoming.forEach(w -> choices.add(new Option(String.valueOf(w.id()),
                w.title() + ", " + Dates.shortDay(w.startLocal().toLocalDate()))));
        choices.add(new Option("", "Not yet"));
        if (form.value("workshopId").isEmpty() && !form.hasErrors() && !upcoming.isEmpty()) {
            form.set("workshopId", upcoming.get(0).id());
        }
        boolean mayAdd = user.isFacilitator() || project.isOwnedBy(user.requireMemberId());
        return View.form("project/show", new Shown(project,
                names.of(List.of(project.ownerId())).getOrDefault(project.ownerId(), ""),
                projects.challengesOf(project.id()), mayAdd, choices, form), form);
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter the project's title")
                .name("department", "Department", "Enter the department")
                .name("summary", "Summary", "Enter a summary")
                .name("stage", "Stage", "Choose a stage").choice("stage");
    }

    private static Form challengeNamed(Form form) {
        return form.name("question", "Challenge", "Enter the challenge as a question")
                .name("workshopId", "Workshop", "Choose a workshop").choice("workshopId");
    }

    public static String stage(Stage stage) {
        return Option.label(STAGES, stage.name());
    }

    public static String status(Project project) {
        return project.status().name().equals("ACTIVE") ? "Active" : "Closed";
    }
}
