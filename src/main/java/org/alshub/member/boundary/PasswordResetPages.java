package org.alshub.member.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.alshub.member.control.Passwords;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;

/**
 * Setting a new password through the one-time link a facilitator gave: the link is the only
 * key, so a wrong, used or expired one is the same "page not found".
 */
@Path("password-reset/{token}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PasswordResetPages {

    @Inject
    Passwords passwords;

    @Context
    HttpServletRequest request;

    public record Reset(String token, Form form) {
    }

    @GET
    public View form(@PathParam("token") String token) {
        if (!passwords.usable(token)) {
            throw ProblemException.notFound("password reset link");
        }
        return View.of("member/passwordReset", new Reset(token, named(Form.empty())));
    }

    @POST
    public Response reset(@PathParam("token") String token, @BeanParam PasswordForm sent,
                          @FormParam("confirmPassword") String confirm) {
        if (!passwords.usable(token)) {
            throw ProblemException.notFound("password reset link");
        }
        Form form = named(Form.of(sent)).set("confirmPassword", confirm);
        if (form.value("newPassword").isEmpty()) {
            form.error("newPassword", "Enter a new password");
        } else if (!form.value("newPassword").equals(form.value("confirmPassword"))) {
            form.error("confirmPassword", "Type the new password again, the same both times");
        }
        if (!form.hasErrors()) {
            try {
                passwords.reset(token, sent.newPassword);
                return Pages.seeOther(request, "/sign-in", "Your new password is set: sign in with it");
            } catch (ProblemException refusal) {
                form.problem(refusal, "newPassword");
            }
        }
        return Response.status(400).entity(View.form("member/passwordReset", new Reset(token, form), form)).build();
    }

    private static Form named(Form form) {
        return form.name("newPassword", "New password", "Enter a new password")
                .name("confirmPassword", "New password again", "Type the new password again");
    }
}
