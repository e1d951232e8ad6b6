package org.alshub.notice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.alshub.action.control.Actions;
import org.alshub.action.control.ActionRow;
import org.alshub.action.entity.ActionItem;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.invitation.control.Invitations;
import org.alshub.invitation.entity.Invitation;
import org.alshub.mail.control.Outbox;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.web.Templates;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.Records;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * als.reminder.days (2) days before a workshop, everyone with a seat is emailed a reminder with
 * the agenda (what is brought, what is carried over) and, for members, the actions they still owe.
 * Once per workshop and start: a workshop moved later is reminded again before its new date.
 */
@org.alshub.audit.control.Audited
@ApplicationScoped
@Transactional
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** A reminder stays readable: longer lists end with "and N more" and the link. */
    static final int MOST_ITEMS = 25;

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "als.reminder.days", defaultValue = "2")
    int days;

    @Inject
    Workshops workshops;

    @Inject
    Rsvps rsvps;

    @Inject
    Members members;

    @Inject
    Invitations invitations;

    @Inject
    Actions actions;

    @Inject
    Records records;

    @Inject
    Outbox outbox;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Inject
    Clock clock;

    /** The workshops whose reminders are due now (none while email is off), soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due() {
        if (!outbox.open()) {
            return List.of();
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select w.id from workshop w where w.status <> 'CANCELLED' "
                        + "and w.starts_at_utc > ? and w.starts_at_utc <= ? and not exists (select 1 from workshop_reminder r "
                        + "where r.workshop_id = w.id and r.starts_at_utc = w.starts_at_utc) order by w.starts_at_utc")
                .setParameter(1, utc(now)).setParameter(2, utc(now.plus(Duration.ofDays(days)))).getResultList();
        return due.stream().map(Number::longValue).toList();
    }

    /** Queues one workshop's reminders (one audited change); returns how many people were reminded. */
    public int remind(long workshopId) {
        return remind(workshops.require(workshopId), settings.base());
    }

    private int remind(Workshop workshop, URI base) {
        Agenda agenda = records.of(workshop.id());
        List<String> brought = new ArrayList<>();
        for (Agenda.Brought project : agenda.brought()) {
            brought.add(project.title() + " (" + project.ownerName() + "): "
                    + String.join("; ", project.challenges().stream().map(Agenda.Question::question).toList()));
        }
        List<String> carried = agenda.carriedOver().stream().map(Reminders::action).toList();
        int reminded = 0;
        for (Rsvp seat : rsvps.of(workshop.id()).seated()) {
            if (seat.memberId() != null) {
                Member member = members.find(seat.memberId()).orElse(null);
                if (member != null) {
                    List<String> owed = actions.stillOwedBy(member.id()).stream().map(Reminders::owed).toList();
                    queue(workshop, member.name(), member.email(), "member-" + member.id(),
                            base.resolve("workshops/" + workshop.id()), brought, carried, owed, base);
                    reminded++;
                }
            } else {
                Invitation guest = invitations.find(seat.guestInvitationId()).filter(i -> i.revokedAt() == null)
                        .orElse(null);
                if (guest != null) {
                    queue(workshop, guest.name(), guest.email(), Invitations.REFERENCE + guest.id(), null, brought,
                            carried, List.of(), base);
                    reminded++;
                }
            }
        }
        em.createNativeQuery("delete from workshop_reminder where workshop_id = ?").setParameter(1, workshop.id())
                .executeUpdate();
        em.createNativeQuery("insert into workshop_reminder (workshop_id, starts_at_utc, sent_at) values (?, ?, ?)")
                .setParameter(1, workshop.id()).setParameter(2, utc(workshop.startInstant()))
                .setParameter(3, utc(clock.instant())).executeUpdate();
        LOG.info("Workshop " + workshop.id() + ": reminders queued for " + reminded + " people");
        return reminded;
    }

    private void queue(Workshop workshop, String name, String email, String reference, URI page, List<String> brought,
                       List<String> carried, List<String> owed, URI base) {
        List<Mail.Section> sections = List.of(
                new Mail.Section("Brought to this workshop", most(brought)),
                new Mail.Section("Carried over from earlier workshops", most(carried)),
                new Mail.Section("Actions you still owe", most(owed)));
        List<String> paragraphs = new ArrayList<>(List.of("A reminder: you have a seat at the workshop below."));
        if (!owed.isEmpty()) {
            paragraphs.add("The set will ask how your actions are going: a word on each helps.");
        }
        paragraphs.add("If you cannot come after all, decline in your calendar or on the page, so someone waiting "
                + "gets your seat.");
        Mail mail = new Mail(settings.organizerName(), "Hello " + name + ",", "Reminder: " + workshop.title(),
                paragraphs, notices.details(workshop), sections, page == null ? null : "See the workshop",
                page == null ? null : page.toString(), notices.footer());
        outbox.queue(new Outbox.Letter(Notices.Kind.REMINDER.name(), workshop.id(), reference, name, email,
                "Reminder: " + workshop.title() + ", " + Notices.DAY_TIME.format(workshop.startLocal()),
                Templates.text("mail/notice", mail), Templates.document("mail/notice", mail), null, null, base));
    }

    private static List<String> most(List<String> items) {
        if (items.size() <= MOST_ITEMS) {
            return items;
        }
        List<String> some = new ArrayList<>(items.subList(0, MOST_ITEMS));
        some.add("and " + (items.size() - MOST_ITEMS) + " more");
        return some;
    }

    private static String action(ActionRow row) {
        return row.description() + " (" + row.ownerName() + (row.due() == null ? "" : ", by " + DAY.format(row.due()))
                + (row.overdue() ? ", overdue" : "") + ")";
    }

    private static String owed(ActionItem item) {
        return item.description() + (item.dueDate() == null ? "" : " (by " + DAY.format(item.dueDate()) + ")");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
