package org.alshub.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.alshub.attendance.entity.Answer;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.attendance.entity.SeatGiven;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.problem.ProblemException;
import org.alshub.workshop.entity.Workshop;
import org.alshub.audit.control.Audited;

/**
 * Answers to workshops, the seats their capacity allows and the waiting list. Every answer
 * first locks the workshop's row, so two people asking for the last seat at the same moment are
 * served one after the other: one gets the seat, the other the first place in the queue.
 */
@Audited
@ApplicationScoped
@Transactional
public class Rsvps {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MemberNames members;

    @Inject
    Event<SeatGiven> seatGiven;

    /** A workshop's answers: seats in the order taken, then the queue, then the rest. */
    public record Answers(Workshop workshop, List<Rsvp> seated, List<Rsvp> waiting, List<Rsvp> others) {
    }

    public Rsvp answerForMember(long workshopId, long memberId, Answer answer) {
        return answerForMember(workshopId, memberId, answer, false);
    }

    /** The same; {@code byEmail} when it came as a REPLY from the member's calendar. */
    public Rsvp answerForMember(long workshopId, long memberId, Answer answer, boolean byEmail) {
        Workshop workshop = lockOpen(workshopId);
        if (!members.exists(memberId)) {
            throw ProblemException.notFound("member");
        }
        Rsvp rsvp = em.createQuery("select r from Rsvp r where r.workshopId = :workshop and r.memberId = :member",
                        Rsvp.class)
                .setParameter("workshop", workshopId).setParameter("member", memberId)
                .getResultStream().findFirst().orElseGet(() -> Rsvp.ofMember(workshopId, memberId));
        return apply(workshop, rsvp, answer, byEmail);
    }

    /**
     * A guest's answer to an invitation (they have no account). Capacity and the waiting list
     * apply exactly as for members; a second answer to the same invitation replaces the first.
     */
    public Rsvp answerForGuest(long workshopId, long invitationId, String guestName, Answer answer) {
        return answerForGuest(workshopId, invitationId, guestName, answer, false);
    }

