package org.alshub.member.boundary;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.control.Passwords;
import org.alshub.privacy.control.PersonalData;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.web.Dates;
import jakarta.ws.rs.core.UriInfo;
import org.alshub.member.entity.Account;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.Page;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;

/**
 * Members as pages: the directory (officers see only those who agreed to be listed), one member,
 * and for facilitators adding a member and giving them an account. Your own profile is
 * {@link ProfilePages}.
 */
@Path("members")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class MemberPages {

    public static final List<Option> AFFILIATIONS = List.of(
            new Option("OFFICER", "Council officer"), new Option("COUNCILLOR", "Councillor"),
            new Option("RESIDENT", "Resident"), new Option("EXTERNAL", "From outside the council"));
    public static final List<Option> ACCOUNTS = List.of(
            new Option("NONE", "No, not now"), new Option("OFFICER", "Yes, as an officer"),
            new Option("FACILITATOR", "Yes, as a facilitator"));

    @Inject
    Members members;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    PersonalData personalData;

    @Inject
    CalendarSettings settings;

    @Inject
    AlsConfig config;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    /** A member with the account they hold, if any (shown to facilitators and to themselves). */
    public record Listed(Member member, Account account) {

        public String affiliations() {
            return MemberPages.affiliations(member);
        }

        public String role() {
            return account == null ? null : roleName(account.role());
        }
    }

    public record Directory(String q, List<Listed> members, long total) {
    }

    /** One member; {@code details} when the viewer may see their email and account. */
    public record Shown(Listed listed, boolean details, Form account) {
    }

    public record Add(Form form) {
    }

    /** A member's details as a facilitator changes them, or their erasure confirmed. */
    public record Change(Member member, Form form) {
    }

    /** A one-time link to set a new password, shown this once: it is kept only as a hash. */
    public record ResetLink(Member member, String link, String expires) {
    }

    /** A generated password, shown this once: it is kept only as a hash. */
    public record Password(String title, Member member, String password) {
    }

    @GET
    public View directory(@QueryParam("q") String q) {
        boolean facilitator = user.isFacilitator();
        String query = q != null && q.length() > 200 ? q.substring(0, 200) : q;
        Page<Member> found = members.search(query, !facilitator, 0, 100);
        Map<Long, Account> held = facilitator ? found.items().stream()
                .flatMap(m -> accounts.find(m.id()).stream().map(a -> Map.entry(m.id(), a)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)) : Map.of();
        return View.of("member/directory", new Directory(query, found.items().stream()
                .map(m -> new Listed(m, held.get(m.id()))).toList(), found.total()));
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        Member m = visible(id);
        boolean details = user.isFacilitator() || user.is(m.id());
        Account account = details ? accounts.find(m.id()).orElse(null) : null;
        return View.of("member/show", new Shown(new Listed(m, account), details,
                Form.empty().set("role", "OFFICER")));
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public View addForm() {
        return View.of("member/add", new Add(named(Form.empty()).set("account", "NONE")));
    }

    @POST
    @Path("new")
    @RolesAllowed(Roles.FACILITATOR)
    public Response add(@BeanParam MemberForm details, @FormParam("account") String account) {
        Form form = checked(details, validator).set("account", account);
        if (!List.of("NONE", "OFFICER", "FACILITATOR").contains(form.value("account"))) {
            form.error("account", "Select whether to give them an account");
        }
        if (!form.hasErrors()) {
            try {
                Member member = members.join(details.details(), null);
                if (account.equals("NONE")) {
                    return Pages.seeOther(request, "/members/" + member.id(), "Member added");
                }
                Accounts.Opened opened = accounts.open(member.id(), Role.valueOf(account), null);
                return Response.ok(View.of("member/password", new Password("Member added with an account", member,
                        opened.generatedPassword().orElseThrow()))).build();
            } catch (ProblemException refusal) {
                form.problem(refusal, "email");
            }
        }
        return Response.status(400).entity(View.form("member/add", new Add(form), form)).build();
    }

    @POST
    @Path("{id: \\d+}/account")
    @RolesAllowed(Roles.FACILITATOR)
    public Response giveAccount(@PathParam("id") long id, @FormParam("role") String role) {
        Member member = visible(id);
        try {
            Accounts.Opened opened = accounts.open(member.id(),
                    "FACILITATOR".equals(role) ? Role.FACILITATOR : Role.OFFICER, null);
            return Response.ok(View.of("member/password", new Password("Account given", member,
                    opened.generatedPassword().orElseThrow()))).build();
        } catch (ProblemException refusal) {
            return Pages.seeOtherWithNews(request, "/members/" + member.id(), refusal.problem().detail());
        }
    }

    @GET
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public View changeForm(@PathParam("id") long id) {
        Member m = visible(id);
        return View.of("member/change", new Change(m, filled(named(Form.empty()), m)));
    }

    @POST
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public Response change(@PathParam("id") long id, @BeanParam MemberForm details, @FormParam("version") String version) {
        Member m = visible(id);
        Form form = checked(details, validator).set("version", version);
        if (!form.hasErrors()) {
            try {
                members.update(id, details.details(), form.version());
                return Pages.seeOther(request, "/members/" + id, "The member's details are saved");
            } catch (ProblemException refusal) {
                form.problem(refusal, "email");
            }
        }
        return Response.status(400).entity(View.form("member/change", new Change(m, form), form)).build();
    }

    @POST
    @Path("{id: \\d+}/account/withdraw")
    @RolesAllowed(Roles.FACILITATOR)
    public Response withdrawAccount(@PathParam("id") long id) {
        Member member = visible(id);
        if (user.is(id)) {
            return Pages.seeOtherWithNews(request, "/members/" + id,
                    "You cannot withdraw your own account: ask another facilitator.");
        }
        accounts.withdraw(member.id());
        return Pages.seeOther(request, "/members/" + id, member.name() + " can no longer sign in");
    }

    @POST
    @Path("{id: \\d+}/password-reset")
    @RolesAllowed(Roles.FACILITATOR)
    public View passwordReset(@PathParam("id") long id) {
        Member member = visible(id);
        Passwords.ResetLink link = passwords.issueReset(member.id());
        return View.of("member/resetLink", new ResetLink(member,
                settings.base(uri.getBaseUri()).resolve("password-reset/" + link.token()).toString(),
                Dates.day(link.expiresAt().atZone(config.zone()).toLocalDate()) + " at "
                        + Dates.time(link.expiresAt().atZone(config.zone()).toLocalTime())));
    }

    @GET
    @Path("{id: \\d+}/erase")
    @RolesAllowed(Roles.FACILITATOR)
    public View confirmErase(@PathParam("id") long id) {
        Member member = visible(id);
        return View.of("member/erase", new Change(member, Form.empty()));
    }

    @POST
    @Path("{id: \\d+}/erase")
    @RolesAllowed(Roles.FACILITATOR)
    public Response erase(@PathParam("id") long id) {
        Member member = visible(id);
        if (user.is(id)) {
            Form form = Form.empty().error("erase", "You cannot erase yourself: ask another facilitator")
                    .anchor("erase", "main-content");
            return Response.status(400).entity(View.form("member/erase", new Change(member, form), form)).build();
        }
        personalData.erase(id);
        return Pages.seeOther(request, "/members", member.name() + " is erased: their name, email and account are gone");
    }

    /** The member form as sent, checked by the API's own rules. */
    static Form checked(MemberForm details, Validator validator) {
        details.strip();
        return named(Form.of(details)).violations(validator.validate(details));
    }

    /** The member form filled from what is held; the directory box only as they chose it. */
    static Form filled(Form form, Member m) {
        return form.set("name", m.name()).set("email", m.email()).set("organisation", m.organisation())
                .setAll("affiliations", m.affiliations().stream().map(Enum::name).toList())
                .set("listedInDirectory", m.listedInDirectory() ? "true" : "").set("version", m.version());
    }

    static Form named(Form form) {
        return form.name("name", "Name", "Enter a full name")
                .name("email", "Email address", "Enter an email address")
                .name("organisation", "Organisation", "Enter an organisation")
                .name("affiliations", "Belongs as", "Select how they belong to the set").choice("affiliations")
                .choice("account");
    }

    /** Officers see themselves and listed members; anyone else is as if absent. */
    private Member visible(long id) {
        Member member = members.find(id).orElseThrow(() -> ProblemException.notFound("member"));
        if (user.isFacilitator() || user.is(id) || member.listedInDirectory()) {
            return member;
        }
        throw ProblemException.notFound("member");
    }

    static String affiliations(Member m) {
        return String.join(", ", m.affiliations().stream().sorted()
                .map(a -> Option.label(AFFILIATIONS, a.name())).toList());
    }

    static String roleName(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
