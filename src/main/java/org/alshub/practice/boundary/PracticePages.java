package org.alshub.practice.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.alshub.network.control.MemberNames;
import org.alshub.platform.Page;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.practice.control.Practices;
import org.alshub.practice.entity.Practice;
import org.alshub.practice.entity.PracticeComment;

/**
 * Do's of co-production as pages. Reading and searching are open to anyone, so the door is open;
 * posting, trying, commenting and changing need a signed-in member, and hiding a facilitator.
 */
@WebServlet({"/dos", "/dos/*"})
public class PracticePages extends PageServlet {

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

    @Override
    protected List<String> roles() {
        return List.of();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            list(request, response);
        } else if (path.length == 1 && path[0].equals("new")) {
            if (signedIn(request, response)) {
                editForm(request, response, null, named(Form.empty()));
            }
        } else if (path.length == 1) {
            show(request, response, visible(id(path[0])), Form.empty());
        } else if (path.length == 2 && path[1].equals("change")) {
            if (signedIn(request, response)) {
                Practice practice = mine(id(path[0]));
                editForm(request, response, practice, named(Form.empty()).set("title", practice.title())
                        .set("how", practice.how()).set("tags", String.join(", ", practice.tags()))
                        .set("version", practice.version()));
            }
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/sign-in?next=" + URLEncoder.encode(request.getRequestURI(),
                    StandardCharsets.UTF_8));
            return;
        }
        String[] path = segments(request);
        Form form = Form.read(request);
        if (path.length == 1 && path[0].equals("new")) {
            save(request, response, null, form);
            return;
        }
        if (path.length != 2) {
            throw ProblemException.notFound("page");
        }
        long id = id(path[0]);
        switch (path[1]) {
            case "change" -> save(request, response, mine(id), form);
            case "tried" -> {
                visible(id);
                boolean counted = practices.tried(id, user.requireMemberId());
                redirectWith(request, response, "/dos/" + id, counted ? "Thank you: you have said you tried this."
                        : "You had already said you tried this.");
            }
            case "comments" -> {
                Practice practice = visible(id);
                CommentForm comment = new CommentForm();
                comment.body = form.text("body");
                form.name("body", "Comment", "Enter a comment").violations(validator.validate(comment));
                if (form.hasErrors()) {
                    show(request, response, practice, form);
                    return;
                }
                practices.comment(id, user.requireMemberId(), comment.body);
                redirectWith(request, response, "/dos/" + id + "#comments", "Your comment has been added.");
            }
            case "hide" -> {
                facilitatorOnly();
                Practice practice = practices.require(id);
                HideForm hide = new HideForm();
                hide.reason = form.text("reason");
                form.name("reason", "Reason", "Enter why this do is being hidden").violations(validator.validate(hide));
                if (form.hasErrors()) {
                    show(request, response, practice, form);
                    return;
                }
                practices.hide(id, hide.reason);
                redirectWith(request, response, "/dos/" + id, "This do is now hidden from everyone but its author "
                        + "and facilitators.");
            }
            case "publish" -> {
                facilitatorOnly();
                practices.publish(id);
                redirectWith(request, response, "/dos/" + id, "This do is shown to everyone again.");
            }
            default -> throw ProblemException.notFound("page");
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Form search = Form.empty().name("q", "Search", "Enter words to search for");
        String query = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        search.set("q", query);
        boolean tried = "tried".equals(request.getParameter("sort"));
        int page = pageNumber(request);
        if (query.length() > 200) {
            search.error("q", "Search must be 200 characters or fewer");
        }
        Page<Practice> found = search.hasErrors() ? new Page<>(List.of(), 0, PAGE_SIZE, 0)
                : query.isEmpty() ? practices.list(false, tried ? Practices.Order.TRIED : Practices.Order.NEWEST,
                page, PAGE_SIZE)
                : practices.search(query, page, PAGE_SIZE);
        Map<Long, String> authors = names.of(found.items().stream().map(Practice::authorId).toList(),
                user.isFacilitator());
        Html searchForm = Html.of("""
                <form method="get" action="/dos" role="search" novalidate>
                {}
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Search</button>
                </form>
                """, Govuk.input(search, "q", "Search do's", "Words from the title, the text or a tag", "search", null,
                null));
        Html order = query.isEmpty() ? Html.of("""
                <ul class="govuk-list app-inline-list" aria-label="Order">
                <li>{}</li><li>{}</li></ul>
                """, Govuk.viewLink("/dos", "Newest first", !tried),
                Govuk.viewLink("/dos?sort=tried", "Most tried first", tried))
                : Html.of("<p class=\"govuk-body\" role=\"status\">{} for ‘{}’. {}</p>",
                        found.total() == 1 ? "1 do found" : found.total() + " do's found", query,
                        Govuk.link("/dos", "Show all do's"));
        Html items = found.items().isEmpty()
                ? Govuk.p(query.isEmpty() ? "No do's have been posted yet." : "No do's match your search. "
                + "Try fewer or different words.")
                : Html.of("<ul class=\"govuk-list app-dos\">{}</ul>", Html.each(found.items(), p -> Html.of("""
                        <li class="app-do"><h2 class="govuk-heading-m app-wrap"><a class="govuk-link" href="/dos/{}">{}</a></h2>
                        <p class="govuk-body app-wrap">{}</p>
                        <p class="govuk-body-s">{} · {} · {}</p>{}</li>
                        """, p.id(), p.title(), excerpt(p.how()), triedText(p.triedCount()),
                        authors.getOrDefault(p.authorId(), MemberNames.UNNAMED), Dates.shortDay(day(p)), tags(p))));
        String base = query.isEmpty() ? (tried ? "/dos?sort=tried&" : "/dos?")
                : "/dos?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        Html post = request.getUserPrincipal() != null
                ? Html.of("<a class=\"govuk-button\" data-module=\"govuk-button\" href=\"/dos/new\">Post a do</a>")
                : Html.of("<p class=\"govuk-body\">{} to post a do, say you have tried one or comment.</p>",
                Govuk.link("/sign-in?next=%2Fdos", "Sign in"));
        render(request, response, search.hasErrors() ? 400 : 200, (search.hasErrors() ? "Error: " : "") + "Do's of co-production",
                Html.of("""
                        {}{}<h1 class="govuk-heading-l">Do's of co-production</h1>
                        <p class="govuk-body">Small ways of working together that any member of staff can begin to use.
                        Read them, try them, and tell others how it went.</p>
                        {}{}{}{}{}
                        """, Govuk.success(flash(request)), Govuk.errorSummary(search), post, searchForm, order, items,
                        Govuk.pagination(base, page, PAGE_SIZE, found.total())));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Practice p, Form form)
            throws IOException {
        boolean signedIn = request.getUserPrincipal() != null;
        boolean facilitator = user.isFacilitator();
        boolean mine = user.memberId().map(p::isBy).orElse(false);
        Page<PracticeComment> comments = practices.comments(p.id(), 0, 100);
        List<Long> people = new ArrayList<>(comments.items().stream().map(PracticeComment::authorId).toList());
        people.add(p.authorId());
        Map<Long, String> authors = names.of(people, facilitator);
        Set<Long> triedByMe = signedIn ? practices.triedBy(user.requireMemberId(), List.of(p.id())) : Set.of();

        List<Html> actions = new ArrayList<>();
        if (!signedIn) {
            actions.add(Html.of("<p class=\"govuk-body\">{} to say you have tried this or to comment.</p>",
                    Govuk.link("/sign-in?next=" + URLEncoder.encode("/dos/" + p.id(), StandardCharsets.UTF_8),
                            "Sign in")));
        } else if (triedByMe.contains(p.id())) {
            actions.add(Html.of("<p class=\"govuk-body\">{}</p>", Govuk.tag("You have tried this", "green")));
        } else if (!p.hidden()) {
            actions.add(Html.of("""
                    <form method="post" action="/dos/{}/tried" novalidate>{}{}</form>
                    """, p.id(), Csrf.field(request), Govuk.button("I've tried this")));
        }
        if (mine) {
            actions.add(Html.of("<p class=\"govuk-body\">{}</p>", Govuk.link("/dos/" + p.id() + "/change",
                    "Change this do")));
        }
        Html hidden = p.hidden() ? Html.of("""
                <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
                A facilitator has hidden this do: {}</strong></div>
                """, p.hiddenReason() == null ? "" : p.hiddenReason()) : Html.EMPTY;
        Html moderation = Html.EMPTY;
        if (facilitator) {
            moderation = p.hidden() ? Html.of("""
                    <h2 class="govuk-heading-m">Moderation</h2>
                    <form method="post" action="/dos/{}/publish" novalidate>{}{}</form>
                    """, p.id(), Csrf.field(request), Govuk.button("Show this do again"))
                    : Html.of("""
                    <h2 class="govuk-heading-m">Moderation</h2>
                    <form method="post" action="/dos/{}/hide" novalidate>{}{}{}</form>
                    """, p.id(), Csrf.field(request), Govuk.input(form, "reason", "Why hide this do?",
                    "The author will see this reason", "text", "off", null), Govuk.warningButton("Hide this do"));
        }
        Html commentList = comments.items().isEmpty() ? Govuk.p("No comments yet.")
                : Html.of("<ul class=\"govuk-list\">{}</ul>", Html.each(comments.items(), c -> Html.of("""
                <li class="app-comment"><p class="govuk-body app-pre-line app-wrap">{}</p>
                <p class="govuk-body-s">{}, {}</p></li>
                """, c.body(), authors.getOrDefault(c.authorId(), MemberNames.UNNAMED),
                Dates.shortDay(c.createdAt().atZone(LONDON).toLocalDate()))));
        Html commentForm = signedIn && !p.hidden() ? Html.of("""
                <form method="post" action="/dos/{}/comments" novalidate>{}{}{}</form>
                """, p.id(), Csrf.field(request), Govuk.textarea(form, "body", "Add a comment", null),
                Govuk.button("Add comment")) : Html.EMPTY;
        Html main = Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                {}{}{}
                <span class="govuk-caption-l">Do of co-production</span>
                <h1 class="govuk-heading-l app-wrap">{}</h1>
                <p class="govuk-body app-pre-line app-wrap">{}</p>{}
                <dl class="govuk-summary-list govuk-summary-list--no-border">
                <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Posted by</dt>
                <dd class="govuk-summary-list__value">{}, {}</dd></div>
                <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Tried</dt>
                <dd class="govuk-summary-list__value">{}</dd></div></dl>
                {}{}
                <h2 class="govuk-heading-m" id="comments">Comments</h2>
                {}{}
                <p class="govuk-body">{}</p>
                </div></div>
                """, Govuk.errorSummary(form), Govuk.success(flash(request)), hidden, p.title(), p.how(), tags(p),
                authors.getOrDefault(p.authorId(), MemberNames.UNNAMED), Dates.day(day(p)),
                triedText(p.triedCount()), Html.join(actions), moderation, commentList, commentForm,
                Govuk.link("/dos", "All do's"));
        render(request, response, form.hasErrors() ? 400 : 200, (form.hasErrors() ? "Error: " : "") + p.title(), main);
    }

    private void editForm(HttpServletRequest request, HttpServletResponse response, Practice practice, Form form)
            throws IOException {
        String action = practice == null ? "/dos/new" : "/dos/" + practice.id() + "/change";
        Html fields = Html.of("""
                <form method="post" action="{}" novalidate>{}
                <input type="hidden" name="version" value="{}">
                {}{}{}{}
                </form>
                <p class="govuk-body">{}</p>
                """, action, Csrf.field(request), form.value("version"),
                Govuk.input(form, "title", "Title", "A short name for it, at most 120 characters", "text", "off", null),
                Govuk.textarea(form, "how", "How to do it", "A few lines someone could follow tomorrow"),
                Govuk.input(form, "tags", "Tags (optional)", "Separate tags with commas, like meetings, "
                        + "plain English", "text", "off", null),
                Govuk.button(practice == null ? "Post this do" : "Save changes"),
                Govuk.link(practice == null ? "/dos" : "/dos/" + practice.id(), "Cancel"));
        renderForm(request, response, practice == null ? "Post a do" : "Change a do", form,
                Govuk.h1(practice == null ? "Post a do" : "Change your do"), fields);
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Practice practice, Form form)
            throws IOException {
        named(form);
        PracticeForm details = new PracticeForm();
        details.title = form.text("title");
        details.how = form.text("how");
        details.tags = form.text("tags") == null ? List.of()
                : Arrays.stream(form.text("tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        form.violations(validator.validate(details));
        if (form.hasErrors()) {
            editForm(request, response, practice, form);
            return;
        }
        if (practice == null) {
            Practice posted = practices.post(user.requireMemberId(), details.title, details.how, details.cleanTags());
            redirectWith(request, response, "/dos/" + posted.id(), "Your do has been posted.");
            return;
        }
        Integer version = form.number("version");
        try {
            practices.edit(practice.id(), user.requireMemberId(), details.title, details.how, details.cleanTags(),
                    version == null ? OptionalInt.empty() : OptionalInt.of(version));
        } catch (ProblemException refusal) {
            if (refusal.problem().status() != 409 && refusal.problem().status() != 412) {
                throw refusal;
            }
            form.error("title", "Someone else changed this do while you were editing. Reload the page to see "
                    + "their changes");
            editForm(request, response, practice, form);
            return;
        }
        redirectWith(request, response, "/dos/" + practice.id(), "Your changes have been saved.");
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

    private void facilitatorOnly() {
        if (!user.isFacilitator()) {
            throw ProblemException.forbidden("Only facilitators may hide or show a do.");
        }
    }

    /** Pages that change something send a signed-out visitor to sign in first, then back. */
    private static boolean signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        response.sendRedirect("/sign-in?next=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
        return false;
    }

    static int pageNumber(HttpServletRequest request) {
        try {
            return Math.max(0, Math.min(10_000, Integer.parseInt(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate day(Practice p) {
        return p.createdAt().atZone(LONDON).toLocalDate();
    }

    private static String excerpt(String how) {
        String flat = how.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, flat.lastIndexOf(' ', 200) > 100
                ? flat.lastIndexOf(' ', 200) : 200) + "…";
    }

    private static String triedText(int count) {
        return count == 0 ? "Not tried yet" : count == 1 ? "Tried by 1 member" : "Tried by " + count + " members";
    }

    private static Html tags(Practice p) {
        if (p.tags().isEmpty()) {
            return Html.EMPTY;
        }
        return Html.of("<ul class=\"govuk-list app-inline-list\" aria-label=\"Tags\">{}</ul>",
                Html.each(p.tags(), t -> Html.of("<li>{}</li>", Govuk.tag(t, "grey"))));
    }
}
