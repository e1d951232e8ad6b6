package org.alshub.record.boundary;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.Actions;
import org.alshub.action.control.FollowUpRow;
import org.alshub.action.entity.ActionStatus;
import org.alshub.attendance.control.Attendances;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.invitation.control.Invitations;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Option;
import org.alshub.platform.web.Pages;
import org.alshub.platform.web.View;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.Records;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/**
 * The facilitator's console for the session itself, at /workshops/{id}/console: the agenda with
 * carried-over actions, who came, a quick action form and follow-ups. Plain forms, one page, so
 * it works from the keyboard and without JavaScript. It lives with the agenda it shows, under
 * the workshop's address.
 */
@Path("workshops/{id: \\d+}/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FACILITATOR)
public class ConsolePages {

    /** The members offered in the checklist and the owner box (the browser suggests their names). */
    private static final int MEMBER_LIMIT = 2000;

    /** A follow-up's choices, the likeliest news first; the words are the tracker's (ActionStatus.label). */
    public static final List<Option> STATUSES = java.util.stream.Stream.of(ActionStatus.IN_PROGRESS, ActionStatus.DONE,
            ActionStatus.OPEN, ActionStatus.DROPPED).map(s -> new Option(s.name(), s.label())).toList();

    @Inject
    Records records;

    @Inject
    Actions actions;

    @Inject
    Attendances attendances;

    @Inject
    Rsvps rsvps;

    @Inject
    Members members;

    @Inject
    Invitations invitations;

    @Inject
    Workshops workshops;

    @Inject
    CurrentUser user;

    @Context
    HttpServletRequest request;

    /** A guest's answer as the console tags it; {@code byEmail} when it came from their calendar. */
    public record Guest(String name, String answer, String colour, boolean byEmail) {
    }

    /**
     * The console; {@code heard} holds what the set has heard so far about each carried-over
     * action (between workshops too); {@code justAgreed} puts the cursor back in the action form.
     */
    public record Console(Agenda agenda, long going, int waiting, List<Guest> guests, List<Option> people,
                          List<String> names, List<Option> followActions, Map<Long, List<FollowUpRow>> heard,
                          List<FollowUpRow> sinceLast, boolean justAgreed, Form form) {

        public List<FollowUpRow> heardAbout(long actionId) {
            return heard.getOrDefault(actionId, List.of());
        }
    }

    public static class Fields {
        @FormParam("present")
        public List<String> present;
        @FormParam("description")
        public String description;
        @FormParam("owner")
        public String owner;
        @FormParam("due")
        public String due;
        @FormParam("followAction")
        public String followAction;
        @FormParam("note")
        public String note;
        @FormParam("status")
        public String status;
    }

    @GET
    public View console(@PathParam("id") long id, @QueryParam("agreed") String agreed) {
        return page(id, named(Form.empty()), agreed != null);
    }

    @POST
    @Path("attendance")
    public Response attendance(@PathParam("id") long id, @BeanParam Fields fields) {
        Form form = named(Form.of(fields));
        Set<Long> ticked = new HashSet<>();
        Set<Long> guestInvitations = new HashSet<>();
        for (String value : form.all("present")) {
            try {
                if (value.startsWith("guest-")) {
                    guestInvitations.add(Long.valueOf(value.substring(6)));
                } else {
                    ticked.add(Long.valueOf(value));
                }
            } catch (NumberFormatException e) {
                form.error("present", "Tick who came from the list");
            }
        }
        if (!form.hasErrors()) {
            try {
                List<Attendances.Guest> guests = rsvps.of(id).seated().stream()
                        .filter(r -> r.guestInvitationId() != null && guestInvitations.contains(r.guestInvitationId()))
                        .map(r -> new Attendances.Guest(r.guestName(), r.guestInvitationId())).toList();
                int came = attendances.replace(id, ticked, guests, user.requireMemberId()).size();
                return Pages.seeOther(request, home(id) + "#attendance", "Attendance saved: " + came
                        + (came == 1 ? " person" : " people"));
            } catch (ProblemException refusal) {
                form.problem(refusal, "present");
            }
        }
        return Response.status(400).entity(page(id, form, false)).build();
    }

    @POST
    @Path("action")
    public Response action(@PathParam("id") long id, @BeanParam Fields fields) {
        Form form = named(Form.of(fields));
        String description = form.required("description", 1000);
        Long owner = owner(form);
        LocalDate due = form.typedDate("due", actions.today());
        if (!form.hasErrors()) {
            try {
                actions.agree(new Actions.Agreement(description, owner, due, null, null, id));
                // back with the cursor in "What will be done" for the next one, just below the new action (no
                // #fragment: browsers skip autofocus when the address points into the page)
                return Pages.seeOtherToCarryOn(request, home(id) + "?agreed", "Action agreed: " + description);
            } catch (ProblemException refusal) {
                form.problem(refusal, "description");
            }
        }
        return Response.status(400).entity(page(id, form, false)).build();
    }

    @POST
    @Path("follow-up")
    public Response followUp(@PathParam("id") long id, @BeanParam Fields fields) {
        Form form = named(Form.of(fields));
        Long actionId = null;
        try {
            actionId = Long.valueOf(form.value("followAction"));
        } catch (NumberFormatException e) {
            form.error("followAction", "Choose the action you heard about");
        }
        String note = form.required("note", 4000);
        ActionStatus status = form.chosen("status", ActionStatus.class);
        if (!form.hasErrors()) {
            try {
                actions.followUp(actionId, note, status, id, null);
                return Pages.seeOther(request, home(id) + "#carried-over", "Follow-up recorded");
            } catch (ProblemException refusal) {
                form.problem(refusal, "note");
            }
        }
        return Response.status(400).entity(page(id, form, false)).build();
    }

    /** A status as the console says it: "In progress", "Done"... */
    public static String statusName(String status) {
        return Option.label(STATUSES, status);
    }

    private static String home(long id) {
        return "/workshops/" + id + "/console";
    }

    private static Form named(Form form) {
        return form.name("present", "Who came", "Tick who came").choice("present")
                .name("description", "What will be done", "Enter what will be done")
                .name("owner", "Who", "Enter the name of the member who will do it")
                .name("due", "By when", "Enter a date")
                .name("followAction", "Action", "Choose the action you heard about").choice("followAction")
                .name("note", "What the set heard", "Enter what the set heard")
                .name("status", "Status", "Choose a status").choice("status");
    }

    /** The member whose name was typed: an exact name first, else the one name that contains it. */
    private Long owner(Form form) {
        String typed = form.text("owner");
        if (typed == null) {
            form.error("owner", "Enter the name of the member who will do it");
            return null;
        }
        Members.NameMatch found = members.named(typed);
        if (found.one().isEmpty()) {
            form.error("owner", found.refusal(typed, ": choose a name from the list"));
        }
        return found.one().orElse(null);
    }

    private View page(long id, Form form, boolean justAgreed) {
        Agenda agenda = records.of(id);
        Rsvps.Answers answers = rsvps.of(id);
        List<Member> everyone = members.search(null, false, 0, MEMBER_LIMIT).items().stream()
                .filter(m -> !m.isErased()).toList();
        if (form.all("due").isEmpty()) {
            // not sent (another form of the page): four weeks from today, as the hint says
            form.set("due", Dates.typed(actions.today().plusWeeks(4)));
        }
        if (form.value("status").isEmpty()) {
            form.set("status", "IN_PROGRESS");
        }
        if (form.errorFor("present") == null) {
            form.setAll("present", attendances.ofWorkshop(id).stream()
                    .map(a -> a.memberId() != null ? String.valueOf(a.memberId())
                            : a.guestInvitationId() != null ? "guest-" + a.guestInvitationId() : "")
                    .filter(v -> !v.isEmpty()).toList());
        }
        List<Rsvp> all = new ArrayList<>(answers.seated());
        all.addAll(answers.waiting());
        all.addAll(answers.others());
        List<Guest> guests = all.stream().filter(r -> r.guestInvitationId() != null)
                .map(r -> r.isWaiting() ? new Guest(r.guestName(), "Waiting", "yellow", r.answeredByEmail()) : switch (r.answer()) {
                    case GOING -> new Guest(r.guestName(), "Accepted", "green", r.answeredByEmail());
                    case MAYBE -> new Guest(r.guestName(), "Maybe", "blue", r.answeredByEmail());
                    case NOT_GOING -> new Guest(r.guestName(), "Declined", "grey", r.answeredByEmail());
                }).toList();
        long going = answers.seated().stream().filter(r -> r.answer() == Answer.GOING).count();
        return View.form("record/console", new Console(agenda, going, answers.waiting().size(), guests,
                people(answers, everyone, guestEmails(id)), everyone.stream().map(Member::name).toList(),
                agenda.carriedOver().stream().map(a -> new Option(String.valueOf(a.id()),
                        a.description() + " (" + a.ownerName() + ")")).toList(),
                actions.followUpsOf(agenda.carriedOver().stream().map(ActionRow::id).toList()), sinceLast(id),
                justAgreed, form), form);
    }

    /** What owners said about their actions between the last workshop and this one (done ones too). */
    private List<FollowUpRow> sinceLast(long id) {
        Workshop workshop = workshops.require(id);
        LocalDate day = workshop.startLocal().toLocalDate();
        LocalDate after = workshops.before(workshop).map(w -> w.startLocal().toLocalDate()).orElse(day.minusYears(1));
        return actions.heardBetween(after, day);
    }

    /** The email each guest was invited at, by invitation. */
    private Map<Long, String> guestEmails(long workshopId) {
        Map<Long, String> emails = new HashMap<>();
        invitations.of(workshopId, user.requireMemberId(), true)
                .forEach(i -> emails.put(i.id(), i.email().toLowerCase(Locale.ROOT)));
        return emails;
    }

    /**
     * Who may have come: those who said they were coming first, then maybes, then everyone else.
     * A guest invited at a member's own address is that member, listed once.
     */
    private static List<Option> people(Rsvps.Answers answers, List<Member> everyone, Map<Long, String> guestEmails) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<String, Long> byEmail = new HashMap<>();
        everyone.forEach(m -> {
            names.put(m.id(), m.name());
            byEmail.put(m.email().toLowerCase(Locale.ROOT), m.id());
        });
        Map<String, String> options = new LinkedHashMap<>();
        for (Rsvp r : answers.seated()) {
            Long member = r.memberId() != null ? r.memberId()
                    : r.guestInvitationId() == null ? null : byEmail.get(guestEmails.get(r.guestInvitationId()));
            if (member != null && names.containsKey(member)) {
                options.putIfAbsent(String.valueOf(member), names.get(member) + " (said going)");
            } else if (r.guestInvitationId() != null) {
                options.put("guest-" + r.guestInvitationId(), r.guestName() + " (guest)");
            }
        }
        for (Rsvp r : answers.others()) {
            if (r.memberId() != null && r.answer() == Answer.MAYBE && names.containsKey(r.memberId())) {
                options.put(String.valueOf(r.memberId()), names.get(r.memberId()) + " (said maybe)");
            }
        }
        names.forEach((memberId, name) -> options.putIfAbsent(String.valueOf(memberId), name));
        List<Option> choices = new ArrayList<>();
        options.forEach((value, label) -> choices.add(new Option(value, label)));
        return choices;
    }
}
