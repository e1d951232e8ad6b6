package org.alshub.member.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.Page;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;

/**
 * Members as pages: the directory (officers see only those who agreed to be listed), your own
 * profile, and for facilitators adding a member and giving them an account.
 */
@WebServlet({"/members", "/members/*", "/me"})
public class MemberPages extends PageServlet {

    private static final List<Govuk.Option> AFFILIATIONS = List.of(
            new Govuk.Option("OFFICER", "Council officer"), new Govuk.Option("COUNCILLOR", "Councillor"),
            new Govuk.Option("RESIDENT", "Resident"), new Govuk.Option("EXTERNAL", "From outside the council"));
    private static final List<Govuk.Option> ACCOUNTS = List.of(
            new Govuk.Option("NONE", "No, not now"), new Govuk.Option("OFFICER", "Yes, as an officer"),
            new Govuk.Option("FACILITATOR", "Yes, as a facilitator"));

    @Inject
    Members members;

    @Inject
    Accounts accounts;

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
        if ("/me".equals(request.getServletPath())) {
            Member me = members.find(user.requireMemberId()).orElseThrow(() -> ProblemException.notFound("member"));
            profile(request, response, me, filled(me));
            return;
        }
        String[] path = segments(request);
        if (path.length == 0) {
            directory(request, response);
        } else if (path.length == 1 && path[0].equals("new")) {
            facilitatorOnly(request);
            addForm(request, response, named(Form.empty()).set("listedInDirectory", "yes").set("account", "NONE"));
        } else if (path.length == 1) {
            show(request, response, visible(id(path[0])));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/me".equals(request.getServletPath())) {
            saveProfile(request, response);
            return;
        }
        facilitatorOnly(request);
        String[] path = segments(request);
        if (path.length == 1 && path[0].equals("new")) {
            add(request, response);
        } else if (path.length == 2 && path[1].equals("account")) {
            Member member = visible(id(path[0]));
            Form form = Form.read(request);
            Role role = "FACILITATOR".equals(form.value("role")) ? Role.FACILITATOR : Role.OFFICER;
            try {
                Accounts.Opened opened = accounts.open(member.id(), role, null);
                passwordPage(request, response, member, opened.generatedPassword().orElseThrow(), "Account given");
            } catch (ProblemException refusal) {
                redirectWith(request, response, "/members/" + member.id(), refusal.problem().detail());
            }
        } else {
            throw ProblemException.notFound("page");
        }
    }

    private void directory(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean facilitator = user.isFacilitator();
        String q = request.getParameter("q");
        if (q != null && q.length() > 200) {
            q = q.substring(0, 200);
        }
        Page<Member> found = members.search(q, !facilitator, 0, 100);
        List<List<Html>> rows = new ArrayList<>();
        for (Member m : found.items()) {
            List<Html> row = new ArrayList<>();
            row.add(Html.of("<a class=\"govuk-link\" href=\"/members/{}\">{}</a>", m.id(), m.name()));
            row.add(Html.of("{}", m.organisation() == null ? "" : m.organisation()));
            row.add(Html.of("{}", affiliations(m)));
            if (facilitator) {
                row.add(Html.of("<span class=\"app-wrap\">{}</span>", m.email()));
                row.add(accounts.find(m.id()).map(a -> Govuk.tag(roleName(a.role()), "blue"))
                        .orElse(Govuk.tag("No account", "grey")));
            }
            rows.add(row);
        }
        List<String> headings = facilitator ? List.of("Name", "Organisation", "Belongs as", "Email", "Account")
                : List.of("Name", "Organisation", "Belongs as");
        String title = facilitator ? "Members" : "Member directory";
        Html search = Html.of("""
                <form method="get" action="/members" class="govuk-!-margin-bottom-6">
                <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="q">Search by name, email or organisation</label>
                <input class="govuk-input govuk-!-width-two-thirds" id="q" name="q" type="search" value="{}"></div>
                <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Search</button>
                </form>
                """, q == null ? "" : q);
        render(request, response, 200, title, Html.of("""
                {}<h1 class="govuk-heading-l">{}</h1>{}{}{}{}
                """, Govuk.success(flash(request)), title,
                facilitator ? Html.of("""
                        <a href="/members/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Add a member</a>
                        """) : Govuk.p("Members who agreed to be listed."),
                search,
                found.total() > found.items().size()
                        ? Govuk.p("Showing the first " + found.items().size() + " of " + found.total() + ". Search to narrow the list.")
                        : Html.EMPTY,
                found.items().isEmpty() ? Govuk.p("No members match.") : Html.of(
                        "<div class=\"app-table-scroll\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">{}</div>",
                        title, Govuk.table(title, headings, rows))));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Member m) throws IOException {
        List<Govuk.Row> rows = new ArrayList<>();
        rows.add(new Govuk.Row("Organisation", Html.of("{}", m.organisation() == null ? "Not given" : m.organisation())));
        rows.add(new Govuk.Row("Belongs as", Html.of("{}", affiliations(m))));
        boolean facilitator = user.isFacilitator();
        Html account = Html.EMPTY;
        if (facilitator || user.is(m.id())) {
            rows.add(new Govuk.Row("Email", Html.of("<span class=\"app-wrap\">{}</span>", m.email())));
            rows.add(new Govuk.Row("In the directory", Html.of("{}", m.listedInDirectory() ? "Yes" : "No")));
            var held = accounts.find(m.id());
            rows.add(new Govuk.Row("Account", held.map(a -> Govuk.tag(roleName(a.role()), "blue"))
                    .orElse(Govuk.tag("No account", "grey"))));
            if (facilitator && held.isEmpty()) {
                Form form = Form.empty().set("role", "OFFICER");
                account = Html.of("""
                        <h2 class="govuk-heading-m">Give {} an account</h2>
                        <form method="post" action="/members/{}/account">{}{}{}</form>
                        """, m.name(), m.id(), Csrf.field(request),
                        Govuk.radios(form, "role", "They sign in as", "A password is made for them and shown once.",
                                ACCOUNTS.subList(1, 3)),
                        Govuk.button("Give account"));
            }
        }
        render(request, response, 200, m.name(), Html.of("""
                {}<span class="govuk-caption-l">Member</span><h1 class="govuk-heading-l app-wrap">{}</h1>{}{}
                <p class="govuk-body"><a class="govuk-link" href="/members">All members</a></p>
                """, Govuk.success(flash(request)), m.name(), Govuk.summaryList(rows), account));
    }

    private static Form named(Form form) {
        return form.name("name", "Name", "Enter a full name")
                .name("email", "Email address", "Enter an email address")
                .name("organisation", "Organisation", "Enter an organisation")
                .name("affiliations", "Belongs as", "Select how they belong to the set");
    }

    private static Form filled(Member m) {
        return named(Form.empty()).set("name", m.name()).set("email", m.email())
                .set("organisation", m.organisation())
                .setAll("affiliations", m.affiliations().stream().map(Enum::name).toList())
                .set("listedInDirectory", m.listedInDirectory() ? "yes" : "")
                .set("version", m.version());
    }

    private MemberForm read(Form form) {
        MemberForm details = new MemberForm();
        details.name = form.text("name");
        details.email = form.text("email");
        details.organisation = form.text("organisation");
        details.affiliations = new LinkedHashSet<>(form.all("affiliations"));
        details.listedInDirectory = "yes".equals(form.value("listedInDirectory"));
        form.violations(validator.validate(details));
        return details;
    }

    private Html memberFields(Form form, String listedLabel) {
        return Html.join(List.of(
                Govuk.input(form, "name", "Full name", null, "text", "name", null),
                Govuk.input(form, "email", "Email address", null, "email", "email", null),
                Govuk.input(form, "organisation", "Organisation (optional)", "For example, Lambeth Council or a residents' association",
                        "text", "organization", null),
                Govuk.checkboxes(form, "affiliations", "Belongs as", "Select all that apply.", AFFILIATIONS),
                Govuk.checkboxes(form, "listedInDirectory", "Member directory", null,
                        List.of(new Govuk.Option("yes", listedLabel)))));
    }

    private void profile(HttpServletRequest request, HttpServletResponse response, Member me, Form form)
            throws IOException {
        Html fields = Html.of("""
                <form method="post" action="/me" novalidate>{}
                <input type="hidden" name="version" value="{}">{}{}
                </form>
                """, Csrf.field(request), form.value("version"),
                memberFields(form, "List me in the member directory, so other members can find me"),
                Govuk.button("Save profile"));
        renderForm(request, response, "Your profile", form, Html.of("""
                {}<h1 class="govuk-heading-l">Your profile</h1>
                <p class="govuk-body">What other members see about you. Facilitators can always see it.</p>
                """, Govuk.success(flash(request))), fields);
    }

    private void saveProfile(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = user.requireMemberId();
        Form form = named(Form.read(request));
        MemberForm details = read(form);
        if (!form.hasErrors()) {
            try {
                members.update(id, details.details(), version(form));
                redirectWith(request, response, "/me", "Your profile has been saved");
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "email");
            }
        }
        profile(request, response, members.find(id).orElseThrow(), form);
    }

    private void addForm(HttpServletRequest request, HttpServletResponse response, Form form) throws IOException {
        Html fields = Html.of("""
                <form method="post" action="/members/new" novalidate>{}{}{}
                <div class="govuk-button-group">{}<a class="govuk-link" href="/members">Back without saving</a></div>
                </form>
                """, Csrf.field(request), memberFields(form, "They agreed to be listed in the member directory"),
                Govuk.radios(form, "account", "Give them an account so they can sign in?",
                        "A password is made for them and shown once, for you to pass on.", ACCOUNTS),
                Govuk.button("Add member"));
        renderForm(request, response, "Add a member", form,
                Html.of("<h1 class=\"govuk-heading-l\">Add a member</h1>"), fields);
    }

    private void add(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Form form = named(Form.read(request));
        MemberForm details = read(form);
        String account = form.value("account");
        if (!List.of("NONE", "OFFICER", "FACILITATOR").contains(account)) {
            form.error("account", "Select whether to give them an account");
        }
        if (!form.hasErrors()) {
            try {
                Member member = members.join(details.details(), null);
                if (account.equals("NONE")) {
                    redirectWith(request, response, "/members/" + member.id(), "Member added");
                    return;
                }
                Accounts.Opened opened = accounts.open(member.id(), Role.valueOf(account), null);
                passwordPage(request, response, member, opened.generatedPassword().orElseThrow(),
                        "Member added with an account");
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "email");
            }
        }
        addForm(request, response, form);
    }

    /** The generated password, shown this once: it is kept only as a hash. */
    private void passwordPage(HttpServletRequest request, HttpServletResponse response, Member member,
                              String password, String title) throws IOException {
        render(request, response, 200, title, Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">{}</h1>
                <div class="govuk-panel__body app-wrap">{} can now sign in</div></div>
                <h2 class="govuk-heading-m">Their password</h2>
                <p class="govuk-body">Give it to them in person or by phone, not by email. It is shown only this once.</p>
                <p class="govuk-body govuk-!-font-size-36 govuk-!-font-weight-bold app-wrap" id="password">{}</p>
                <p class="govuk-body"><a class="govuk-link" href="/members/{}">Go to {}</a></p>
                </div></div>
                """, title, member.name(), password, member.id(), member.name()));
    }

    private static OptionalInt version(Form form) {
        try {
            return OptionalInt.of(Integer.parseInt(form.value("version")));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Officers see themselves and listed members; anyone else is as if absent. */
    private Member visible(long id) {
        Member member = members.find(id).orElseThrow(() -> ProblemException.notFound("member"));
        if (user.isFacilitator() || user.is(id) || member.listedInDirectory()) {
            return member;
        }
        throw ProblemException.notFound("member");
    }

    private static String affiliations(Member m) {
        return String.join(", ", m.affiliations().stream().sorted()
                .map(a -> AFFILIATIONS.stream().filter(o -> o.value().equals(a.name())).findFirst()
                        .map(Govuk.Option::label).orElse(a.name()))
                .toList());
    }

    private static String roleName(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private void facilitatorOnly(HttpServletRequest request) {
        if (!user.isFacilitator()) {
            throw ProblemException.forbidden("Only facilitators may do this.");
        }
    }
}
