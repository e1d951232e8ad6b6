package org.alshub.notice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Logger;
import org.alshub.attendance.control.Attendances;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Attendance;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.attendance.entity.SeatGiven;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.Calendars;
import org.alshub.calendar.control.Feeds;
import org.alshub.calendar.control.IcsText;
import org.alshub.calendar.control.MemberFeeds;
import org.alshub.invitation.control.Invitations;
import org.alshub.invitation.entity.Invitation;
import org.alshub.mail.control.Outbox;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.notice.entity.Change;
import org.alshub.platform.problem.ProblemException;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.RecordDocument;
import org.alshub.record.control.Records;
import org.alshub.platform.web.Templates;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * Who is told what when a workshop changes. Every message is an iTIP REQUEST or CANCEL of the
 * person's own copy (their answer as PARTSTAT, a waiting place said as one), with an HTML and a
 * text part, queued in the outbox in the transaction of the change itself: the change and its
 * news commit together. The pages and the API move and cancel workshops through here.
 */
@org.alshub.audit.control.Audited
@ApplicationScoped
@Transactional
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class.getName());
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    Outbox outbox;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Rsvps rsvps;

    @Inject
    Invitations invitations;

    @Inject
    Members members;

    @Inject
    MemberFeeds memberFeeds;

    @Inject
    CalendarSettings settings;

    @Inject
    Attendances attendances;

    @Inject
    Records records;

    /** What a notice says first, and what its subject starts with. */
    public enum Kind {
        INVITATION, CHANGE, CANCELLATION, PLACE, WAITING, REMINDER
    }

    /**
     * What was done, how many people were told, and why nobody was when email is off (no mail
     * server, or the example organizer address).
     */
    public record Told<T>(T value, int told, Optional<String> notTold) {

        /** For a page's message after the change: ": 3 people told by email", why nobody was, or nothing. */
        public String said() {
            if (told > 0) {
                return ": " + people() + " told by email";
            }
            return notTold.map(reason -> ". " + reason).orElse("");
        }

        /** How many were told, in words: "1 person", "3 people". */
        public String people() {
            return told == 1 ? "1 person" : told + " people";
        }
    }

    /** One person a notice goes to: their own copy of the event, and the page they can follow it on. */
    record Person(String name, String email, Calendars.Invitee invitee, String reference, URI page, boolean guest) {
    }

    // --- moving and cancelling -----------------------------------------------------------

    /**
     * Moves or changes one workshop; with {@code tell}, everyone who answered going or maybe and
     * every guest is sent the update (REQUEST, SEQUENCE raised) saying what moved ("Now at 15:00 in
     * Room 3"). Only a change of time or place is news; more seats move the waiting list up.
     */
    public Told<Workshop> change(long id, Workshops.Plan plan, OptionalInt expectedVersion, boolean tell, URI base) {
        Workshop before = workshops.require(id);
        Change.Snapshot was = Change.Snapshot.of(before);
        Integer seatsBefore = before.capacity();
        Workshop after = workshops.change(id, plan, expectedVersion);
        if (seatsBefore != null && (after.capacity() == null || after.capacity() > seatsBefore)) {
            rsvps.fillFreeSeats(id);
        }
        Optional<String> moved = Change.between(was, Change.Snapshot.of(after));
        if (!tell || moved.isEmpty() || after.isCancelled()) {
            return new Told<>(after, 0, Optional.empty());
        }
        return tellEveryone(after, Kind.CHANGE, moved, base);
    }

    /** Cancels one workshop; with {@code tell}, everyone who answered going or maybe and every guest is sent CANCEL. */
    public Told<Workshop> cancel(long id, OptionalInt expectedVersion, boolean tell, URI base) {
        boolean already = workshops.require(id).isCancelled();
        Workshop cancelled = workshops.cancel(id, expectedVersion);
        if (!tell || already) {
            return new Told<>(cancelled, 0, Optional.empty());
        }
        return tellEveryone(cancelled, Kind.CANCELLATION, Optional.empty(), base);
    }

    /**
     * Changes a series from a date onward; with {@code tell}, the people of each occurrence that
     * moved or was cancelled by it are told, as for one workshop. Returns the new series.
     */
    public Told<WorkshopSeries> changeSeries(long id, WorkshopSeries.Change change, OptionalInt expectedVersion,
                                             boolean tell, URI base) {
        Map<Long, Change.Snapshot> before = new LinkedHashMap<>();
        for (Workshop w : workshops.ofSeries(id)) {
            if (w.occurrenceDate() != null && !w.occurrenceDate().isBefore(change.from())) {
                before.put(w.id(), Change.Snapshot.of(w));
            }
        }
        WorkshopSeries next = scheduler.changeFrom(id, change, expectedVersion);
        if (!tell) {
            return new Told<>(next, 0, Optional.empty());
        }
        int told = 0;
        Optional<String> notTold = Optional.empty();
        for (Map.Entry<Long, Change.Snapshot> was : before.entrySet()) {
            Workshop now = workshops.require(was.getKey());
            Told<Workshop> one = now.isCancelled() && !was.getValue().cancelled()
                    ? tellEveryone(now, Kind.CANCELLATION, Optional.empty(), base)
                    : Change.between(was.getValue(), Change.Snapshot.of(now))
                    .map(moved -> tellEveryone(now, Kind.CHANGE, Optional.of(moved), base))
                    .orElse(new Told<>(now, 0, Optional.empty()));
            told += one.told();
            notTold = notTold.or(one::notTold);
        }
        return new Told<>(next, told, notTold);
    }

    // --- invitations ---------------------------------------------------------------------

    /** The first email to a guest: their invitation, with the personal link only it and their page hold. */
    public Invitation invite(Invitations.Issued issued, URI base) {
        Invitation invitation = issued.invitation();
        Workshop workshop = workshops.require(invitation.workshopId());
        queue(Kind.INVITATION, workshop, guest(invitation, base.resolve("invitations/" + issued.token())), base,
                Optional.empty());
        return invitation;
    }

    /**
     * Emails a guest the workshop as it stands: the invitation again, the update (REQUEST, higher
     * SEQUENCE) or the cancellation. Refused (409) where email is off.
     */
    public Invitation emailInvitation(long invitationId, URI base) {
        Invitation invitation = invitations.find(invitationId).filter(i -> i.revokedAt() == null)
                .orElseThrow(() -> ProblemException.notFound("invitation"));
        Workshop workshop = workshops.require(invitation.workshopId());
        Kind kind = workshop.isCancelled() ? Kind.CANCELLATION : workshop.sequence() > 0 ? Kind.CHANGE : Kind.INVITATION;
        queue(kind, workshop, guest(invitation, null), base, Optional.empty());
        return invitation;
    }

    // --- the record -----------------------------------------------------------------------

    /**
     * Emails the workshop's record, as its page has it (HTML, with the Markdown as the text part),
     * to everyone recorded as having come who has an address: members, and guests who came by an
     * invitation; each address once. Who came without an invitation has no address here and is
     * counted in {@code notTold}.
     */
    public Told<Workshop> emailRecord(long workshopId, URI base) {
        Workshop workshop = workshops.require(workshopId);
        Optional<String> off = outbox.refusal();
        if (off.isPresent()) {
            return new Told<>(workshop, 0, off);
        }
        Agenda record = records.of(workshopId);
        String text = RecordDocument.text(record);
        String html = RecordDocument.html(record);
        String subject = "Record: " + workshop.title() + ", " + DAY_TIME.format(workshop.startLocal());
        Set<String> addresses = new HashSet<>();
        int told = 0;
        int noAddress = 0;
        record To(String name, String email, String reference) {
        }
        for (Attendance came : attendances.ofWorkshop(workshopId)) {
            Optional<To> to = came.memberId() != null
                    ? members.find(came.memberId()).filter(m -> !m.isErased())
                            .map(m -> new To(m.name(), m.email(), "member-" + m.id()))
                    : Optional.ofNullable(came.guestInvitationId()).flatMap(invitations::find)
                            .map(i -> new To(i.name(), i.email(), Invitations.REFERENCE + i.id()));
            if (to.isEmpty()) {
                noAddress++;
            } else if (addresses.add(key(to.get().email()))) {
                outbox.queue(new Outbox.Letter("RECORD", workshopId, to.get().reference(), to.get().name(),
                        to.get().email(), subject, text, html, null, null, base));
                told++;
            }
        }
        return new Told<>(workshop, told, noAddress == 0 ? Optional.empty()
                : Optional.of((noAddress == 1 ? "1 person who came has" : noAddress + " people who came have")
                        + " no email address here."));
    }

    // --- the waiting list ----------------------------------------------------------------

    /** A seat came free and went to the next person waiting: they are sent "You have a place" and their confirmed copy. */
    void seatGiven(@Observes SeatGiven given) {
        if (!outbox.open()) {
            return;
        }
        rsvps.find(given.rsvpId()).flatMap(rsvp -> person(rsvp, workshops.require(given.workshopId()), settings.base()))
                .ifPresent(person -> queue(Kind.PLACE, workshops.require(given.workshopId()), person, settings.base(),
                        Optional.empty()));
    }

    /**
     * Someone said yes from their calendar to a full workshop: they are told, with a REQUEST that
     * says so (TENTATIVE, free time), that they have a waiting place and no seat yet.
     */
    public void waitingPlace(Rsvp rsvp, URI base) {
        if (!outbox.open()) {
            return;
        }
        Workshop workshop = workshops.require(rsvp.workshopId());
        person(rsvp, workshop, base).ifPresent(person -> queue(Kind.WAITING, workshop, person, base, Optional.empty()));
    }

    // --- who, and what -------------------------------------------------------------------

    private Told<Workshop> tellEveryone(Workshop workshop, Kind kind, Optional<String> change, URI base) {
        Optional<String> off = outbox.refusal();
        if (off.isPresent()) {
            return new Told<>(workshop, 0, off);
        }
        List<Person> people = everyoneToTell(workshop, base);
        people.forEach(person -> queue(kind, workshop, person, base, change));
        LOG.info("Workshop " + workshop.id() + ": " + kind + " queued for " + people.size() + " people");
        return new Told<>(workshop, people.size(), Optional.empty());
    }

    /** Members who answered going (seated or waiting) or maybe, and every guest whose link still works; each once. */
    List<Person> everyoneToTell(Workshop workshop, URI base) {
        List<Person> people = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        for (Invitation invitation : invitations.open(workshop.id())) {
            if (addresses.add(key(invitation.email()))) {
                people.add(guest(invitation, null));
            }
        }
        Rsvps.Answers answers = rsvps.of(workshop.id());
        List<Rsvp> going = new ArrayList<>(answers.seated());
        going.addAll(answers.waiting());
        answers.others().stream().filter(r -> r.answer() == Answer.MAYBE).forEach(going::add);
        for (Rsvp rsvp : going) {
            if (rsvp.memberId() != null) {
                members.find(rsvp.memberId()).filter(m -> addresses.add(key(m.email())))
                        .ifPresent(m -> people.add(member(m, workshop, base)));
            }
        }
        return people;
    }

    private Optional<Person> person(Rsvp rsvp, Workshop workshop, URI base) {
        if (rsvp.memberId() != null) {
            return members.find(rsvp.memberId()).map(m -> member(m, workshop, base));
        }
        return invitations.find(rsvp.guestInvitationId()).filter(i -> i.revokedAt() == null).map(i -> guest(i, null));
    }

    private Person member(Member member, Workshop workshop, URI base) {
        return new Person(member.name(), member.email(), memberFeeds.invitee(member, workshop),
                "member-" + member.id(), base.resolve("workshops/" + workshop.id()), false);
    }

    /** A guest; their page's link only when we still hold its token (in the first email). */
    private Person guest(Invitation invitation, URI page) {
        return new Person(invitation.name(), invitation.email(), invitations.invitee(invitation),
                Invitations.REFERENCE + invitation.id(), page, true);
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void queue(Kind kind, Workshop workshop, Person person, URI base, Optional<String> change) {
        URI file = Feeds.links(base).apply(workshop);
        String ics = IcsText.write(settings.calendars().workshop(workshop, Optional.of(person.invitee()), file));
        Mail mail = mail(kind, workshop, person, change);
        outbox.queue(new Outbox.Letter(kind.name(), workshop.id(), person.reference(), person.name(), person.email(),
                subject(kind, workshop, person, change), Templates.text("mail/notice", mail),
                Templates.document("mail/notice", mail), ics, workshop.isCancelled() ? "CANCEL" : "REQUEST", base));
    }

    String subject(Kind kind, Workshop workshop, Person person, Optional<String> change) {
        String what = workshop.title() + ", " + DAY_TIME.format(workshop.startLocal());
        return switch (kind) {
            case INVITATION -> "Invitation: " + what;
            case CHANGE -> "Changed: " + what;
            case CANCELLATION -> "Cancelled: " + what;
            case PLACE -> "You have a place: " + what;
            case WAITING -> person.invitee().waitingNote().orElse("Waiting list") + ": " + what;
            case REMINDER -> "Reminder: " + what;
        };
    }

    Mail mail(Kind kind, Workshop workshop, Person person, Optional<String> change) {
        List<String> paragraphs = new ArrayList<>();
        String heading;
        String linkText = person.guest() ? "Answer, and add it to your calendar" : "See the workshop";
        switch (kind) {
            case INVITATION -> {
                heading = "You are invited";
                paragraphs.add("You are invited to the workshop of the Action Learning Set below. No account is needed.");
                paragraphs.add("Say whether you can come with the buttons your calendar shows for this email, "
                        + (person.page() != null ? "or on your invitation page." : "or on the invitation page our first email linked to."));
            }
            case CHANGE -> {
                heading = change.map(c -> "Changed: " + c).orElse("The workshop as it stands now");
                paragraphs.add(change.isPresent() ? "The workshop below has changed. " + change.get() + "."
                        : "Here is the workshop below as it stands now.");
                paragraphs.add("Opening this email updates it in your calendar.");
            }
            case CANCELLATION -> {
                heading = "Cancelled";
                paragraphs.add("The workshop below is cancelled. We are sorry.");
                paragraphs.add("Opening this email takes it out of your calendar.");
            }
            case PLACE -> {
                heading = "You have a place";
                paragraphs.add("A seat came free and it is yours: you are no longer on the waiting list.");
                paragraphs.add("Opening this email marks it confirmed in your calendar. If you cannot come after all, "
                        + "decline it there, so the next person waiting gets the seat.");
            }
            case WAITING -> {
                heading = person.invitee().waitingNote().orElse("Waiting list");
                paragraphs.add("Thank you for saying you will come. The workshop is full, so you are on the waiting "
                        + "list: place " + person.invitee().waitingPlace() + ". There is no seat for you yet.");
                paragraphs.add("If a seat comes free it is yours in turn, and we will email you. Until then your "
                        + "calendar shows it as tentative and free time.");
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        if (person.guest() && person.page() == null) {
            linkText = null;
        }
        return new Mail(settings.organizerName(), "Hello " + person.name() + ",", heading, paragraphs,
                details(workshop), List.of(), linkText, linkText == null ? null : person.page().toString(),
                footer());
    }

    List<Mail.Row> details(Workshop workshop) {
        List<Mail.Row> rows = new ArrayList<>();
        rows.add(new Mail.Row("What", workshop.title()));
        rows.add(new Mail.Row("When", DAY_TIME.format(workshop.startLocal()) + " to "
                + TIME.format(workshop.endLocal()) + " (" + workshop.zone().getId() + ")"));
        if (workshop.location() != null && !workshop.location().isBlank()) {
            rows.add(new Mail.Row("Where", workshop.location()));
        }
        if (workshop.agendaNotes() != null && !workshop.agendaNotes().isBlank()) {
            rows.add(new Mail.Row("Agenda", workshop.agendaNotes()));
        }
        return rows;
    }

    String footer() {
        return "Sent by " + settings.organizerName() + " (" + settings.organizerEmail() + "). Your calendar's "
                + "answer comes back to this address.";
    }
}
