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
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;

/** Your own profile at /me: what other members see about you, and changing it. */
@Path("me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class ProfilePages {

    @Inject
    Members members;

    @Inject
    Validator validator;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest request;

    public record Profile(Form form) {
    }

    @GET
    public View profile() {
        Member me = members.find(user.requireMemberId()).orElseThrow(() -> ProblemException.notFound("member"));
        return View.of("member/profile", new Profile(MemberPages.named(Form.empty()).set("name", me.name())
                .set("email", me.email()).set("organisation", me.organisation())
                .setAll("affiliations", me.affiliations().stream().map(Enum::name).toList())
                .set("listedInDirectory", me.listedInDirectory() ? "true" : "")
                .set("version", me.version())));
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
        return Response.status(400).entity(View.form("member/profile", new Profile(form), form)).build();
    }
}
