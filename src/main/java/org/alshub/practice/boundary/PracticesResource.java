package org.alshub.practice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.practice.control.Practices;
import org.alshub.practice.entity.Practice;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PracticesResource {

    @Inject
    Practices practices;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    @Operation(summary = "Published do's. With q: those matching any of its words in title, text or tags, "
            + "most relevant first (accents and case do not matter). Without: sort=newest (default) or tried.")
    public Page<PracticeView> list(@QueryParam("q") String query,
                                   @QueryParam("sort") @DefaultValue("newest") String sort,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        if (query != null && query.length() > 200) {
            throw ProblemException.invalid("q", "must be at most 200 characters");
        }
        Practices.Order order = order(sort);
        Page<Practice> found = query == null || query.isBlank()
                ? practices.list(false, order, page, size)
                : practices.search(query, page, size);
        return views(found);
    }

    @GET
    @Path("hidden")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Do's a facilitator has hidden, newest first.")
    public Page<PracticeView> hidden(@QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return views(practices.list(true, Practices.Order.NEWEST, page, size));
    }

    @POST
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Post a do: title (at most 120 characters), how, tags.")
    public Response post(@Valid @NotNull PracticeForm form, @Context UriInfo uri) {
        Practice practice = practices.post(user.requireMemberId(), form.title, form.how, form.cleanTags());
        return Response.created(uri.getAbsolutePathBuilder().path(practice.id().toString()).build())
                .tag(Versions.tag(practice.version())).entity(view(practice)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One do. A hidden one is shown only to its author and to facilitators.")
    public Response get(@PathParam("id") long id) {
        Practice practice = visible(id);
        return Response.ok(view(practice)).tag(Versions.tag(practice.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Change your own do. Send If-Match with the ETag you read.")
    public Response edit(@PathParam("id") long id, @Valid @NotNull PracticeForm form,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        visible(id);
        Practice practice = practices.edit(id, user.requireMemberId(), form.title, form.how, form.cleanTags(),
                Versions.expected(ifMatch));
        return Response.ok(view(practice)).tag(Versions.tag(practice.version())).build();
    }

    @POST
    @Path("{id}/tried")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Say \"I've tried this\". Counted once per member: saying it again changes nothing.")
    public Response tried(@PathParam("id") long id) {
        visible(id);
        boolean counted = practices.tried(id, user.requireMemberId());
        Practice practice = practices.require(id);
        return Response.status(counted ? Response.Status.CREATED : Response.Status.OK)
                .entity(view(practice)).build();
    }

    @GET
    @Path("{id}/comments")
    @PermitAll
    @Operation(summary = "Comments on a do, oldest first.")
    public Page<CommentView> comments(@PathParam("id") long id,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        visible(id);
        var found = practices.comments(id, page, size);
        Map<Long, String> authors = names.shownTo(found.items().stream().map(c -> c.authorId()).toList(),
                user.isFacilitator());
        return found.map(c -> CommentView.of(c, authors.get(c.authorId())));
    }

    @POST
    @Path("{id}/comments")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Comment on a do.")
    public Response comment(@PathParam("id") long id, @Valid @NotNull CommentForm form) {
        visible(id);
        var comment = practices.comment(id, user.requireMemberId(), form.body);
        return Response.status(Response.Status.CREATED).entity(CommentView.of(comment,
                names.shownTo(List.of(comment.authorId()), user.isFacilitator()).get(comment.authorId()))).build();
    }

    @POST
    @Path("{id}/hide")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Hide a do from everyone but its author and facilitators, with a reason the author sees.")
    public PracticeView hide(@PathParam("id") long id, @Valid @NotNull HideForm form) {
        return view(practices.hide(id, form.reason.strip()));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Show a hidden do again.")
    public PracticeView publish(@PathParam("id") long id) {
        return view(practices.publish(id));
    }

    /** A hidden do is as if absent to everyone but its author and facilitators. */
    private Practice visible(long id) {
        Practice practice = practices.require(id);
        if (practice.hidden() && !user.isFacilitator() && !user.memberId().map(practice::isBy).orElse(false)) {
            throw ProblemException.notFound("do");
        }
        return practice;
    }

    private static Practices.Order order(String sort) {
        return switch (sort) {
            case "newest" -> Practices.Order.NEWEST;
            case "tried" -> Practices.Order.TRIED;
            default -> throw ProblemException.invalid("sort", "must be newest or tried");
        };
    }

    private Page<PracticeView> views(Page<Practice> found) {
        Map<Long, String> authors = names.shownTo(found.items().stream().map(Practice::authorId).toList(),
                user.isFacilitator());
        var me = user.memberId();
        var tried = me.map(m -> practices.triedBy(m, found.items().stream().map(Practice::id).toList()))
                .orElse(java.util.Set.of());
        return found.map(p -> PracticeView.of(p, authors.get(p.authorId()), tried.contains(p.id()),
                user.isFacilitator() || me.map(p::isBy).orElse(false)));
    }

    private PracticeView view(Practice practice) {
        return views(new Page<>(List.of(practice), 0, 1, 1)).items().get(0);
    }
}
