package org.alshub.toolkit.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.alshub.network.control.MemberNames;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.toolkit.control.Toolkit;
import org.alshub.toolkit.entity.EntryKind;
import org.alshub.toolkit.entity.Stage;
import org.alshub.toolkit.entity.ToolkitEntry;

/**
 * The toolkit as pages anyone can read, by stage of the commissioning cycle, and the feedback
 * form: members give it as themselves, anyone else through the public form with its honeypot and
 * the same per-address limit as the API.
 */
@WebServlet({"/toolkit", "/toolkit/*"})
public class ToolkitPages extends PageServlet {

    private static final int MAX_ENTRIES = 100;

    private static final List<Govuk.Option> RATINGS = List.of(
            new Govuk.Option("5", "5 – very useful"), new Govuk.Option("4", "4"), new Govuk.Option("3", "3"),
            new Govuk.Option("2", "2"), new Govuk.Option("1", "1 – not useful"));

    @Inject
    Toolkit toolkit;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    Validator validator;

    @Override
    protected List<String> roles() {
        return List.of();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            list(request, response);
        } else if (path.length == 1) {
            show(request, response, toolkit.require(id(path[0])), named(Form.empty()));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length != 2 || !path[1].equals("feedback")) {
            throw ProblemException.notFound("page");
        }
        ToolkitEntry entry = toolkit.require(id(path[0]));
        Form form = named(Form.read(request));
        String thanks = "Thank you: your feedback has been received.";
        if (request.getUserPrincipal() != null) {
            FeedbackForm feedback = new FeedbackForm();
            feedback.rating = rating(form);
            feedback.comment = form.text("comment");
            form.violations(validator.validate(feedback));
            if (form.hasErrors()) {
                show(request, response, entry, form);
                return;
            }
            toolkit.feedback(entry.id(), feedback.rating, feedback.comment, user.requireMemberId(), null);
            redirectWith(request, response, "/toolkit/" + entry.id(), thanks);
            return;
        }
        if (form.text("website") != null) {
            redirectWith(request, response, "/toolkit/" + entry.id(), thanks);
            return;
        }
        var refusal = rateLimit.refuse(ToolkitResource.PUBLIC_FORM, request.getRemoteAddr());
        if (refusal.isPresent()) {
            String seconds = refusal.get().getHeaderString("Retry-After");
            response.setHeader("Retry-After", seconds);
            form.error("rating", "Too many forms have been sent from your address. Try again in " + seconds
                    + " seconds");
            show(request, response, entry, form, 429);
            return;
        }
        PublicFeedbackForm feedback = new PublicFeedbackForm();
        feedback.rating = rating(form);
        feedback.comment = form.text("comment");
        feedback.name = form.text("name");
        form.violations(validator.validate(feedback));
        if (form.hasErrors()) {
            show(request, response, entry, form);
            return;
        }
        toolkit.feedback(entry.id(), feedback.rating, feedback.comment, null, feedback.name);
        redirectWith(request, response, "/toolkit/" + entry.id(), thanks);
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Stage only = stage(request.getParameter("stage"));
        List<ToolkitEntry> entries = toolkit.list(only, null, 0, MAX_ENTRIES).items();
        List<Html> filters = new ArrayList<>();
        filters.add(Html.of("<li>{}</li>", current("/toolkit", "All stages", only == null)));
        for (Stage stage : Stage.values()) {
            filters.add(Html.of("<li>{}</li>", current("/toolkit?stage=" + stage.name().toLowerCase(Locale.ROOT),
                    label(stage), stage == only)));
        }
        List<Html> sections = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            List<ToolkitEntry> inStage = entries.stream().filter(e -> e.stage() == stage).toList();
            if (only != null && stage != only) {
                continue;
            }
            sections.add(Html.of("<h2 class=\"govuk-heading-m\">{}</h2>{}", label(stage), inStage.isEmpty()
                    ? Govuk.p("Nothing for this stage yet.")
                    : Html.of("<ul class=\"govuk-list\">{}</ul>", Html.each(inStage, e -> Html.of("""
                    <li class="app-do"><h3 class="govuk-heading-s app-wrap"><a class="govuk-link" href="/toolkit/{}">{}</a>
                    {}</h3><p class="govuk-body app-wrap">{}</p></li>
                    """, e.id(), e.title(), Govuk.tag(kind(e.kind()), e.kind() == EntryKind.TOOL ? "blue" : "purple"),
                    e.summary() == null ? "" : e.summary())))));
        }
        render(request, response, 200, "Co-operative toolkit", Html.of("""
                <h1 class="govuk-heading-l">Co-operative toolkit</h1>
                <p class="govuk-body">Tools and case studies for each stage of the co-operative commissioning cycle:
                understand, plan, do and review. Anyone can read them and tell us whether they helped.</p>
                <ul class="govuk-list app-inline-list" aria-label="Stages">{}</ul>
                {}
                """, Html.join(filters), Html.join(sections)));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, ToolkitEntry e, Form form)
            throws IOException {
        show(request, response, e, form, form.hasErrors() ? 400 : 200);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, ToolkitEntry e, Form form, int status)
            throws IOException {
        boolean member = request.getUserPrincipal() != null;
        String owner = e.ownerId() == null ? MemberNames.UNNAMED
                : names.of(List.of(e.ownerId()), user.isFacilitator()).getOrDefault(e.ownerId(), MemberNames.UNNAMED);
        List<Govuk.Row> rows = new ArrayList<>();
        rows.add(new Govuk.Row("Kind", Html.of("{}", kind(e.kind()))));
        rows.add(new Govuk.Row("Stage", Html.of("{}", label(e.stage()))));
        rows.add(new Govuk.Row("Looked after by", Html.of("{}", owner)));
        if (e.link() != null) {
            rows.add(new Govuk.Row("Link", Html.of("<a class=\"govuk-link app-wrap\" href=\"{}\" rel=\"noopener\">{}</a>",
                    safeLink(e.link()), e.link())));
        }
        Html honeypot = member ? Html.EMPTY : Html.of("""
                <div class="app-honeypot" aria-hidden="true">
                <label for="website">Leave this field empty</label>
                <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="">
                </div>
                """);
        Html name = member ? Html.EMPTY : Govuk.input(form, "name", "Your name (optional)",
                "We show feedback to facilitators only", "text", "name", null);
        Html feedback = Html.of("""
                <h2 class="govuk-heading-m" id="feedback">Was this useful?</h2>
                <form method="post" action="/toolkit/{}/feedback" novalidate>{}
                {}{}{}{}{}
                </form>
                """, e.id(), Csrf.field(request),
                Govuk.radios(form, "rating", "How useful was it?", "5 is the most useful", RATINGS),
                Govuk.textarea(form, "comment", "Comment (optional)", "What worked, what did not, what would help"),
                name, honeypot, Govuk.button("Send feedback"));
        Html main = Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                {}{}
                <span class="govuk-caption-l">{}</span>
                <h1 class="govuk-heading-l app-wrap">{}</h1>
                <p class="govuk-body-l app-wrap">{}</p>
                {}
                <div class="govuk-body app-pre-line app-wrap">{}</div>
                {}
                <p class="govuk-body">{}</p>
                </div></div>
                """, Govuk.errorSummary(form), Govuk.success(flash(request)), kind(e.kind()), e.title(),
                e.summary() == null ? "" : e.summary(), Govuk.summaryList(rows), e.body() == null ? "" : e.body(),
                feedback, Govuk.link("/toolkit", "The whole toolkit"));
        render(request, response, status, (form.hasErrors() ? "Error: " : "") + e.title(), main);
    }

    private static Form named(Form form) {
        return form.name("rating", "Rating", "Select how useful it was, from 1 to 5")
                .name("comment", "Comment", "Enter a comment")
                .name("name", "Your name", "Enter your name");
    }

    private static Integer rating(Form form) {
        String given = form.text("rating");
        return given != null && IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).anyMatch(given::equals)
                ? Integer.valueOf(given) : null;
    }

    /** Only web links are made clickable: a stored "javascript:" link must not run. */
    private static String safeLink(String link) {
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : "#";
    }

    private static Stage stage(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("stage");
        }
    }

    private static Html current(String href, String text, boolean current) {
        return current ? Html.of("<a class=\"govuk-link\" href=\"{}\" aria-current=\"page\"><strong>{}</strong></a>",
                href, text) : Govuk.link(href, text);
    }

    static String label(Stage stage) {
        String name = stage.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String kind(EntryKind kind) {
        return kind == EntryKind.TOOL ? "Tool" : "Case study";
    }
}
