package org.alshub.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.alshub.attendance.entity.Attendance;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.problem.ProblemException;
import org.alshub.workshop.entity.Workshop;

/** Who actually came, recorded by a facilitator on the day of the workshop or later. */
@ApplicationScoped
@Transactional
public class Attendances {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MemberNames members;

    /** A guest who came: by name, with the invitation they came on when there was one. */
    public record Guest(String name, Long invitationId) {
    }

    /** Records who came; anyone already recorded is left as they are. Returns everyone recorded. */
    public List<Attendance> record(long workshopId, Collection<Long> memberIds, Collection<Guest> guests,
                                   long recordedBy) {
        // two facilitators saving at once are served one after the other: each reads the list the other left
        Workshop workshop = em.find(Workshop.class, workshopId, LockModeType.PESSIMISTIC_WRITE);
        if (workshop == null) {
            throw ProblemException.notFound("workshop");
        }
        if (workshop.isCancelled()) {
            throw ProblemException.conflict("This workshop was cancelled: no one attended it.");
        }
        if (LocalDate.now(clock.withZone(workshop.zone())).isBefore(workshop.startLocal().toLocalDate())) {
            throw ProblemException.conflict("Attendance is recorded on the day of the workshop or after it.");
        }
        var known = members.of(memberIds);
        for (Long memberId : memberIds) {
            if (!known.containsKey(memberId)) {
                throw ProblemException.invalid("memberIds", "no member has the id " + memberId);
            }
        }
        List<Attendance> present = ofWorkshop(workshopId);
        for (Long memberId : memberIds.stream().distinct().toList()) {
            if (present.stream().noneMatch(a -> memberId.equals(a.memberId()))) {
                add(present, Attendance.ofMember(workshopId, memberId, recordedBy, clock.instant()));
            }
        }
        for (Guest guest : guests) {
            String name = guest.name().strip();
            boolean already = present.stream().anyMatch(a -> a.guestName() != null
                    && (guest.invitationId() != null ? guest.invitationId().equals(a.guestInvitationId())
                    : a.guestInvitationId() == null && a.guestName().toLowerCase(Locale.ROOT)
                    .equals(name.toLowerCase(Locale.ROOT))));
            if (!already) {
                add(present, Attendance.ofGuest(workshopId, name, guest.invitationId(), recordedBy, clock.instant()));
            }
        }
        em.flush();
        return present;
    }

    /**
     * The whole list of who came, as ticked at the console: those ticked are recorded, anyone
     * recorded before and not ticked now is taken off. One transaction: all of it or none.
     */
    public List<Attendance> replace(long workshopId, Collection<Long> memberIds, Collection<Guest> guests,
                                    long recordedBy) {
        List<Attendance> present = record(workshopId, memberIds, guests, recordedBy);
        List<Attendance> kept = new ArrayList<>();
        for (Attendance a : present) {
            boolean ticked = a.memberId() != null ? memberIds.contains(a.memberId())
                    : guests.stream().anyMatch(g -> g.invitationId() != null
                    ? g.invitationId().equals(a.guestInvitationId()) : g.name().strip().equalsIgnoreCase(a.guestName()));
            if (ticked) {
                kept.add(a);
            } else {
                em.remove(a);
            }
        }
        em.flush();
        return kept;
    }

    public void remove(long workshopId, long attendanceId) {
        Attendance attendance = em.find(Attendance.class, attendanceId);
        if (attendance == null || attendance.workshopId() != workshopId) {
            throw ProblemException.notFound("attendance");
        }
        em.remove(attendance);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attendance> ofWorkshop(long workshopId) {
        return new ArrayList<>(em.createQuery("select a from Attendance a where a.workshopId = :workshop "
                        + "order by a.id", Attendance.class)
                .setParameter("workshop", workshopId).getResultList());
    }

    /** A member's attendance history with the workshops, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workshop> attendedBy(long memberId) {
        return em.createQuery("select w from Workshop w, Attendance a where a.workshopId = w.id "
                        + "and a.memberId = :member order by w.startsAtUtc desc", Workshop.class)
                .setParameter("member", memberId).getResultList();
    }

    private void add(List<Attendance> present, Attendance attendance) {
        em.persist(attendance);
        present.add(attendance);
    }
}
