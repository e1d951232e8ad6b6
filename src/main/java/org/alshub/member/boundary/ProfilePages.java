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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alshub.member.control.Members;
import org.alshub.member.control.Passwords;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.BrowserSession;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;

/** Your own profile at /me: what other members see about you, changing it, and your password. */
@Path("me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class ProfilePages {

    @Inject
    Members members;

    @Inject
    Validator validator;

    @Inject
    Passwords passwords;

    @Inject
    CurrentUser user;

    @Inject
    BrowserSession sessions;

    @Context
    HttpServletRequest request;

    /** Your profile, and the form to change your password. */
    public record Profile(Form form, Form password) {
    }

    @GET
    public View profile() {
        Member me = members.find(user.requireMemberId()).orElseThrow(() -> ProblemException.notFound("member"));
        return View.of("member/profile", new Profile(MemberPages.filled(MemberPages.named(Form.empty()), me),
                passwordNamed(Form.empty())));
    }

    @POST
    public Response save(@BeanParam MemberForm details, @FormParam("version") String version) {
        Form form = MemberPages.checked(details, validator).set("version", version);
        if (!form.hasErrors()) {
            try {
                members.update(user.requireMemberId(), details.details(), form.version());
                return Pages.seeOther(request, "/me", "Your profile has been saved");
            } catch (ProblemException refusal) {
                form.problem(refusal, "email");
            }
        }
        return Response.status(400).entity(View.form("member/profile", new Profile(form,
                passwordNamed(Form.empty())), form)).build();
    }

    @POST
    @Path("password")
    public Response changePassword(@BeanParam PasswordForm sent, @FormParam("confirmPassword") String confirm) {
        Form password = passwordNamed(Form.of(sent)).set("confirmPassword", confirm);
        if (password.value("currentPassword").isEmpty()) {
            password.error("currentPassword", "Enter your current password");
        }
        if (password.value("newPassword").isEmpty()) {
            password.error("newPassword", "Enter a new password");
        } else if (!password.value("newPassword").equals(password.value("confirmPassword"))) {
            password.error("confirmPassword", "Type the new password again, the same both times");
        }
        if (!password.hasErrors()) {
            try {
                passwords.change(user.requireMemberId(), sent.currentPassword, sent.newPassword);
                sessions.keep(request);
                return Pages.seeOther(request, "/me#password", "Your password is changed");
            } catch (ProblemException refusal) {
                password.problem(refusal, "newPassword");
            }
        }
        Member me = members.find(user.requireMemberId()).orElseThrow(() -> ProblemException.notFound("member"));
        return Response.status(400).entity(View.form("member/profile", new Profile(
                MemberPages.filled(MemberPages.named(Form.empty()), me), password), password)).build();
    }

    static Form passwordNamed(Form form) {
        return form.name("currentPassword", "Current password", "Enter your current password")
                .name("newPassword", "New password", "Enter a new password")
                .name("confirmPassword", "New password again", "Type the new password again");
    }
}
