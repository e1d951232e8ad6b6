package org.alshub.toolkit.boundary;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Csv;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.security.Roles;
import org.alshub.toolkit.control.Toolkit;
import org.alshub.toolkit.entity.EntryKind;
import org.alshub.toolkit.entity.Feedback;
import org.alshub.project.entity.Stage;
import org.alshub.toolkit.entity.ToolkitEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("toolkit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ToolkitResource {

    static final String PUBLIC_FORM = "feedback";

    @Inject
    Toolkit toolkit;

    @Inject
    MemberNames names;

    @Inject
    CurrentUser user;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    Validator validator;

    /** What a feedback list says about its entry as a whole. */
    public record FeedbackSummary(long entryId, String title, long count, Double average, Page<FeedbackView> feedback) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Tools and case studies in the order of the commissioning cycle; stage and kind narrow the list.")
    public Page<ToolkitEntryView> list(@QueryParam("stage") String stage, @QueryParam("kind") String kind,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return views(toolkit.list(parse(Stage.class, "stage", stage), parse(EntryKind.class, "kind", kind),
                user.isFacilitator(), page, size));
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Add a tool or case study: kind, stage, title, summary, body and/or link, ownerId (default: you).")
    public Response add(@Valid @NotNull ToolkitEntryForm form, @Context UriInfo uri) {
        ToolkitEntry entry = toolkit.add(form.description(user.requireMemberId()));
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id().toString()).build())
                .tag(Versions.tag(entry.version())).entity(view(entry)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One tool or case study (an unpublished one: facilitators only).")
    public Response get(@PathParam("id") long id) {
        ToolkitEntry entry = toolkit.requireShown(id, user.isFacilitator());
        return Response.ok(view(entry)).tag(Versions.tag(entry.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Change an entry: facilitators, or the member who owns it. Send If-Match with the ETag you read.")
    public Response change(@PathParam("id") long id, @Valid @NotNull ToolkitEntryForm form,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ToolkitEntry current = toolkit.require(id);
        if (!user.isFacilitator() && !current.isOwnedBy(user.requireMemberId())) {
            throw ProblemException.forbidden("Only facilitators and the entry's owner may change it.");
        }
        if (!user.isFacilitator() && form.ownerId != null && !form.ownerId.equals(current.ownerId())) {
            throw ProblemException.forbidden("Only facilitators may give an entry to someone else.");
        }
        ToolkitEntry entry = toolkit.change(id, form.description(current.ownerId()), Versions.expected(ifMatch));
        return Response.ok(view(entry)).tag(Versions.tag(entry.version())).build();
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Take an entry out of the public toolkit (its feedback is kept); publish brings it back.")
    public Response unpublish(@PathParam("id") long id) {
        ToolkitEntry entry = toolkit.unpublish(id);
        return Response.ok(view(entry)).tag(Versions.tag(entry.version())).build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Put an unpublished entry back in the public toolkit.")
    public Response publish(@PathParam("id") long id) {
        ToolkitEntry entry = toolkit.publish(id);
        return Response.ok(view(entry)).tag(Versions.tag(entry.version())).build();
    }

    @POST
    @Path("{id}/feedback")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Give feedback as a member: rating 1 to 5 and a comment.")
    public Response feedback(@PathParam("id") long id, @Valid @NotNull FeedbackForm form) {
        Feedback feedback = toolkit.feedback(id, form.rating, form.comment, user.requireMemberId(), null);
        return Response.status(Response.Status.CREATED).entity(FeedbackView.of(feedback,
                names.shownTo(List.of(feedback.memberId()), true).get(feedback.memberId()))).build();
    }

    @POST
    @Path("{id}/feedback/public")
    @PermitAll
    @Operation(summary = "Give feedback without signing in: rating 1 to 5, comment, name (optional). "
            + "Limited per address; answers 202 when received.")
    public Response publicFeedback(@PathParam("id") long id, PublicFeedbackForm form,
                                   @Context HttpServletRequest request) {
        if (form != null && form.website != null && !form.website.isBlank()) {
            return received();
        }
        var refusal = rateLimit.refuse(PUBLIC_FORM, rateLimit.addressOf(request));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (form == null) {
            throw ProblemException.invalid("body", "must be a feedback form");
        }
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        toolkit.feedback(id, form.rating, form.comment, null, form.name);
        return received();
    }

    @GET
    @Path("{id}/feedback")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "An entry's average rating and its feedback, newest first.")
    public FeedbackSummary feedbackOn(@PathParam("id") long id,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Toolkit.Rating rating = toolkit.rating(id);
        Page<Feedback> found = toolkit.feedbackOn(id, page, size);
        Map<Long, String> members = names.shownTo(found.items().stream().map(Feedback::memberId)
                .filter(java.util.Objects::nonNull).toList(), true);
        return new FeedbackSummary(id, rating.title(), rating.count(), rating.average(),
                found.map(f -> FeedbackView.of(f, members.get(f.memberId()))));
    }

    @GET
    @Path("feedback")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Every entry's number of ratings and average.")
    public List<Toolkit.Rating> ratings() {
        return toolkit.ratings();
    }

    @GET
    @Path("feedback.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "All feedback as CSV, newest first, for a spreadsheet.")
    public Response feedbackCsv() {
        return FeedbackCsv.download(toolkit, names);
    }

    /** The same answer for stored and discarded forms, so a bot learns nothing. */
    private static Response received() {
        return Response.accepted(Map.of("message", "Thank you: your feedback has been received.")).build();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private Page<ToolkitEntryView> views(Page<ToolkitEntry> found) {
        Map<Long, String> owners = names.shownTo(found.items().stream().map(ToolkitEntry::ownerId)
                .filter(java.util.Objects::nonNull).toList(), user.isFacilitator());
        return found.map(e -> ToolkitEntryView.of(e, owners.get(e.ownerId())));
    }

    private ToolkitEntryView view(ToolkitEntry entry) {
        return views(new Page<>(List.of(entry), 0, 1, 1)).items().get(0);
    }
}
