package org.alshub.notice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.Calendars;
import org.alshub.invitation.control.Invitations;
import org.alshub.invitation.entity.GuestAnswer;
import org.alshub.invitation.entity.Invitation;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.notice.entity.EmailReply;
import org.alshub.notice.entity.ItipReply;
import org.alshub.notice.entity.ReplyOutcome;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * Answers that come back from people's calendars: an iTIP REPLY read from the organizer's mailbox
 * is matched to the workshop its UID names (and the occurrence its RECURRENCE-ID names) and to the
 * guest or member its ATTENDEE is, and applied through the same code as the pages. Only the
 * invited address may answer for itself, and each message counts once; what changes nothing is
 * recorded with the reason.
 */
@org.alshub.audit.control.Audited
@ApplicationScoped
@Transactional
public class Replies {

    private static final Logger LOG = Logger.getLogger(Replies.class.getName());

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Invitations invitations;

    @Inject
    Members members;

    @Inject
    Rsvps rsvps;

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Inject
    Clock clock;

    /** What came of a message; {@code again} when it had been handled before and was skipped. */
    public record Handled(ReplyOutcome outcome, boolean again) {
    }

    /** Whether a message with this key (its Message-ID) was handled already. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean known(String messageKey) {
        return outcomeOf(messageKey).isPresent();
    }

    /**
     * For a message handled already: whether it is to be marked read (an ordinary email is left
     * unread for people); empty for a new one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Boolean> markReadIfKnown(String messageKey) {
        return outcomeOf(messageKey).map(outcome -> outcome != ReplyOutcome.NOT_A_REPLY);
    }

    public Handled handle(MimeMessage message) {
        ItipReply.Read read = ItipReply.read(message);
        Optional<ReplyOutcome> handledBefore = outcomeOf(read.key());
        if (handledBefore.isPresent()) {
            return new Handled(handledBefore.get(), true);
        }
        if (read.reply().isEmpty()) {
            return record(read, null, read.problem(), null, null);
        }
        ItipReply reply = read.reply().get();
        Optional<Workshop> found = workshopOf(reply);
        if (found.isEmpty()) {
            return record(read, reply, ReplyOutcome.UNKNOWN, null, null);
        }
        Workshop workshop = found.get();
        if (workshop.isCancelled() || !workshop.endsAt().toInstant().isAfter(clock.instant())) {
            return record(read, reply, ReplyOutcome.CLOSED, workshop.id(), null);
        }
        if (!reply.attendee().equalsIgnoreCase(reply.sender())) {
            LOG.warning("A reply about workshop " + workshop.id() + " for " + reply.attendee() + " came from "
                    + reply.sender() + ": ignored");
            return record(read, reply, ReplyOutcome.FORGED, workshop.id(), null);
        }
        Optional<GuestAnswer> answer = GuestAnswer.ofPartStat(reply.partStat());
        Optional<Invitation> guest = invitations.open(workshop.id()).stream()
                .filter(i -> i.email().equalsIgnoreCase(reply.attendee())).findFirst();
        if (guest.isPresent()) {
            Optional<Rsvp> before = rsvps.ofGuest(workshop.id(), guest.get().id());
            if (outdated(before, reply)) {
                return record(read, reply, ReplyOutcome.OUTDATED, workshop.id(), before.get().id());
            }
            if (answer.isEmpty() || guest.get().answer() == answer.get()
                    && before.filter(r -> r.says(answer.get().rsvp())).isPresent()) {
                return record(read, reply, ReplyOutcome.UNCHANGED, workshop.id(), before.map(Rsvp::id).orElse(null));
            }
            Rsvp after = invitations.answerFromCalendar(guest.get().id(), answer.get());
            return applied(read, reply, workshop, after);
        }
        Optional<Member> member = members.findByEmail(reply.attendee());
        if (member.isEmpty()) {
            return record(read, reply, ReplyOutcome.STRANGER, workshop.id(), null);
        }
        Optional<Rsvp> before = rsvps.ofMember(workshop.id(), member.get().id());
        if (outdated(before, reply)) {
            return record(read, reply, ReplyOutcome.OUTDATED, workshop.id(), before.get().id());
        }
        if (answer.isEmpty() || before.filter(r -> r.says(answer.get().rsvp())).isPresent()) {
            return record(read, reply, ReplyOutcome.UNCHANGED, workshop.id(), before.map(Rsvp::id).orElse(null));
        }
        Rsvp after = rsvps.answerForMember(workshop.id(), member.get().id(), answer.get().rsvp(), true);
        return applied(read, reply, workshop, after);
    }

    /** Replies read so far, by what came of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ReplyOutcome, Long> counts() {
        Map<ReplyOutcome, Long> counts = new EnumMap<>(ReplyOutcome.class);
        for (ReplyOutcome outcome : ReplyOutcome.values()) {
            counts.put(outcome, 0L);
        }
        em.createQuery("select r.outcome, count(r) from EmailReply r group by r.outcome", Object[].class)
                .getResultList().forEach(row -> counts.put((ReplyOutcome) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EmailReply> latest(int size) {
        return em.createQuery("select r from EmailReply r order by r.receivedAt desc, r.id desc", EmailReply.class)
                .setMaxResults(size).getResultList();
    }

    private Handled applied(ItipReply.Read read, ItipReply reply, Workshop workshop, Rsvp after) {
        if (after.isWaiting()) {
            // they said yes to a full workshop: their calendar must not say they have a seat
            notices.waitingPlace(after, settings.base());
        }
        LOG.info("Workshop " + workshop.id() + ": " + reply.attendee() + " answered " + reply.partStat() + " by email");
        return record(read, reply, ReplyOutcome.APPLIED, workshop.id(), after.id());
    }

    /** An older reply than one already taken from this person (mail can arrive out of order). */
    private boolean outdated(Optional<Rsvp> rsvp, ItipReply reply) {
        if (rsvp.isEmpty()) {
            return false;
        }
        return em.createQuery("select r.stampedAt from EmailReply r where r.rsvpId = :rsvp and r.outcome in :taken "
                        + "and r.stampedAt is not null order by r.stampedAt desc", Instant.class)
                .setParameter("rsvp", rsvp.get().id())
                .setParameter("taken", List.of(ReplyOutcome.APPLIED, ReplyOutcome.UNCHANGED))
                .setMaxResults(1).getResultStream().findFirst().filter(reply.stamp()::isBefore).isPresent();
    }

