package org.alshub.join.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.alshub.join.control.JoinRequests;
import org.alshub.join.entity.JoinStatus;
import org.alshub.platform.Paths;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("join-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JoinRequestsResource {

    static final String PUBLIC_FORM = "join";

    @Inject
    JoinRequests requests;

    @Inject
    CurrentUser user;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    Validator validator;

    @POST
    @PermitAll
    @Operation(summary = "Ask to join the set: name, email, organisation, worksForCouncil, wouldBring, "
            + "listInDirectory. Limited per address. Answers 202 with the private page to follow the answer on.")
    public Response ask(JoinForm form, @Context HttpServletRequest request) {
        if (form != null && form.website != null && !form.website.isBlank()) {
            return asked(JoinRequests.newToken());
        }
        var refusal = rateLimit.refuse(PUBLIC_FORM, rateLimit.addressOf(request));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (form == null) {
            throw ProblemException.invalid("body", "must be a join form");
        }
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return asked(requests.ask(form.asking()).token());
    }

    @GET
    @Path("status/{token}")
    @PermitAll
    @Operation(summary = "The requester's private page: whether their request is pending, accepted or declined (and why).")
    public JoinStatusView status(@PathParam("token") String token) {
        return requests.byToken(token).map(JoinStatusView::of)
                .orElseThrow(() -> new ProblemException(org.alshub.platform.problem.Problem.of(404, "Not Found",
                        "No request has this link. Check that the whole link was copied.")));
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Join requests, oldest first; status=PENDING, ACCEPTED or DECLINED narrows the list.")
    public Page<JoinRequestView> list(@QueryParam("status") String status,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return requests.list(parseStatus(status), page, size).map(JoinRequestView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "One join request.")
    public Response get(@PathParam("id") long id) {
        var request = requests.require(id);
        return Response.ok(JoinRequestView.of(request)).tag(Versions.tag(request.version())).build();
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Accept: the requester becomes a member (and, working for the council, gets an officer "
            + "account whose generated password is shown once here).")
    public Response accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JoinRequests.Accepted accepted = requests.accept(id, user.requireMemberId(), Versions.expected(ifMatch));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("request", JoinRequestView.of(accepted.request()));
        answer.put("memberId", accepted.member().id());
        accepted.password().ifPresent(p -> answer.put("password", p));
        return Response.ok(answer).tag(Versions.tag(accepted.request().version())).build();
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Decline, with a reason the requester reads on their page.")
    public Response decline(@PathParam("id") long id, @Valid @NotNull DeclineForm form,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var request = requests.decline(id, user.requireMemberId(), form.reason.strip(), Versions.expected(ifMatch));
        return Response.ok(JoinRequestView.of(request)).tag(Versions.tag(request.version())).build();
    }

    /** The same answer whether the form was kept or, from a bot, thrown away. */
    private static Response asked(String token) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", JoinStatus.PENDING.name());
        answer.put("message", "Thank you. Keep this link: it shows the answer to your request.");
        answer.put("statusUrl", "/" + Paths.API + "/join-requests/status/" + token);
        return Response.accepted(answer).build();
    }

    private static JoinStatus parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JoinStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be PENDING, ACCEPTED or DECLINED");
        }
    }
}
