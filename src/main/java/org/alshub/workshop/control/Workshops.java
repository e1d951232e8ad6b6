package org.alshub.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

/** Scheduling, moving and cancelling single workshops, and listing them. */
@ApplicationScoped
@Transactional
public class Workshops {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    /** What a facilitator says about one workshop. */
    public record Plan(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, String location,
                       Integer capacity, Long facilitatorId, String agendaNotes) {
    }

    public Workshop schedule(Plan plan) {
        check(plan);
        Workshop workshop = new Workshop(plan.title(), plan.start(), plan.end(), plan.zone(), plan.location(),
                plan.capacity(), plan.facilitatorId(), plan.agendaNotes());
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
                plan.capacity(), plan.facilitatorId(), plan.agendaNotes());
        em.flush();
        return workshop;
    }

    public Workshop cancel(long id, OptionalInt expectedVersion) {
        Workshop workshop = require(id);
        Versions.check(expectedVersion, workshop.version());
        workshop.cancel();
        em.flush();
        return workshop;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Workshop> find(long id) {
        return Optional.ofNullable(em.find(Workshop.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Workshop require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("workshop"));
    }

    /** Workshops not yet over, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Workshop> upcoming(int page, int size) {
        return page("w.endsAtUtc >= :now", "w.startsAtUtc asc, w.id asc", page, size);
    }

    /** Workshops already over, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Workshop> past(int page, int size) {
        return page("w.endsAtUtc < :now", "w.startsAtUtc desc, w.id desc", page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workshop> ofSeries(long seriesId) {
        return em.createQuery("select w from Workshop w where w.seriesId = :series order by w.startsAtUtc",
                Workshop.class).setParameter("series", seriesId).getResultList();
    }

    private Page<Workshop> page(String condition, String order, int page, int size) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<Workshop> items = em.createQuery("select w from Workshop w where " + condition + " order by " + order,
                        Workshop.class)
                .setParameter("now", now)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(w) from Workshop w where " + condition, Long.class)
                .setParameter("now", now).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    private void check(Plan plan) {
        if (!plan.end().isAfter(plan.start())) {
            throw ProblemException.invalid("end", "must be after the start");
        }
        if (plan.facilitatorId() != null && em.find(Member.class, plan.facilitatorId()) == null) {
            throw ProblemException.invalid("facilitatorId", "no member has this id");
        }
    }
}
