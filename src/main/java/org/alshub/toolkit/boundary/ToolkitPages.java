package org.alshub.toolkit.boundary;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alshub.member.control.MemberNames;
import org.alshub.member.entity.Member;
import org.alshub.platform.Csv;
import org.alshub.platform.Page;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Paged;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.toolkit.control.Toolkit;
import org.alshub.toolkit.entity.EntryKind;
import org.alshub.toolkit.entity.Feedback;
import org.alshub.project.entity.Stage;
import org.alshub.toolkit.entity.ToolkitEntry;

/**
 * The toolkit as pages anyone can read, by stage of the commissioning cycle, and the feedback
 * form: members give it as themselves, anyone else through the public form with its honeypot and
 * the same per-address limit as the API. Facilitators add, change and unpublish entries and read
 * the feedback (as a list and as CSV); an entry's owner may change it too, as through the API.
 */
@Path("toolkit")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ToolkitPages {

    private static final int MAX_ENTRIES = 100;
    private static final int FEEDBACK_PAGE = 20;

    public static final List<Option> KINDS = List.of(
            new Option("TOOL", "Tool", "Something to use: a method, a template, a checklist"),
            new Option("CASE_STUDY", "Case study", "What happened when someone did it"));

    public static final List<Option> STAGES = List.of(
            new Option("UNDERSTAND", "Understand", "Learn what matters to people and what is already there"),
            new Option("PLAN", "Plan", "Decide together what to do and how"),
            new Option("DO", "Do", "Deliver it together"),
            new Option("REVIEW", "Review", "Look at what changed and learn from it"));

    public static final List<Option> RATINGS = List.of(
            new Option("5", "5 – very useful"), new Option("4", "4"), new Option("3", "3"),
            new Option("2", "2"), new Option("1", "1 – not useful"));

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

    @Inject
    AlsConfig config;

    @Context
    HttpServletRequest request;

    /** The entries of one stage of the cycle. */
    public record Section(Stage stage, List<ToolkitEntry> entries) {
    }

    /** The whole toolkit, or one stage of it ({@code only}). */
    public record Listing(Stage only, List<Section> sections) {
    }

    /**
     * One entry as its reader sees it: {@code canChange} for facilitators and its owner,
     * {@code rating} (facilitators only, else null) to lead to its feedback.
     */
    public record Entry(ToolkitEntry entry, String owner, Form form, boolean canChange, Toolkit.Rating rating) {

        /** Only web links are made clickable: a stored "javascript:" link must not run. */
        public String safeLink() {
            String lower = entry.link().strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://") ? entry.link().strip() : "#";
        }
    }

    /** The add-or-change form; {@code existing} is null for a new entry. */
    public record Editing(ToolkitEntry existing, Form form) {
    }

    /** One piece of feedback as the facilitators' list shows it. */
    public record Given(FeedbackView feedback, String entry, String day) {
    }

    /** The facilitators' feedback page: every entry's rating, then feedback newest first ({@code only} one entry's). */
    public record FeedbackList(List<Toolkit.Rating> ratings, Toolkit.Rating only, List<Given> feedback,
                               Paged paged) {
    }

    /** What the add and change forms send, as typed. */
    public static class EntryFields {
        @FormParam("kind")
        public String kind;
        @FormParam("stage")
        public String stage;
        @FormParam("title")
        public String title;
        @FormParam("summary")
        public String summary;
        @FormParam("body")
        public String body;
        @FormParam("link")
        public String link;
        @FormParam("version")
        public String version;
    }

    public static class Fields {
        @FormParam("rating")
        public String rating;
        @FormParam("comment")
        public String comment;
        @FormParam("name")
        public String name;
        @FormParam("website")
        public String website;
    }

    @GET
    public View list(@QueryParam("stage") String stage) {
        Stage only = stage(stage);
        List<ToolkitEntry> entries = toolkit.list(only, null, user.isFacilitator(), 0, MAX_ENTRIES).items();
        return View.of("toolkit/list", new Listing(only, Arrays.stream(Stage.values())
                .filter(s -> only == null || s == only)
                .map(s -> new Section(s, entries.stream().filter(e -> e.stage() == s).toList())).toList()));
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        return entry(toolkit.requireShown(id, user.isFacilitator()), named(Form.empty()));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public View addForm() {
        return View.of("toolkit/edit", new Editing(null, describing(Form.empty())));
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public Response add(@BeanParam EntryFields fields) {
        return save(null, fields);
    }

    @GET
    @Path("{id: \\d+}/change")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    public View changeForm(@PathParam("id") long id) {
        ToolkitEntry e = changeable(id);
        return View.of("toolkit/edit", new Editing(e, describing(Form.empty()).set("kind", e.kind().name())
                .set("stage", e.stage().name()).set("title", e.title()).set("summary", e.summary())
                .set("body", e.body()).set("link", e.link()).set("version", e.version())));
    }

    @POST
    @Path("{id: \\d+}/change")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    public Response change(@PathParam("id") long id, @BeanParam EntryFields fields) {
        return save(changeable(id), fields);
    }

    @POST
    @Path("{id: \\d+}/unpublish")
    @RolesAllowed(Roles.FACILITATOR)
    public Response unpublish(@PathParam("id") long id) {
        toolkit.unpublish(id);
        return Pages.seeOther(request, "/toolkit/" + id,
                "This entry is no longer in the public toolkit. Its feedback is kept.");
    }

    @POST
    @Path("{id: \\d+}/publish")
    @RolesAllowed(Roles.FACILITATOR)
    public Response publish(@PathParam("id") long id) {
        toolkit.publish(id);
        return Pages.seeOther(request, "/toolkit/" + id, "This entry is back in the public toolkit.");
    }

    @GET
    @Path("feedback")
    @RolesAllowed(Roles.FACILITATOR)
    public View feedbackList(@QueryParam("entry") String entry, @QueryParam("page") String page) {
        int number = Pages.pageNumber(page);
        List<Toolkit.Rating> ratings = toolkit.ratings();
        Toolkit.Rating only = null;
        if (entry != null && !entry.isBlank()) {
            only = ratings.stream().filter(r -> String.valueOf(r.entryId()).equals(entry.strip())).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("toolkit entry"));
        }
        Page<Feedback> found = only == null ? toolkit.allFeedback(number, FEEDBACK_PAGE)
                : toolkit.feedbackOn(only.entryId(), number, FEEDBACK_PAGE);
        Map<Long, String> members = names.shownTo(found.items().stream().map(Feedback::memberId)
                .filter(Objects::nonNull).toList(), true);
        Map<Long, String> titles = ratings.stream().collect(Collectors.toMap(Toolkit.Rating::entryId,
                Toolkit.Rating::title));
        List<Given> given = found.items().stream().map(f -> new Given(FeedbackView.of(f, members.get(f.memberId())),
                titles.get(f.entryId()), Dates.shortDay(f.createdAt().atZone(config.zone()).toLocalDate()))).toList();
        return View.of("toolkit/feedback", new FeedbackList(ratings, only, given, new Paged(only == null
                ? "/toolkit/feedback?" : "/toolkit/feedback?entry=" + only.entryId() + "&", number, FEEDBACK_PAGE,
                found.total())));
    }

    @GET
    @Path("feedback.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed(Roles.FACILITATOR)
    public Response feedbackCsv() {
        return FeedbackCsv.download(toolkit, names);
    }

    @POST
    @Path("{id: \\d+}/feedback")
    public Response feedback(@PathParam("id") long id, @BeanParam Fields fields) {
        ToolkitEntry entry = toolkit.requireShown(id, false);
        Form form = named(Form.of(fields));
        String thanks = "Thank you: your feedback has been received.";
        if (user.memberId().isPresent()) {
            FeedbackForm feedback = new FeedbackForm();
            feedback.rating = rating(form);
            feedback.comment = form.text("comment");
            form.violations(validator.validate(feedback));
            if (form.hasErrors()) {
                return Response.status(400).entity(entry(entry, form)).build();
            }
            toolkit.feedback(entry.id(), feedback.rating, feedback.comment, user.requireMemberId(), null);
            return Pages.seeOther(request, "/toolkit/" + entry.id(), thanks);
        }
        if (form.text("website") != null) {
            return Pages.seeOther(request, "/toolkit/" + entry.id(), thanks);
        }
        var refusal = rateLimit.refuse(ToolkitResource.PUBLIC_FORM, rateLimit.addressOf(request));
        if (refusal.isPresent()) {
            String seconds = refusal.get().getHeaderString("Retry-After");
            form.error("rating", "Too many forms have been sent from your address. Try again in " + seconds
                    + " seconds");
            return Response.status(429).entity(entry(entry, form).status(429)).header("Retry-After", seconds).build();
        }
        PublicFeedbackForm feedback = new PublicFeedbackForm();
        feedback.rating = rating(form);
        feedback.comment = form.text("comment");
        feedback.name = form.text("name");
        form.violations(validator.validate(feedback));
        if (form.hasErrors()) {
            return Response.status(400).entity(entry(entry, form)).build();
        }
        toolkit.feedback(entry.id(), feedback.rating, feedback.comment, null, feedback.name);
        return Pages.seeOther(request, "/toolkit/" + entry.id(), thanks);
    }

    private View entry(ToolkitEntry e, Form form) {
        String owner = e.ownerId() == null ? Member.UNNAMED
                : names.shownTo(List.of(e.ownerId()), user.isFacilitator()).getOrDefault(e.ownerId(), Member.UNNAMED);
        boolean canChange = user.isFacilitator() || user.memberId().map(e::isOwnedBy).orElse(false);
        return View.form("toolkit/entry", new Entry(e, owner, form, canChange,
                user.isFacilitator() ? toolkit.rating(e.id()) : null), form);
    }

    /** Facilitators change any entry; a member only the one they look after, as through the API. */
    private ToolkitEntry changeable(long id) {
        ToolkitEntry entry = toolkit.require(id);
        if (!user.isFacilitator() && !entry.isOwnedBy(user.requireMemberId())) {
            throw ProblemException.forbidden("Only facilitators and the entry's owner may change it.");
        }
        return entry;
    }

    private Response save(ToolkitEntry existing, EntryFields fields) {
        Form form = describing(Form.of(fields));
        ToolkitEntryForm entry = new ToolkitEntryForm();
        entry.kind = form.text("kind");
        entry.stage = form.text("stage");
        entry.title = form.text("title");
        entry.summary = form.text("summary");
        entry.body = form.text("body");
        entry.link = form.text("link");
        form.violations(validator.validate(entry));
        if (!form.hasErrors()) {
            try {
                ToolkitEntry saved = existing == null
                        ? toolkit.add(entry.description(user.requireMemberId()))
                        : toolkit.change(existing.id(), entry.description(existing.ownerId()), form.version());
                return Pages.seeOther(request, "/toolkit/" + saved.id(), existing == null
                        ? "“" + saved.title() + "” has been added to the toolkit." : "Your changes have been saved.");
            } catch (ProblemException refusal) {
                form.problem(refusal, "title");
            }
        }
        return Response.status(400).entity(View.form("toolkit/edit", new Editing(existing, form), form)).build();
    }

    private static Form describing(Form form) {
        return form.name("kind", "Kind", "Select whether it is a tool or a case study").choice("kind")
                .name("stage", "Stage", "Select the stage of the cycle it helps with").choice("stage")
                .name("title", "Title", "Enter a title")
                .name("summary", "Summary", "Enter a summary")
                .name("body", "Text", "Enter the text")
                .name("link", "Link", "Enter a link");
    }

    private static Form named(Form form) {
        return form.name("rating", "Rating", "Select how useful it was, from 1 to 5").choice("rating")
                .name("comment", "Comment", "Enter a comment")
                .name("name", "Your name", "Enter your name");
    }

    private static Integer rating(Form form) {
        String given = form.text("rating");
        return given != null && IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).anyMatch(given::equals)
                ? Integer.valueOf(given) : null;
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

    public static String label(Stage stage) {
        String name = stage.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String kind(EntryKind kind) {
        return kind == EntryKind.TOOL ? "Tool" : "Case study";
    }
}
