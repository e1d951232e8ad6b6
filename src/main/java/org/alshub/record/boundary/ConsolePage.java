package org.alshub.record.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.Actions;
import org.alshub.action.entity.ActionStatus;
import org.alshub.attendance.control.Attendances;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Attendance;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.Records;

/**
 * The facilitator's console for the session itself, at /workshops/{id}/console (the workshop
 * pages forward here, so this feature's code stays out of the workshop package): the agenda with
 * carried-over actions, who came, a quick action form and follow-ups. Plain forms, one page, so
 * it works from the keyboard and without JavaScript.
 */
@WebServlet("/workshop-console/*")
public class ConsolePage extends PageServlet {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})(?:\\D+(\\d{2}|\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MEMBER_LIMIT = 2000;

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
    CurrentUser user;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length != 1) {
            throw ProblemException.notFound("page");
        }
        long id = id(path[0]);
        console(request, response, id, Form.empty().set("due", actions.today().plusWeeks(4).format(DUE)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length != 2) {
            throw ProblemException.notFound("page");
        }
        long id = id(path[0]);
        switch (path[1]) {
            case "attendance" -> attendance(request, response, id);
            case "action" -> action(request, response, id);
            case "follow-up" -> followUp(request, response, id);
            default -> throw ProblemException.notFound("page");
        }
    }

    private static String home(long id) {
        return "/workshops/" + id + "/console";
    }

    private static Form named(Form form) {
        return form.name("present", "Who came", "Tick who came")
                .name("description", "What", "Enter what will be done")
                .name("owner", "Who", "Enter the name of the member who will do it")
                .name("due", "By when", "Enter a date")
                .name("followAction", "Action", "Choose the action you heard about")
                .name("note", "What the set heard", "Enter what the set heard")
                .name("status", "Status", "Choose a status");
    }

    // --- changes ------------------------------------------------------------------------------

    private void attendance(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        Form form = named(Form.read(request));
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
                List<Attendance> present = attendances.record(id, ticked, guests, user.requireMemberId());
                for (Attendance a : present) {
                    boolean unticked = a.memberId() != null ? !ticked.contains(a.memberId())
                            : a.guestInvitationId() != null && !guestInvitations.contains(a.guestInvitationId());
                    if (unticked) {
                        attendances.remove(id, a.id());
                    }
                }
                redirectWith(request, response, home(id) + "#attendance", "Attendance saved: "
                        + (ticked.size() + guests.size()) + (ticked.size() + guests.size() == 1 ? " person" : " people"));
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "present");
            }
        }
        console(request, response, id, form.set("due", actions.today().plusWeeks(4).format(DUE)));
    }

    private void action(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        Form form = named(Form.read(request));
        String description = form.text("description");
        if (description == null) {
            form.error("description", "Enter what will be done");
        } else if (description.length() > 1000) {
            form.error("description", "What will be done must be 1,000 characters or fewer");
        }
        Long owner = owner(form);
        LocalDate due = due(form, actions.today());
        if (!form.hasErrors()) {
            try {
                actions.agree(new Actions.Agreement(description, owner, due, null, null, id));
                redirectWith(request, response, home(id) + "#agreed", "Action agreed: " + description);
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "description");
            }
        }
        console(request, response, id, form);
    }

    private void followUp(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        Form form = named(Form.read(request));
        Long actionId = null;
        try {
            actionId = Long.valueOf(form.value("followAction"));
        } catch (NumberFormatException e) {
            form.error("followAction", "Choose the action you heard about");
        }
        String note = form.text("note");
        if (note == null) {
            form.error("note", "Enter what the set heard");
        } else if (note.length() > 4000) {
            form.error("note", "What the set heard must be 4,000 characters or fewer");
        }
        ActionStatus status = null;
        try {
            status = ActionStatus.valueOf(form.value("status"));
        } catch (IllegalArgumentException e) {
            form.error("status", "Choose a status");
        }
        if (!form.hasErrors()) {
            try {
                actions.followUp(actionId, note, status, id, null);
                redirectWith(request, response, home(id) + "#carried-over", "Follow-up recorded");
                return;
            } catch (ProblemException refusal) {
                form.problem(refusal, "note");
            }
        }
        console(request, response, id, form.set("due", actions.today().plusWeeks(4).format(DUE)));
    }

    /** The member whose name was typed: an exact name first, else the one name that contains it. */
    private Long owner(Form form) {
        String typed = form.text("owner");
        if (typed == null) {
            form.error("owner", "Enter the name of the member who will do it");
            return null;
        }
        String key = typed.toLowerCase(Locale.ROOT);
        List<Member> everyone = people();
        List<Member> exact = everyone.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(key)).toList();
        List<Member> found = exact.isEmpty()
                ? everyone.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).contains(key)).toList() : exact;
        if (found.size() == 1) {
            return found.get(0).id();
        }
        form.error("owner", found.isEmpty() ? "No member is called " + typed + ": choose a name from the list"
                : found.size() + " members match " + typed + ": type more of the name");
        return null;
    }

    /** A date as people type it in a hurry: 24/2/2027, 24 2 27, 24/2 (the next such day), 2027-02-24. */
    static LocalDate due(Form form, LocalDate today) {
        String text = form.text("due");
        if (text == null) {
            return null;
        }
        try {
            if (ISO.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                int day = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    LocalDate date = LocalDate.of(today.getYear(), month, day);
                    return date.isBefore(today) ? date.plusYears(1) : date;
                }
                int year = Integer.parseInt(m.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, month, day);
            }
        } catch (DateTimeException e) {
            // worded below
        }
        form.error("due", "By when must be a real date, like 24/2/2027");
        return null;
    }

    private List<Member> people() {
        return members.search(null, false, 0, MEMBER_LIMIT).items().stream().filter(m -> !m.isErased()).toList();
    }

    // --- the page -----------------------------------------------------------------------------

    private void console(HttpServletRequest request, HttpServletResponse response, long id, Form form)
            throws IOException {
        Agenda agenda = records.of(id);
        Agenda.Session w = agenda.workshop();
        Rsvps.Answers answers = rsvps.of(id);
        List<Member> everyone = people();
        Html main = Html.of("""
                {}{}
                <span class="govuk-caption-l">Workshop console</span>
                <h1 class="govuk-heading-l">{}</h1>
                <p class="govuk-body">{}, {}{}</p>
                <p class="govuk-body"><a class="govuk-link" href="/workshops/{}">Workshop details</a></p>
                {}{}{}{}{}{}
                """,
                Govuk.success(flash(request)), Govuk.errorSummary(form), w.title(),
                Dates.day(w.start().toLocalDate()), Dates.times(w.start().toLocalTime(), w.end().toLocalTime()),
                w.location() == null ? "" : " at " + w.location(), w.id(),
                brought(agenda), answers(answers), attendanceForm(request, id, form, agenda, answers, everyone),
                actionForm(request, id, form, everyone), agreed(agenda),
                carriedOver(request, id, form, agenda.carriedOver()));
        render(request, response, form.hasErrors() ? 400 : 200,
                (form.hasErrors() ? "Error: " : "") + "Console: " + w.title(), main);
    }

    private static Html brought(Agenda agenda) {
        Html items = agenda.brought().isEmpty()
                ? Govuk.p("No projects have been brought to this workshop yet.")
                : Html.of("<ol class=\"govuk-list govuk-list--number\">{}</ol>", Html.each(agenda.brought(), b -> Html.of("""
                        <li><h3 class="govuk-heading-s govuk-!-margin-bottom-1">{}</h3>
                        <p class="govuk-body-s govuk-!-margin-bottom-1">{}{}</p>
                        <ol class="govuk-list govuk-list--bullet">{}</ol></li>
                        """, b.title(), b.ownerName() == null ? "" : b.ownerName(),
                        b.department() == null ? "" : ", " + b.department(),
                        Html.each(b.challenges(), q -> Html.of("<li class=\"app-wrap\">{}{}</li>", q.question(),
                                q.raisedByName() == null ? "" : " (" + q.raisedByName() + ")")))));
        return Html.of("<h2 class=\"govuk-heading-m\" id=\"agenda\">Agenda</h2>{}", items);
    }

    private static Html answers(Rsvps.Answers answers) {
        List<Govuk.Row> rows = new ArrayList<>();
        List<Rsvp> all = new ArrayList<>(answers.seated());
        all.addAll(answers.waiting());
        all.addAll(answers.others());
        long going = answers.seated().stream().filter(r -> r.answer() == Answer.GOING).count();
        List<Rsvp> guests = all.stream().filter(r -> r.guestInvitationId() != null).toList();
        Html guestList = guests.isEmpty() ? Govuk.p("No guests have answered their invitations yet.")
                : Html.of("<ul class=\"govuk-list\" id=\"guests\">{}</ul>", Html.each(guests, g -> Html.of(
                        "<li class=\"app-wrap\">{} {}</li>", g.guestName(), answerTag(g))));
        rows.add(new Govuk.Row("Going", Html.of("{}", going)));
        rows.add(new Govuk.Row("Waiting for a place", Html.of("{}", answers.waiting().size())));
        return Html.of("<h2 class=\"govuk-heading-m\" id=\"answers\">Answers</h2>{}<h3 class=\"govuk-heading-s\">Guests</h3>{}",
                Govuk.summaryList(rows), guestList);
    }

    private static Html answerTag(Rsvp rsvp) {
        if (rsvp.isWaiting()) {
            return Govuk.tag("Waiting", "yellow");
        }
        return switch (rsvp.answer()) {
            case GOING -> Govuk.tag("Accepted", "green");
            case MAYBE -> Govuk.tag("Maybe", "blue");
            case NOT_GOING -> Govuk.tag("Declined", "grey");
        };
    }

    private Html attendanceForm(HttpServletRequest request, long id, Form form, Agenda agenda,
                                       Rsvps.Answers answers, List<Member> everyone) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        everyone.forEach(m -> names.put(m.id(), m.name()));
        for (Rsvp r : answers.seated()) {
            if (r.memberId() != null && names.containsKey(r.memberId())) {
                options.put(String.valueOf(r.memberId()), names.get(r.memberId()) + " (said going)");
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
        List<Govuk.Option> choices = new ArrayList<>();
        options.forEach((value, label) -> choices.add(new Govuk.Option(value, label)));
        Form shown = form;
        if (!form.hasErrors() || form.errorFor("present") == null) {
            shown.setAll("present", attendances.ofWorkshop(id).stream()
                    .map(a -> a.memberId() != null ? String.valueOf(a.memberId())
                            : a.guestInvitationId() != null ? "guest-" + a.guestInvitationId() : "")
                    .filter(v -> !v.isEmpty()).toList());
        }
        return Html.of("""
                <h2 class="govuk-heading-m" id="attendance">Who came</h2>
                <form method="post" action="/workshops/{}/console/attendance" novalidate>{}
                {}{}</form>
                """, id, Csrf.field(request),
                Govuk.checkboxes(shown, "present", "Tick everyone who is here", "Those who said they were coming come first.",
                        choices),
                Govuk.button("Save attendance"));
    }

    private static Html actionForm(HttpServletRequest request, long id, Form form, List<Member> everyone) {
        return Html.of("""
                <h2 class="govuk-heading-m" id="new-action">Agree an action</h2>
                <form method="post" action="/workshops/{}/console/action" novalidate>{}
                {}{}
                <datalist id="member-names">{}</datalist>
                {}{}</form>
                """, id, Csrf.field(request),
                Govuk.input(form, "description", "What will be done", null, "text", "off", null),
                ownerInput(form),
                Html.each(everyone, m -> Html.of("<option value=\"{}\"></option>", m.name())),
                Govuk.input(form, "due", "By when", "For example, 24/2/2027. Leave it for four weeks from today.",
                        "text", "off", "govuk-input--width-10"),
                Govuk.button("Agree action"));
    }

    /** A text input with the members' names as suggestions: the browser offers them, no script needed. */
    private static Html ownerInput(Form form) {
        String error = form.errorFor("owner");
        return Html.of("""
                <div class="govuk-form-group{}">
                <label class="govuk-label govuk-label--s" for="owner">Who will do it</label>
                <div id="owner-hint" class="govuk-hint">Type their name</div>{}
                <input class="govuk-input govuk-!-width-two-thirds{}" id="owner" name="owner" type="text" list="member-names"
                 value="{}" autocomplete="off" aria-describedby="owner-hint{}">
                </div>
                """, error == null ? "" : " govuk-form-group--error",
                error == null ? Html.EMPTY : Html.of("<p id=\"owner-error\" class=\"govuk-error-message\">"
                        + "<span class=\"govuk-visually-hidden\">Error:</span> {}</p>", error),
                error == null ? "" : " govuk-input--error", form.value("owner"), error == null ? "" : " owner-error");
    }

    private static Html agreed(Agenda agenda) {
        Html list = agenda.agreed().isEmpty() ? Govuk.p("No actions agreed at this workshop yet.")
                : Html.of("<ul class=\"govuk-list govuk-list--bullet\">{}</ul>", Html.each(agenda.agreed(), a -> Html.of(
                        "<li class=\"app-wrap\">{} – {}{}</li>", a.description(), a.ownerName(),
                        a.due() == null ? "" : ", by " + Dates.shortDay(a.due()))));
        return Html.of("<h2 class=\"govuk-heading-m\" id=\"agreed\">Agreed at this workshop</h2>{}", list);
    }

    private static Html carriedOver(HttpServletRequest request, long id, Form form, List<ActionRow> open) {
        if (open.isEmpty()) {
            return Html.of("<h2 class=\"govuk-heading-m\" id=\"carried-over\">Carried over</h2>{}",
                    Govuk.p("No actions are open from earlier workshops."));
        }
        List<List<Html>> rows = new ArrayList<>();
        for (ActionRow a : open) {
            rows.add(List.of(Html.of("<span class=\"app-wrap\">{}</span>", a.description()),
                    Html.of("{}", a.ownerName()),
                    Html.of("{}{}", a.due() == null ? "No date" : Dates.shortDay(a.due()),
                            a.overdue() ? Html.of(" {}", Govuk.tag("Overdue", "red")) : Html.EMPTY)));
        }
        List<Govuk.Option> choices = open.stream().map(a -> new Govuk.Option(String.valueOf(a.id()),
                a.description() + " (" + a.ownerName() + ")")).toList();
        List<Govuk.Option> statuses = List.of(new Govuk.Option("IN_PROGRESS", "In progress"),
                new Govuk.Option("DONE", "Done"), new Govuk.Option("OPEN", "Not started"),
                new Govuk.Option("DROPPED", "Dropped"));
        Form shown = form.value("status").isEmpty() ? form.set("status", "IN_PROGRESS") : form;
        return Html.of("""
                <h2 class="govuk-heading-m" id="carried-over">Carried over</h2>
                <div class="app-table-scroll" role="region" aria-label="Actions carried over" tabindex="0">{}</div>
                <h3 class="govuk-heading-s">Record a follow-up</h3>
                <form method="post" action="/workshops/{}/console/follow-up" novalidate>{}
                {}{}{}{}</form>
                """,
                Govuk.table("Actions still open from earlier workshops", List.of("Action", "Who", "By when"), rows),
                id, Csrf.field(request),
                Govuk.radios(shown, "followAction", "Which action", null, choices),
                Govuk.textarea(shown, "note", "What the set heard", null),
                Govuk.radios(shown, "status", "Status now", null, statuses),
                Govuk.button("Record follow-up"));
    }
}
