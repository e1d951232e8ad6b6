package org.alshub.project.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
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
@WebServlet({"/projects", "/projects/*"})
public class ProjectPages extends PageServlet {

    private static final List<Govuk.Option> STAGES = List.of(
            new Govuk.Option("UNDERSTAND", "Understanding the problem"), new Govuk.Option("PLAN", "Planning"),
            new Govuk.Option("DO", "Doing"), new Govuk.Option("REVIEW", "Reviewing"));

    @Inject
    Projects projects;

    @Inject
    Workshops workshops;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            list(request, response);
        } else if (path.length == 1 && path[0].equals("new")) {
            projectForm(request, response, named(Form.empty()).set("stage", "UNDERSTAND"));
        } else if (path.length == 1) {
            show(request, response, projects.require(id(path[0])), challengeNamed(Form.empty()));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 1 && path[0].equals("new")) {
            register(request, response);
        } else if (path.length == 2 && path[1].equals("challenges")) {
            raise(request, response, projects.require(id(path[0])));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Project> mine = projects.list(user.requireMemberId(), null, 0, 100).items();
        Html table = mine.isEmpty() ? Govuk.p("You have not registered a project yet.")
                : Govuk.table("Your projects", List.of("Project", "Department", "Stage", "Status"),
                mine.stream().map(p -> List.of(
                        Html.of("<a class=\"govuk-link\" href=\"/projects/{}\">{}</a>", p.id(), p.title()),
                        Html.of("{}", p.department() == null ? "" : p.department()),
                        Html.of("{}", stage(p.stage())), Html.of("{}", status(p)))).toList());
        render(request, response, 200, "Your projects", Html.of("""
                {}<h1 class="govuk-heading-l">Your projects</h1>
                <a href="/projects/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Register a project</a>
                <div class="app-table-scroll" role="region" aria-label="Your projects" tabindex="0">{}</div>
                """, Govuk.success(flash(request)), table));
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter the project's title")
                .name("department", "Department", "Enter the department")
                .name("summary", "Summary", "Enter a summary")
                .name("stage", "Stage", "Choose a stage");
    }

    private static Form challengeNamed(Form form) {
        return form.name("question", "Challenge", "Enter the challenge as a question")
                .name("workshopId", "Workshop", "Choose a workshop");
    }

    private void register(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Form form = named(Form.read(request));
        ProjectForm project = new ProjectForm();
        project.title = form.text("title");
        project.department = form.text("department");
        project.summary = form.text("summary");
        project.stage = form.text("stage");
        form.violations(validator.validate(project));
        if (!form.hasErrors()) {
            try {
                Project saved = projects.register(new Project.Description(project.title, project.department,
                        project.summary, null, Stage.valueOf(project.stage == null ? "UNDERSTAND" : project.stage)), null);
                redirectWith(request, response, "/projects/" + saved.id(), "Project registered");
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "title");
            }
        }
        projectForm(request, response, form);
    }

    private void projectForm(HttpServletRequest request, HttpServletResponse response, Form form) throws IOException {
        Html fields = Html.of("""
                <form method="post" action="/projects/new" novalidate>{}
                {}{}{}{}
                <div class="govuk-button-group">{}<a class="govuk-link" href="/projects">Back without saving</a></div>
                </form>
                """, Csrf.field(request),
                Govuk.input(form, "title", "Title", "For example, Residents' budget for ward parks", "text", "off", null),
                Govuk.input(form, "department", "Department (optional)", null, "text", "organization", null),
                Govuk.textarea(form, "summary", "Summary (optional)", "What the project is for and who it is with"),
                Govuk.radios(form, "stage", "Stage", null, STAGES),
                Govuk.button("Register project"));
        renderForm(request, response, "Register a project", form, Govuk.h1("Register a project"), fields);
    }

    private void raise(HttpServletRequest request, HttpServletResponse response, Project project) throws IOException {
        Form form = challengeNamed(Form.read(request));
        ChallengeForm challenge = new ChallengeForm();
        challenge.question = form.text("question");
        String workshop = form.value("workshopId");
        if (!workshop.isEmpty()) {
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
                redirectWith(request, response, "/projects/" + project.id() + "#challenges", "Challenge added");
                return;
            } catch (ProblemException refusal) {
                if (refusal.problem().status() == 403) {
                    throw refusal;
                }
                form.problem(refusal, "question");
            }
        }
        show(request, response, project, form);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Project project, Form form)
            throws IOException {
        List<Challenge> challenges = projects.challengesOf(project.id());
        Map<Long, String> owner = names.of(List.of(project.ownerId()));
        List<Govuk.Row> rows = new ArrayList<>();
        rows.add(new Govuk.Row("Owner", Html.of("{}", owner.getOrDefault(project.ownerId(), ""))));
        rows.add(new Govuk.Row("Department", Html.of("{}", project.department() == null ? "Not set" : project.department())));
        rows.add(new Govuk.Row("Stage", Html.of("{}", stage(project.stage()))));
        rows.add(new Govuk.Row("Status", Html.of("{}", status(project))));
        if (project.summary() != null) {
            rows.add(new Govuk.Row("Summary", Html.of("<span class=\"app-pre-line\">{}</span>", project.summary())));
        }
        List<Workshop> upcoming = workshops.upcoming(0, 10).items().stream().filter(w -> !w.isCancelled()).toList();
        List<Govuk.Option> choices = new ArrayList<>();
        upcoming.forEach(w -> choices.add(new Govuk.Option(String.valueOf(w.id()),
                w.title() + ", " + Dates.shortDay(w.startLocal().toLocalDate()))));
        choices.add(new Govuk.Option("", "Not yet"));
        if (form.value("workshopId").isEmpty() && !form.hasErrors() && !upcoming.isEmpty()) {
            form.set("workshopId", upcoming.get(0).id());
        }
        Html list = challenges.isEmpty() ? Govuk.p("No challenges yet.")
                : Html.of("<ol class=\"govuk-list govuk-list--number\">{}</ol>", Html.each(challenges, c -> Html.of(
                        "<li class=\"app-wrap\">{} {}</li>", c.question(), c.workshopId() == null
                                ? Govuk.tag("Not brought yet", "grey") : Govuk.tag("On an agenda", "blue"))));
        boolean mayAdd = user.isFacilitator() || project.isOwnedBy(user.requireMemberId());
        Html add = Html.when(mayAdd, Html.of("""
                <h2 class="govuk-heading-m" id="add-challenge">Add a challenge</h2>
                <form method="post" action="/projects/{}/challenges" novalidate>{}
                {}{}{}</form>
                """, project.id(), Csrf.field(request),
                Govuk.textarea(form, "question", "Your challenge, as a question",
                        "For example, How do we reach tenants who never come to meetings?"),
                Govuk.radios(form, "workshopId", "Bring it to", null, choices),
                Govuk.button("Add challenge")));
        render(request, response, form.hasErrors() ? 400 : 200, (form.hasErrors() ? "Error: " : "") + project.title(),
                Html.of("""
                        <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                        {}{}<span class="govuk-caption-l">Project</span>
                        <h1 class="govuk-heading-l app-wrap">{}</h1>{}
                        <h2 class="govuk-heading-m" id="challenges">Challenges</h2>{}{}
                        <p class="govuk-body"><a class="govuk-link" href="/projects">Your projects</a></p>
                        </div></div>
                        """, Govuk.success(flash(request)), Govuk.errorSummary(form), project.title(),
                        Govuk.summaryList(rows), list, add));
    }

    static String stage(Stage stage) {
        return STAGES.stream().filter(o -> o.value().equals(stage.name())).map(Govuk.Option::label).findFirst()
                .orElse(stage.name());
    }

    private static String status(Project project) {
        return project.status().name().equals("ACTIVE") ? "Active" : "Closed";
    }
}
