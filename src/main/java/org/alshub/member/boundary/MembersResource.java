package org.alshub.member.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.control.Passwords;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.PasswordPolicy;
import org.alshub.platform.security.Roles;
import org.alshub.privacy.control.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    Members members;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Inject
    Passwords passwords;

    @Inject
    PersonalData personalData;

    @Inject
    org.alshub.platform.web.PublicAddress publicAddress;

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Search members. Facilitators see everyone; officers see the directory: "
            + "members who agreed to be listed.")
    public Page<MemberView> search(@QueryParam("q") String text,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        if (text != null && text.length() > 200) {
            throw ProblemException.invalid("q", "must be at most 200 characters");
        }
        return members.search(text, !user.isFacilitator(), page, size).map(this::view);
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Add someone to the network.")
    public Response join(@Valid @NotNull MemberForm form, @Context UriInfo uri) {
        Member member = members.join(form.details(), form.invitedById);
        return Response.created(uri.getAbsolutePathBuilder().path(member.id().toString()).build())
                .tag(Versions.tag(member.version()))
                .entity(view(member)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "One member. Officers may read themselves and listed members.")
    public Response get(@PathParam("id") long id) {
        Member member = visible(id);
        return Response.ok(view(member)).tag(Versions.tag(member.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Change a member. Officers may change only their own profile. "
            + "Send If-Match with the ETag you read to avoid overwriting someone else's change.")
    public Response update(@PathParam("id") long id, @Valid @NotNull MemberForm form,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (!user.isFacilitator() && !user.is(id)) {
            visible(id);
            throw ProblemException.forbidden("You may change only your own profile.");
        }
        Member member = members.update(id, form.details(), Versions.expected(ifMatch));
        return Response.ok(view(member)).tag(Versions.tag(member.version())).build();
    }

    @POST
    @Path("{id}/account")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Let a member sign in. With no password given, one is generated and shown once.")
    public Response openAccount(@PathParam("id") long id, @Valid @NotNull AccountForm form) {
        if (form.password != null) {
            PasswordPolicy.check("password", form.password,
                    members.find(id).map(Member::email).orElseThrow(() -> ProblemException.notFound("member")));
        }
        Accounts.Opened opened = accounts.open(id, Role.valueOf(form.role), form.password);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("memberId", id);
        answer.put("role", opened.account().role().name());
        opened.generatedPassword().ifPresent(p -> answer.put("password", p));
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @POST
    @Path("{id}/password-reset")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Make a one-time link (valid 24 hours) for a member to set a new password; "
            + "give it to them. The token is shown only in this answer.")
    public Response issuePasswordReset(@PathParam("id") long id, @Context UriInfo uri) {
        Passwords.ResetLink link = passwords.issueReset(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("resetUrl", publicAddress.root(uri.getBaseUri()).resolve("api/password-resets/" + link.token()).toString());
        answer.put("token", link.token());
        answer.put("expiresAt", link.expiresAt().toString());
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }

    @GET
    @Path("{id}/personal-data")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Everything held about a member, as JSON (a subject access request). "
            + "Officers may ask only for their own.")
    public Response exportPersonalData(@PathParam("id") long id) {
        if (!user.isFacilitator() && !user.is(id)) {
            throw ProblemException.forbidden("You may ask only for your own data.");
        }
        return Response.ok(personalData.export(id))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"als-hub-personal-data-" + id + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Erase a member: their name, email and account go; records others rely on "
            + "(actions, attendance) stay under the name Former member.")
    public Response erase(@PathParam("id") long id) {
        if (user.is(id)) {
            throw ProblemException.conflict("You cannot erase yourself: ask another facilitator.");
        }
        personalData.erase(id);
        return Response.noContent().build();
    }

    /** Officers see themselves and listed members; anyone else is as if absent. */
    private Member visible(long id) {
        Member member = members.find(id).orElseThrow(() -> ProblemException.notFound("member"));
        if (user.isFacilitator() || user.is(id) || member.listedInDirectory()) {
            return member;
        }
        throw ProblemException.notFound("member");
    }

    private MemberView view(Member member) {
        return MemberView.of(member, accounts.find(member.id()).map(a -> a.role().name()).orElse(null));
    }
}
