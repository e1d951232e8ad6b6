package org.alshub.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alshub.member.entity.Member;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopStatus;
import org.alshub.audit.control.Audited;
import org.alshub.workshop.entity.WorkshopSeries;

/** Scheduling, moving and cancelling single workshops, and listing them. */
@Audited
@ApplicationScoped
@Transactional
public class Workshops {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ListCounts counts;

    /** What a facilitator says about one workshop. */
    public record Plan(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, String location,
                       Integer capacity, Long facilitatorId, String agendaNotes) {
    }

    public Workshop schedule(Plan plan) {
        check(plan);
        Workshop workshop = new Workshop(plan.title(), plan.start(), plan.end(), plan.zone(), plan.location(),
                plan.capacity(), plan.facilitatorId(), plan.agendaNotes(), clock.instant());
        em.persist(workshop);
        em.flush();
        return workshop;
    }

    /** Moves or changes one workshop; an occurrence of a series leaves the others as they are. */
    public Workshop change(long id, Plan plan, OptionalInt expectedVersion) {
        Workshop workshop = require(id);
        Versions.check(expectedVersion, workshop.version());
        check(plan);
        workshop.reschedule(plan.title(), plan.start(), plan.end(), plan.zone(), plan.location(),
                plan.capacity(), plan.facilitatorId(), plan.agendaNotes(), clock.instant());
        seriesFileChanges(workshop);
        em.flush();
        return workshop;
    }

    public Workshop cancel(long id, OptionalInt expectedVersion) {
        Workshop workshop = require(id);
        Versions.check(expectedVersion, workshop.version());
        if (!workshop.isCancelled()) {
            workshop.cancel(clock.instant());
            seriesFileChanges(workshop);
        }
        em.flush();
        return workshop;
    }

    /** An occurrence cancelled or changed is an EXDATE or an override in its series' file: a new version of it. */
    private void seriesFileChanges(Workshop occurrence) {
        if (occurrence.seriesId() != null) {
            WorkshopSeries series = em.find(WorkshopSeries.class, occurrence.seriesId());
            if (series != null) {
                series.occurrenceChanged();
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Workshop> find(long id) {
        return Optional.ofNullable(em.find(Workshop.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Workshop require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("workshop"));
    }

    /**
     * Lists read one page in index order. With parameters Derby cannot see how few rows a range
     * holds and sorts them all, so the index is named in a --DERBY-PROPERTIES comment (an ordinary
     * comment to other databases; OFFSET/FETCH is standard SQL).
     */
    private static final String UPCOMING = "select * from workshop --DERBY-PROPERTIES index=WORKSHOP_BY_START\n"
            + "where starts_at_utc >= ? and ends_at_utc >= ? order by starts_at_utc, id "
            + "offset ? rows fetch next ? rows only";
    private static final String PAST = "select * from workshop --DERBY-PROPERTIES index=WORKSHOP_BY_START_DESC\n"
            + "where ends_at_utc < ? order by starts_at_utc desc, id desc offset ? rows fetch next ? rows only";

    /** Workshops not yet over, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Workshop> upcoming(int page, int size) {
        LocalDateTime now = nowUtc();
        // a day's margin: a plan's length is checked in local time, which a clock change shifts by an hour
        // the longest a workshop lasts bounds how far back one not yet over can have started, so
        // the list walks the start index from then, in order, and stops after one page instead of
        // sorting every workshop not yet over (tens of thousands at national size)
        LocalDateTime earliest = now.minus(Workshop.LONGEST).minusDays(1);
        List<Workshop> items = workshops(em.createNativeQuery(UPCOMING, Workshop.class)
                .setParameter(1, Timestamp.valueOf(earliest)).setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, page * size).setParameter(4, size));
        return new Page<>(items, page, size, counts.count("upcoming", () -> count("w.endsAtUtc >= :now", now)));
    }

    /** Workshops already over, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Workshop> past(int page, int size) {
        LocalDateTime now = nowUtc();
        List<Workshop> items = workshops(em.createNativeQuery(PAST, Workshop.class)
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, page * size).setParameter(3, size));
        return new Page<>(items, page, size, counts.count("past", () -> count("w.endsAtUtc < :now", now)));
    }

    @SuppressWarnings("unchecked")
    private static List<Workshop> workshops(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private long count(String condition, LocalDateTime now) {
        return em.createQuery("select count(w) from Workshop w where " + condition, Long.class)
                .setParameter("now", now).getSingleResult();
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The last workshop held before this one (not cancelled): where "since the last workshop" starts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Workshop> before(Workshop workshop) {
        return em.createQuery("select w from Workshop w where w.startsAtUtc < :start and w.status <> :cancelled "
                        + "order by w.startsAtUtc desc, w.id desc", Workshop.class)
                .setParameter("start", workshop.startInstant().atOffset(ZoneOffset.UTC).toLocalDateTime())
                .setParameter("cancelled", WorkshopStatus.CANCELLED).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workshop> ofSeries(long seriesId) {
        return em.createQuery("select w from Workshop w where w.seriesId = :series order by w.startsAtUtc",
                Workshop.class).setParameter("series", seriesId).getResultList();
    }

    private void check(Plan plan) {
        if (plan.facilitatorId() != null && em.find(Member.class, plan.facilitatorId()) == null) {
            throw ProblemException.invalid("facilitatorId", "no member has this id");
        }
    }
}
