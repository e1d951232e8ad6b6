package org.alshub.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.alshub.member.entity.Member;
import org.alshub.platform.Versions;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.workshop.entity.MonthlyRule;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;
import org.alshub.audit.control.Audited;

/**
 * Monthly series: creating one, keeping its occurrences materialised a horizon ahead, and
 * changing it from a date onward.
 */
@Audited
@ApplicationScoped
@Transactional
public class SeriesScheduler {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    AlsConfig config;

    @Inject
    Clock clock;

    /** What a facilitator says about a series: "fourth Wednesday, 10:00, two hours, Room 8". */
    public record Plan(String title, MonthlyRule rule, LocalTime startTime, int durationMinutes, ZoneId zone,
                       String location, Integer capacity, Long facilitatorId, LocalDate firstDate) {
    }

    /** How far back a series may start: a record, not a typo that fills years with workshops that never were. */
    public static final int FURTHEST_BACK_YEARS = 2;

    public WorkshopSeries start(Plan plan) {
        if (plan.firstDate().isBefore(LocalDate.now(clock.withZone(plan.zone())).minusYears(FURTHEST_BACK_YEARS))) {
            throw ProblemException.invalid("firstDate", "must be within the last " + FURTHEST_BACK_YEARS
                    + " years: a series starting earlier would fill the record with workshops that never took place");
        }
        if (plan.facilitatorId() != null && em.find(Member.class, plan.facilitatorId()) == null) {
            throw ProblemException.invalid("facilitatorId", "no member has this id");
        }
        WorkshopSeries series = new WorkshopSeries(plan.title(), plan.rule(), plan.startTime(), plan.durationMinutes(),
                plan.zone(), plan.location(), plan.capacity(), plan.facilitatorId(), plan.firstDate(), clock.instant());
        em.persist(series);
        em.flush();
        materialise(series);
        return series;
    }

    /**
     * Changes the series from a date onward: the series ends before that date and a new one
     * carries on with the new settings. Occurrences already held from that date keep their ids
     * (and so anything attached to them) and move to the new series' date in their month; one
     * whose month has no date under the new rule is cancelled.
     */
    public WorkshopSeries changeFrom(long id, WorkshopSeries.Change change, OptionalInt expectedVersion) {
        WorkshopSeries old = require(id);
        Versions.check(expectedVersion, old.version());
        if (change.facilitatorId() != null && em.find(Member.class, change.facilitatorId()) == null) {
            throw ProblemException.invalid("facilitatorId", "no member has this id");
        }
        WorkshopSeries next = old.continuedFrom(change, clock.instant());
        em.persist(next);
        em.flush();
        old.handOver(next, occurrences(old.id()), clock.instant());
        em.flush();
        materialise(next);
        return next;
    }

    /**
     * Ends a series from a date: untouched workshops from then on go, the others are cancelled
     * (see {@link WorkshopSeries#end}).
     */
    public WorkshopSeries end(long id, LocalDate from, OptionalInt expectedVersion) {
        WorkshopSeries series = require(id);
        Versions.check(expectedVersion, series.version());
        List<Workshop> held = occurrences(id);
        series.end(from, held, touched(id), clock.instant()).forEach(em::remove);
        em.flush();
        return series;
    }

    /**
     * Deletes a series started by mistake, with its workshops: only while nobody has answered,
     * attended, been invited to, brought a challenge to or agreed an action at any of them.
     */
    public void delete(long id, OptionalInt expectedVersion) {
        WorkshopSeries series = require(id);
        Versions.check(expectedVersion, series.version());
        if (!touched(id).isEmpty()) {
            throw ProblemException.conflict("People have already answered, come to or worked on workshops of this "
                    + "series, so it stays on the record: end it instead.");
        }
        occurrences(id).forEach(em::remove);
        // the workshops first: they name the series
        em.flush();
        em.remove(series);
        em.flush();
    }

    /**
     * The workshops of a series that something of the set's work hangs on. Read from those
     * features' tables by name: they depend on workshops, so this package cannot depend on them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> touched(long seriesId) {
        Set<Long> touched = new java.util.HashSet<>();
        for (String table : TOUCHING) {
            String[] parts = table.split(" ");
            for (Object id : em.createNativeQuery("select distinct " + parts[1] + " from " + parts[0] + " where "
                    + parts[1] + " in (select id from workshop where series_id = ?)").setParameter(1, seriesId)
                    .getResultList()) {
                touched.add(((Number) id).longValue());
            }
        }
        return touched;
    }

    private static final List<String> TOUCHING = List.of("rsvp workshop_id", "attendance workshop_id",
            "guest_invitation workshop_id", "challenge workshop_id", "action_item agreed_at_workshop_id",
            "follow_up workshop_id");

    /**
     * Makes sure every series holds its occurrences up to the horizon; run daily and at start.
     * Only series not yet materialised that far are read, and of their workshops only the dates:
     * with a thousand series of ten years each, loading every workshop filled a 256 MB heap.
     */
    public int extendHorizons() {
        // a day of margin: each series judges its horizon in its own zone
        LocalDate horizon = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusMonths(config.horizonMonths()).plusDays(1);
        int created = 0;
        for (WorkshopSeries series : em.createQuery("select s from WorkshopSeries s where s.endsBefore is null "
                + "and s.materialisedUntil < :horizon", WorkshopSeries.class)
                .setParameter("horizon", horizon).getResultList()) {
            created += materialise(series);
        }
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WorkshopSeries> find(long id) {
        return Optional.ofNullable(em.find(WorkshopSeries.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkshopSeries require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("series"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkshopSeries> all(int page, int size) {
        return em.createQuery("select s from WorkshopSeries s order by s.firstDate desc, s.id desc", WorkshopSeries.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(s) from WorkshopSeries s", Long.class).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, WorkshopSeries> byIds(Set<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("select s from WorkshopSeries s where s.id in :ids", WorkshopSeries.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(WorkshopSeries::id, s -> s));
    }

    private int materialise(WorkshopSeries series) {
        LocalDate horizon = LocalDate.now(clock.withZone(series.zone())).plusMonths(config.horizonMonths());
        Set<YearMonth> held = em.createQuery("select w.occurrenceDate from Workshop w where w.seriesId = :series",
                        LocalDate.class).setParameter("series", series.id()).getResultList().stream()
                .filter(Objects::nonNull).map(YearMonth::from).collect(Collectors.toSet());
        List<Workshop> due = series.occurrencesUntil(horizon, held, clock.instant());
        due.forEach(em::persist);
        em.flush();
        return due.size();
    }

    private List<Workshop> occurrences(long seriesId) {
        return em.createQuery("select w from Workshop w where w.seriesId = :series order by w.occurrenceDate",
                Workshop.class).setParameter("series", seriesId).getResultList();
    }
}
