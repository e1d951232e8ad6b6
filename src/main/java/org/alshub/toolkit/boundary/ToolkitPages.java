package org.alshub.toolkit.boundary;

import jakarta.annotation.security.PermitAll;
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
import java.util.stream.IntStream;
import org.alshub.member.control.MemberNames;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.toolkit.control.Toolkit;
import org.alshub.toolkit.entity.EntryKind;
import org.alshub.project.entity.Stage;
import org.alshub.toolkit.entity.ToolkitEntry;

/**
 * The toolkit as pages anyone can read, by stage of the commissioning cycle, and the feedback
 * form: members give it as themselves, anyone else through the public form with its honeypot and
 * the same per-address limit as the API.
 */
@Path("toolkit")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ToolkitPages {

    private static final int MAX_ENTRIES = 100;

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

    @Context
    HttpServletRequest request;

    /** The entries of one stage of the cycle. */
    public record Section(Stage stage, List<ToolkitEntry> entries) {
    }

    /** The whole toolkit, or one stage of it ({@code only}). */
    public record Listing(Stage only, List<Section> sections) {
    }

    public record Entry(ToolkitEntry entry, String owner, Form form) {

        /** Only web links are made clickable: a stored "javascript:" link must not run. */
        public String safeLink() {
            String lower = entry.link().strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://") ? entry.link().strip() : "#";
        }
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
        List<ToolkitEntry> entries = toolkit.list(only, null, 0, MAX_ENTRIES).items();
        return View.of("toolkit/list", new Listing(only, Arrays.stream(Stage.values())
                .filter(s -> only == null || s == only)
                .map(s -> new Section(s, entries.stream().filter(e -> e.stage() == s).toList())).toList()));
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        return entry(toolkit.require(id), named(Form.empty()));
    }

    @POST
    @Path("{id: \\d+}/feedback")
    public Response feedback(@PathParam("id") long id, @BeanParam Fields fields) {
        ToolkitEntry entry = toolkit.require(id);
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
        return View.form("toolkit/entry", new Entry(e, owner, form), form);
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