    /** The workshop a UID names; for a series, the occurrence its RECURRENCE-ID names (a whole series takes no answer). */
    private Optional<Workshop> workshopOf(ItipReply reply) {
        Optional<Calendars.Named> named = settings.calendars().named(reply.uid());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        if (!named.get().series()) {
            return workshops.find(named.get().id());
        }
        Optional<WorkshopSeries> first = scheduler.find(named.get().id());
        if (first.isEmpty() || reply.recurrenceId().isEmpty()) {
            return Optional.empty();
        }
        return ItipReply.occurrenceDate(reply.recurrenceId().get(), first.get().zone()).flatMap(date -> {
            // the series and those that continue it: an occurrence handed on keeps its date and id
            for (Optional<WorkshopSeries> s = first; s.isPresent();
                 s = s.get().continuedBy() == null ? Optional.empty() : scheduler.find(s.get().continuedBy())) {
                Optional<Workshop> match = workshops.ofSeries(s.get().id()).stream()
                        .filter(w -> date.equals(w.occurrenceDate())).findFirst();
                if (match.isPresent()) {
                    return match;
                }
            }
            return Optional.empty();
        });
    }

    private Handled record(ItipReply.Read read, ItipReply reply, ReplyOutcome outcome, Long workshopId, Long rsvpId) {
        em.persist(new EmailReply(read.key(), read.sender(), reply, outcome, workshopId, rsvpId, clock.instant()));
        em.flush();
        return new Handled(outcome, false);
    }

    private Optional<ReplyOutcome> outcomeOf(String key) {
        return em.createQuery("select r.outcome from EmailReply r where r.messageKey = :key", ReplyOutcome.class)
                .setParameter("key", key).setMaxResults(1).getResultStream().findFirst();
    }
}