    public Rsvp answerForGuest(long workshopId, long invitationId, String guestName, Answer answer, boolean byEmail) {
        if (guestName == null || guestName.isBlank()) {
            throw ProblemException.invalid("guestName", "must not be blank");
        }
        Workshop workshop = lockOpen(workshopId);
        Rsvp rsvp = em.createQuery("select r from Rsvp r where r.workshopId = :workshop "
                        + "and r.guestInvitationId = :invitation", Rsvp.class)
                .setParameter("workshop", workshopId).setParameter("invitation", invitationId)
                .getResultStream().findFirst()
                .orElseGet(() -> Rsvp.ofGuest(workshopId, invitationId, guestName.strip()));
        rsvp.renameGuest(guestName.strip());
        return apply(workshop, rsvp, answer, byEmail);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Rsvp> ofGuest(long workshopId, long invitationId) {
        return em.createQuery("select r from Rsvp r where r.workshopId = :workshop "
                        + "and r.guestInvitationId = :invitation", Rsvp.class)
                .setParameter("workshop", workshopId).setParameter("invitation", invitationId)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Rsvp> find(long rsvpId) {
        return Optional.ofNullable(em.find(Rsvp.class, rsvpId));
    }

    /** Every answer a member has given, by workshop: one statement, whatever the number of workshops. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, Answer> answersOf(long memberId) {
        java.util.Map<Long, Answer> answers = new java.util.TreeMap<>();
        em.createQuery("select r.workshopId, r.answer from Rsvp r where r.memberId = :member", Object[].class)
                .setParameter("member", memberId).getResultList()
                .forEach(row -> answers.put((Long) row[0], (Answer) row[1]));
        return answers;
    }

    /** Where someone stands: their answer, their place in the queue (0 when not waiting), how often it moved. */
    public record Place(Answer answer, int waitingPosition, int placeChanges) {

        public static final Place NONE = new Place(null, 0, 0);

        public boolean going() {
            return answer == Answer.GOING;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Place placeOf(Rsvp rsvp) {
        return new Place(rsvp.answer(), waitingPosition(rsvp), rsvp.placeChanges());
    }

    /**
     * Every place a member holds, by workshop, in two statements whatever the number of workshops:
     * their answers, then their positions in every queue they wait in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, Place> placesOf(long memberId) {
        java.util.Map<Long, Long> positions = new java.util.HashMap<>();
        em.createQuery("select r.workshopId, count(q) from Rsvp r, Rsvp q where r.memberId = :member "
                        + "and r.answer = :going and r.waiting = :waiting and q.workshopId = r.workshopId "
                        + "and q.answer = :going and q.waiting = :waiting and (q.seatAskedAt < r.seatAskedAt "
                        + "or (q.seatAskedAt = r.seatAskedAt and q.id <= r.id)) group by r.workshopId", Object[].class)
                .setParameter("member", memberId).setParameter("going", Answer.GOING).setParameter("waiting", true)
                .getResultList().forEach(row -> positions.put((Long) row[0], ((Number) row[1]).longValue()));
        java.util.Map<Long, Place> places = new java.util.TreeMap<>();
        em.createQuery("select r.workshopId, r.answer, r.placeChanges from Rsvp r where r.memberId = :member",
                        Object[].class)
                .setParameter("member", memberId).getResultList()
                .forEach(row -> places.put((Long) row[0], new Place((Answer) row[1],
                        positions.getOrDefault((Long) row[0], 0L).intValue(), ((Number) row[2]).intValue())));
        return places;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Rsvp> ofMember(long workshopId, long memberId) {
        return em.createQuery("select r from Rsvp r where r.workshopId = :workshop and r.memberId = :member",
                        Rsvp.class)
                .setParameter("workshop", workshopId).setParameter("member", memberId)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Answers of(long workshopId) {
        Workshop workshop = em.find(Workshop.class, workshopId);
        if (workshop == null) {
            throw ProblemException.notFound("workshop");
        }
        List<Rsvp> all = em.createQuery("select r from Rsvp r where r.workshopId = :workshop", Rsvp.class)
                .setParameter("workshop", workshopId).getResultList();
        List<Rsvp> seated = new ArrayList<>();
        List<Rsvp> waiting = new ArrayList<>();
        List<Rsvp> others = new ArrayList<>();
        for (Rsvp rsvp : all) {
            (rsvp.holdsSeat() ? seated : rsvp.isWaiting() ? waiting : others).add(rsvp);
        }
        seated.sort(QUEUE);
        waiting.sort(QUEUE);
        others.sort(Comparator.comparing(Rsvp::answer).thenComparing(Rsvp::id));
        return new Answers(workshop, seated, waiting, others);
    }

    /** 1 for the first in the queue; 0 when not waiting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int waitingPosition(Rsvp rsvp) {
        if (!rsvp.isWaiting()) {
            return 0;
        }
        return of(rsvp.workshopId()).waiting().stream().map(Rsvp::id).toList().indexOf(rsvp.id()) + 1;
    }

    private static final Comparator<Rsvp> QUEUE = Comparator
            .comparing((Rsvp r) -> r.seatAskedAt() == null ? Instant.MAX : r.seatAskedAt())
            .thenComparing(Rsvp::id);

    private Rsvp apply(Workshop workshop, Rsvp rsvp, Answer answer, boolean byEmail) {
        rsvp.reply(answer, seatsTakenByOthers(workshop, rsvp) < seats(workshop), clock.instant(), byEmail);
        if (rsvp.id() == null) {
            em.persist(rsvp);
        }
        em.flush();
        fillFreeSeats(workshop);
        return rsvp;
    }

    /** After a workshop gains seats (its capacity was raised): the queue moves up into them. */
    public void fillFreeSeats(long workshopId) {
        Workshop workshop = em.find(Workshop.class, workshopId, LockModeType.PESSIMISTIC_WRITE);
        if (workshop != null && !workshop.isCancelled()) {
            fillFreeSeats(workshop);
        }
    }

    /** Moves the queue up into every free seat, first come first served. */
    private void fillFreeSeats(Workshop workshop) {
        long free = seats(workshop) - countSeated(workshop.id(), null);
        if (free <= 0) {
            return;
        }
        List<Rsvp> queue = em.createQuery("select r from Rsvp r where r.workshopId = :workshop "
                        + "and r.answer = :going and r.waiting = :waiting order by r.seatAskedAt, r.id", Rsvp.class)
                .setParameter("workshop", workshop.id()).setParameter("going", Answer.GOING)
                .setParameter("waiting", true)
                .setMaxResults((int) Math.min(free, Integer.MAX_VALUE)).getResultList();
        queue.forEach(Rsvp::promote);
        em.flush();
        queue.forEach(promoted -> seatGiven.fire(new SeatGiven(workshop.id(), promoted.id())));
    }

    private long seatsTakenByOthers(Workshop workshop, Rsvp rsvp) {
        return countSeated(workshop.id(), rsvp.id());
    }

    private long countSeated(long workshopId, Long except) {
        var query = em.createQuery("select count(r) from Rsvp r where r.workshopId = :workshop "
                        + "and r.answer = :going and r.waiting = :waiting"
                        + (except == null ? "" : " and r.id <> :except"), Long.class)
                .setParameter("workshop", workshopId).setParameter("going", Answer.GOING)
                .setParameter("waiting", false);
        if (except != null) {
            query.setParameter("except", except);
        }
        return query.getSingleResult();
    }

    private static long seats(Workshop workshop) {
        return workshop.capacity() == null ? Long.MAX_VALUE : workshop.capacity();
    }

    /** Locks the workshop's row until the transaction ends: answers to one workshop queue here. */
    private Workshop lockOpen(long workshopId) {
        Workshop workshop = em.find(Workshop.class, workshopId, LockModeType.PESSIMISTIC_WRITE);
        if (workshop == null) {
            throw ProblemException.notFound("workshop");
        }
        if (workshop.isCancelled()) {
            throw ProblemException.conflict("This workshop is cancelled: it takes no answers.");
        }
        if (!workshop.endsAt().toInstant().isAfter(clock.instant())) {
            throw ProblemException.conflict("This workshop is over: it takes no answers.");
        }
        return workshop;
    }
}
