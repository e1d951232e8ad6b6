package org.alshub.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.Actions;
import org.alshub.action.control.ActionsCsv;
import org.alshub.action.control.FollowUpRow;
import org.alshub.action.entity.ActionStatus;
import org.alshub.member.control.Members;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Paged;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.workshop.control.Workshops;

/**
 * Actions as pages: the facilitator's tracker across the set (filters, counts, CSV), one action
 * with what has been heard about it, an update from its owner between workshops (shown on the
 * next workshop's console), and a facilitator correcting or deleting a mistaken one.
 */
@Path("actions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class ActionPages {

    private static final int PAGE_SIZE = 25;

    public static final List<Option> STATUSES = java.util.Arrays.stream(ActionStatus.values())
            .map(s -> new Option(s.name(), s.label())).toList();

    @Inject
    Actions actions;

    @Inject
    Members members;

    @Inject
    Workshops workshops;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest request;

    /** The tracker: the list under the filters, and the counts by status under the same filters. */
    public record Tracker(List<ActionRow> actions, Map<String, Long> counts, Paged paged, String query,
                          List<Option> statuses, List<Option> workshops, Form form) {

        public String filtered(String status, boolean overdue) {
            String base = query.replaceAll("(^|&)(status|overdue|page)=[^&]*", "").replaceAll("^&", "");
            String extra = (status == null ? "" : "status=" + status) + (overdue ? "overdue=true" : "");
            return "/actions?" + base + (base.isEmpty() || extra.isEmpty() ? "" : "&") + extra;
        }
    }

    public record Mine(List<ActionRow> open, List<ActionRow> closed) {
    }

    /** One action: what was agreed, what has been heard, and who may add to it. */
    public record One(ActionRow action, List<FollowUpRow> heard, boolean mayUpdate, Form form) {
    }

    public record Correct(ActionRow action, Form form) {
    }

    public static class Filters {
        @QueryParam("owner")
        public String owner;
        @QueryParam("department")
        public String department;
        @QueryParam("status")
        public String status;
        @QueryParam("overdue")
        public String overdue;
        @QueryParam("workshop")
        public String workshop;
        @QueryParam("page")
        public String page;
    }

    public static class Fields {
        @FormParam("description")
        public String description;
        @FormParam("owner")
        public String owner;
        @FormParam("due-day")
        public String dueDay;
        @FormParam("due-month")
        public String dueMonth;
        @FormParam("due-year")
        public String dueYear;
        @FormParam("note")
        public String note;
        @FormParam("status")
        public String status;
        @FormParam("version")
        public String version;
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    public View tracker(@BeanParam Filters filters) {
        Form form = Form.empty().set("owner", filters.owner).set("department", filters.department)
                .set("status", filters.status == null ? "" : filters.status)
                .set("overdue", "true".equals(filters.overdue) ? "true" : "").set("workshop", filters.workshop)
                .name("owner", "Whose", "Enter a member's name");
        Actions.Filter filter = filter(filters, form);
        int page = Pages.pageNumber(filters.page);
        Actions.Tracked tracked = form.hasErrors() ? null : actions.track(filter, page, PAGE_SIZE);
        String query = query(filters);
        List<Option> statuses = new ArrayList<>(List.of(new Option("", "Any status")));
        statuses.addAll(STATUSES);
        List<Option> recent = new ArrayList<>(List.of(new Option("", "Any workshop")));
        workshops.past(0, 24).items().forEach(w -> recent.add(new Option(String.valueOf(w.id()), w.title() + ", "
                + org.alshub.platform.web.Dates.shortDay(w.startLocal().toLocalDate()))));
        return View.form("action/tracker", new Tracker(tracked == null ? List.of() : tracked.page().items(),
                tracked == null ? Map.of() : tracked.counts(),
                new Paged("/actions?" + query + (query.isEmpty() ? "" : "&"), page, PAGE_SIZE,
                        tracked == null ? 0 : tracked.page().total()), query, statuses, recent, form), form);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.FACILITATOR)
    public Response csv(@BeanParam Filters filters) {
        Form form = Form.empty();
        Actions.Filter filter = filter(filters, form);
        if (form.hasErrors()) {
            throw ProblemException.invalid("owner", form.errorFor("owner"));
        }
        return Response.ok(ActionsCsv.write(actions.track(filter, 0, 0).page().items()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"actions.csv\"").build();
    }

    @GET
    @Path("mine")
    public View mine() {
        List<ActionRow> all = actions.ownedBy(user.requireMemberId(), 0, 100).items();
        return View.of("action/mine", new Mine(
                all.stream().filter(a -> ActionStatus.valueOf(a.status()).isStillOpen()).toList(),
                all.stream().filter(a -> !ActionStatus.valueOf(a.status()).isStillOpen()).toList()));
    }

    @GET
    @Path("{id: \\d+}")
    public View show(@PathParam("id") long id) {
        ActionRow action = actions.row(id);
        return one(action, updateNamed(Form.empty()).set("status", action.status()));
    }

    @POST
    @Path("{id: \\d+}/follow-ups")
    public Response update(@PathParam("id") long id, @BeanParam Fields fields) {
        ActionRow action = actions.row(id);
        if (!user.isFacilitator() && !user.is(action.ownerId())) {
            throw ProblemException.forbidden("Only the action's owner or a facilitator may add an update.");
        }
        Form form = updateNamed(Form.of(fields));
        String note = form.required("note", 4000);
        ActionStatus status = form.chosen("status", ActionStatus.class);
        if (!form.hasErrors()) {
            actions.followUp(id, note, status, null, null);
            return Pages.seeOther(request, "/actions/" + id, status == ActionStatus.DONE
                    ? "Marked done. The set will hear it at the next workshop."
                    : "Your update is saved. The set will hear it at the next workshop.");
        }
        return Response.status(400).entity(one(action, form)).build();
    }

    @GET
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public View correctForm(@PathParam("id") long id) {
        ActionRow action = actions.row(id);
        return View.of("action/correct", new Correct(action, correctNamed(Form.empty())
                .set("description", action.description()).set("owner", action.ownerName())
                .setDate("due", action.due()).set("version", action.version())));
    }

    @POST
    @Path("{id: \\d+}/change")
    @RolesAllowed(Roles.FACILITATOR)
    public Response correct(@PathParam("id") long id, @BeanParam Fields fields) {
        ActionRow action = actions.row(id);
        Form form = correctNamed(Form.of(fields));
        String description = form.required("description", 1000);
        Long owner = owner(form);
        LocalDate due = form.date("due");
        if (!form.hasErrors()) {
            try {
                actions.correct(id, description, owner, due, form.version());
                return Pages.seeOther(request, "/actions/" + id, "The action is changed");
            } catch (ProblemException refusal) {
                form.problem(refusal, "description");
            }
        }
        return Response.status(400).entity(View.form("action/correct", new Correct(action, form), form)).build();
    }

    @GET
    @Path("{id: \\d+}/delete")
    @RolesAllowed(Roles.FACILITATOR)
    public View confirmDelete(@PathParam("id") long id) {
        ActionRow action = actions.row(id);
        return View.of("action/delete", new Correct(action, Form.empty().set("version", action.version())));
    }

    @POST
    @Path("{id: \\d+}/delete")
    @RolesAllowed(Roles.FACILITATOR)
    public Response delete(@PathParam("id") long id, @FormParam("version") String version) {
        ActionRow action = actions.row(id);
        Form form = Form.empty().set("version", version);
        try {
            actions.delete(id, form.version());
            return Pages.seeOther(request, "/actions?workshop=" + action.agreedAtWorkshopId(),
                    "The action is deleted: " + action.description());
        } catch (ProblemException refusal) {
            form.problem(refusal, "version").anchor("version", "main-content");
            return Response.status(400).entity(View.form("action/delete", new Correct(action, form), form)).build();
        }
    }

    private View one(ActionRow action, Form form) {
        boolean mayUpdate = user.isFacilitator() || user.is(action.ownerId());
        return View.form("action/action", new One(action, actions.followUpsOf(action.id()), mayUpdate, form), form);
    }

    /** The tracker's filters as typed; an owner is named as people say them, and found by a query. */
    private Actions.Filter filter(Filters filters, Form form) {
        Long ownerId = null;
        if (filters.owner != null && !filters.owner.isBlank()) {
            Members.NameMatch found = members.named(filters.owner);
            ownerId = found.one().orElse(null);
            if (ownerId == null) {
                form.error("owner", found.refusal(filters.owner, ""));
            }
        }
        ActionStatus status = null;
        if (filters.status != null && !filters.status.isBlank()) {
            try {
                status = ActionStatus.valueOf(filters.status.strip());
            } catch (IllegalArgumentException e) {
                form.error("status", "Choose a status from the list");
            }
        }
        Long workshop = null;
        if (filters.workshop != null && !filters.workshop.isBlank()) {
            try {
                workshop = Long.valueOf(filters.workshop.strip());
            } catch (NumberFormatException e) {
                form.error("workshop", "Choose a workshop from the list");
            }
        }
        String department = filters.department == null || filters.department.isBlank() ? null
                : filters.department.strip();
        if (department != null && department.length() > 200) {
            form.error("department", "Department must be 200 characters or fewer");
        }
        return new Actions.Filter(ownerId, department, status, "true".equals(filters.overdue), workshop);
    }

    private static String query(Filters filters) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("owner", filters.owner);
        given.put("department", filters.department);
        given.put("status", filters.status);
        given.put("overdue", "true".equals(filters.overdue) ? "true" : null);
        given.put("workshop", filters.workshop);
        StringBuilder query = new StringBuilder();
        given.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private Long owner(Form form) {
        String typed = form.text("owner");
        if (typed == null) {
            form.error("owner", "Enter the name of the member who will do it");
            return null;
        }
        Members.NameMatch found = members.named(typed);
        if (found.one().isEmpty()) {
            form.error("owner", found.refusal(typed, ": check the name"));
        }
        return found.one().orElse(null);
    }

    private static Form updateNamed(Form form) {
        return form.name("note", "What has happened", "Say what has happened")
                .name("status", "Where it is now", "Choose where the action is now").choice("status");
    }

    private static Form correctNamed(Form form) {
        return form.name("description", "What will be done", "Enter what will be done")
                .name("owner", "Who", "Enter the name of the member who will do it")
                .name("due", "By when", "Enter a date").anchor("due", "due-day");
    }

    public static String status(String status) {
        return Option.label(STATUSES, status);
    }
}
