package org.alshub.practice.boundary;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alshub.member.control.MemberNames;
import org.alshub.member.entity.Member;
import org.alshub.platform.Page;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Paged;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.practice.control.Practices;
import org.alshub.practice.entity.Practice;
import org.alshub.practice.entity.PracticeComment;

/**
 * Do's of co-production as pages. Reading and searching are open to anyone, so the door is open;
 * posting, trying, commenting and changing need a signed-in member, and hiding a facilitator.
 */
@Path("dos")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class PracticePages {

    private static final int PAGE_SIZE = 10;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    Practices practices;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    /** A do as a list or its page shows it, with its author's name as the viewer may see it. */
    public record Shown(Practice practice, String author) {

        public LocalDate day() {
            return practice.createdAt().atZone(LONDON).toLocalDate();
        }

        public String tried() {
            int count = practice.triedCount();
            return count == 0 ? "Not tried yet" : count == 1 ? "Tried by 1 member" : "Tried by " + count + " members";
        }

        public String excerpt() {
            String flat = practice.how().replaceAll("\\s+", " ").strip();
            return flat.length() <= 200 ? flat : flat.substring(0, flat.lastIndexOf(' ', 200) > 100
                    ? flat.lastIndexOf(' ', 200) : 200) + "…";
        }
    }

    public record Listing(String query, boolean byTried, List<Shown> found, long total, Paged paged, Form search) {
    }

    public record Comment(PracticeComment comment, String author) {

        public LocalDate day() {
            return comment.createdAt().atZone(LONDON).toLocalDate();
        }
    }

    /** One do; {@code triedByMe} and {@code mine} for the signed-in viewer. */
    public record One(Shown shown, boolean triedByMe, boolean mine, List<Comment> comments, Form form) {
    }

    public record Edit(Practice practice, Form form) {
    }

    public static class Fields {
        @FormParam("title")
        public String title;
        @FormParam("how")
        public String how;
        @FormParam("tags")
        public String tags;
        @FormParam("version")
        public String version;
    }

    @GET
    @PermitAll
    public View list(@QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Form search = Form.empty().name("q", "Search", "Enter words to search for");
        String query = q == null ? "" : q.strip();
        search.set("q", query);
        boolean tried = "tried".equals(sort);
        int number = Pages.pageNumber(page);
        if (query.length() > 200) {
            search.error("q", "Search must be 200 characters or fewer");
        }
        Page<Practice> found = search.hasErrors() ? new Page<>(List.of(), 0, PAGE_SIZE, 0)
                : query.isEmpty() ? practices.list(false, tried ? Practices.Order.TRIED : Practices.Order.NEWEST,
                number, PAGE_SIZE)
                : practices.search(query, number, PAGE_SIZE);
        Map<Long, String> authors = names.shownTo(found.items().stream().map(Practice::authorId).toList(),
                user.isFacilitator());
        String base = query.isEmpty() ? (tried ? "/dos?sort=tried&" : "/dos?")
                : "/dos?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        return View.form("practice/list", new Listing(query, tried, found.items().stream()
                .map(p -> new Shown(p, authors.getOrDefault(p.authorId(), Member.UNNAMED))).toList(),
                found.total(), new Paged(base, number, PAGE_SIZE, found.total()), search), search);
    }

    @GET
    @Path("{id: \\d+}")
    @PermitAll
    public View show(@PathParam("id") long id) {
        return page(visible(id), Form.empty());
    }

    @GET
    @Path("new")
    public View postForm() {
        return View.of("practice/edit", new Edit(null, named(Form.empty())));
    }

    @POST
    @Path("new")
    public Response post(@BeanParam Fields fields) {
        return save(null, fields);
    }

    @GET
    @Path("{id: \\d+}/change")
    public View changeForm(@PathParam("id") long id) {
        Practice practice = mine(id);
        return View.of("practice/edit", new Edit(practice, named(Form.empty()).set("title", practice.title())
                .set("how", practice.how()).set("tags", String.join(", ", practice.tags()))
                .set("version", practice.version())));
    }

    @POST
    @Path("{id: \\d+}/change")
    public Response change(@PathParam("id") long id, @BeanParam Fields fields) {
        return save(mine(id), fields);
    }

    @POST
    @Path("{id: \\d+}/tried")
    public Response tried(@PathParam("id") long id) {
        visible(id);
        boolean counted = practices.tried(id, user.requireMemberId());
        return Pages.seeOther(request, "/dos/" + id, counted ? "Thank you: you have said you tried this."
                : "You had already said you tried this.");
    }

    @POST
    @Path("{id: \\d+}/comments")
    public Response comment(@PathParam("id") long id, @BeanParam CommentForm comment) {
        Practice practice = visible(id);
        comment.body = comment.body == null || comment.body.isBlank() ? null : comment.body.strip();
        Form form = Form.of(comment).name("body", "Comment", "Enter a comment").violations(validator.validate(comment));
        if (form.hasErrors()) {
            return Response.status(400).entity(page(practice, form)).build();
        }
        practices.comment(id, user.requireMemberId(), comment.body);
        return Pages.seeOther(request, "/dos/" + id + "#comments", "Your comment has been added.");
    }

    @POST
    @Path("{id: \\d+}/hide")
    @RolesAllowed(Roles.FACILITATOR)
    public Response hide(@PathParam("id") long id, @BeanParam HideForm hide) {
        Practice practice = practices.require(id);
        hide.reason = hide.reason == null || hide.reason.isBlank() ? null : hide.reason.strip();
        Form form = Form.of(hide).name("reason", "Reason", "Enter why this do is being hidden")
                .violations(validator.validate(hide));
        if (form.hasErrors()) {
            return Response.status(400).entity(page(practice, form)).build();
        }
        practices.hide(id, hide.reason);
        return Pages.seeOther(request, "/dos/" + id, "This do is now hidden from everyone but its author "
                + "and facilitators.");
    }

    @POST
    @Path("{id: \\d+}/publish")
    @RolesAllowed(Roles.FACILITATOR)
    public Response publish(@PathParam("id") long id) {
        practices.publish(id);
        return Pages.seeOther(request, "/dos/" + id, "This do is shown to everyone again.");
    }

    private View page(Practice p, Form form) {
        boolean signedIn = user.memberId().isPresent();
        boolean facilitator = user.isFacilitator();
        Page<PracticeComment> comments = practices.comments(p.id(), 0, 100);
        List<Long> people = new ArrayList<>(comments.items().stream().map(PracticeComment::authorId).toList());
        people.add(p.authorId());
        Map<Long, String> authors = names.shownTo(people, facilitator);
        Set<Long> triedByMe = signedIn ? practices.triedBy(user.requireMemberId(), List.of(p.id())) : Set.of();
        return View.form("practice/show", new One(new Shown(p, authors.getOrDefault(p.authorId(), Member.UNNAMED)),
                triedByMe.contains(p.id()), user.memberId().map(p::isBy).orElse(false),
                comments.items().stream().map(c -> new Comment(c, authors.getOrDefault(c.authorId(),
                        Member.UNNAMED))).toList(), form), form);
    }

    private Response save(Practice practice, Fields fields) {
        Form form = named(Form.of(fields));
        PracticeForm details = new PracticeForm();
        details.title = form.text("title");
        details.how = form.text("how");
        details.tags = form.text("tags") == null ? List.of()
                : Arrays.stream(form.text("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        form.violations(validator.validate(details));
        if (!form.hasErrors()) {
            if (practice == null) {
                Practice posted = practices.post(user.requireMemberId(), details.title, details.how, details.cleanTags());
                return Pages.seeOther(request, "/dos/" + posted.id(), "Your do has been posted.");
            }
            try {
                practices.edit(practice.id(), user.requireMemberId(), details.title, details.how, details.cleanTags(),
                        form.version());
                return Pages.seeOther(request, "/dos/" + practice.id(), "Your changes have been saved.");
            } catch (ProblemException refusal) {
                if (refusal.problem().status() != 409 && refusal.problem().status() != 412) {
                    throw refusal;
                }
                form.error("title", "Someone else changed this do while you were editing. Reload the page to see "
                        + "their changes");
            }
        }
        return Response.status(400).entity(View.form("practice/edit", new Edit(practice, form), form)).build();
    }

    private static Form named(Form form) {
        return form.name("title", "Title", "Enter a title")
                .name("how", "How to do it", "Say how to do it")
                .name("tags", "Tags", "Enter tags");
    }

    /** A hidden do is as if absent to everyone but its author and facilitators. */
    private Practice visible(long id) {
        Practice practice = practices.require(id);
        if (practice.hidden() && !user.isFacilitator() && !user.memberId().map(practice::isBy).orElse(false)) {
            throw ProblemException.notFound("do");
        }
        return practice;
    }

    private Practice mine(long id) {
        Practice practice = visible(id);
        if (!user.memberId().map(practice::isBy).orElse(false)) {
            throw ProblemException.forbidden("Only the author may change a do.");
        }
        return practice;
    }

    public static String signInFor(String path) {
        return "/sign-in?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
