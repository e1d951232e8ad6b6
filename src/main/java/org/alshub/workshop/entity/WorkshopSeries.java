package org.alshub.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alshub.platform.problem.ProblemException;

/**
 * Monthly workshops under one rule, from a first date until the series is changed from a date
 * onward (then a new series continues it) or forever. Occurrences are materialised as
 * {@link Workshop}s up to a horizon so each can hold its own attendance and actions.
 */
@Entity
@EntityListeners(WorkshopChanges.class)
@Table(name = "workshop_series")
public class WorkshopSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Column(name = "rule_text")
    private String ruleText;

    @Column(name = "start_time")
    private String startTime;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "time_zone")
    private String timeZone;

    private String location;

    private Integer capacity;

    @Column(name = "facilitator_id")
    private Long facilitatorId;

    @Column(name = "first_date")
    private LocalDate firstDate;

    @Column(name = "ends_before")
    private LocalDate endsBefore;

    @Column(name = "materialised_until")
    private LocalDate materialisedUntil;

    @Column(name = "continued_by")
    private Long continuedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The series file's SEQUENCE: raised by every change its calendar shows (an EXDATE, an override, the end). */
    @Column(name = "sequence_number")
    private int sequence;

    @Version
    private int version;

    protected WorkshopSeries() {
    }

    public WorkshopSeries(String title, MonthlyRule rule, LocalTime startTime, int durationMinutes, ZoneId zone,
                          String location, Integer capacity, Long facilitatorId, LocalDate firstDate, Instant now) {
        this.title = title;
        this.ruleText = rule.text();
        this.startTime = startTime.toString();
        this.durationMinutes = durationMinutes;
        this.timeZone = zone.getId();
        this.location = location;
        this.capacity = capacity;
        this.facilitatorId = facilitatorId;
        this.firstDate = firstDate;
        this.materialisedUntil = firstDate.minusDays(1);
        this.createdAt = now;
        checkClockChanges();
    }

    /** How far ahead a series' dates are checked against clock changes: the Gregorian weekdays repeat every 28 years. */
    static final int CLOCK_CHECK_YEARS = 28;

    /**
     * A series whose start or end falls, on one of its dates, in the spring gap or the repeated
     * autumn hour is refused (as a single workshop would be), naming the first such date.
     */
    private void checkClockChanges() {
        for (LocalDate date : rule().datesBetween(firstDate, firstDate.plusYears(CLOCK_CHECK_YEARS))) {
            Optional<String> why = Workshop.clockChange(startOn(date), zone()).or(() -> Workshop.clockChange(endOn(date), zone()));
            if (why.isPresent()) {
                throw ProblemException.invalid("startTime", why.get());
            }
        }
    }

    /** What changes from a date onward; anything left null stays as it was. */
    public record Change(LocalDate from, String title, MonthlyRule rule, LocalTime startTime,
                         Integer durationMinutes, String location, Integer capacity, Long facilitatorId) {
    }

    /**
     * The series that carries this one on from a date with the changed settings (the rest as
     * they were), not yet stored. Refused if the series does not run on that date or was
     * already changed.
     */
    public WorkshopSeries continuedFrom(Change change, Instant now) {
        if (continuedBy != null) {
            throw ProblemException.invalid("from", "this series was already changed from " + endsBefore
                    + ": change series " + continuedBy + ", which continues it");
        }
        if (!runsOn(change.from())) {
            throw ProblemException.invalid("from", "must be a date on which this series runs");
        }
        return new WorkshopSeries(
                Optional.ofNullable(change.title()).orElse(title),
                Optional.ofNullable(change.rule()).orElse(rule()),
                Optional.ofNullable(change.startTime()).orElse(startTime()),
                Optional.ofNullable(change.durationMinutes()).orElse(durationMinutes),
                zone(),
                Optional.ofNullable(change.location()).orElse(location),
                Optional.ofNullable(change.capacity()).orElse(capacity),
                Optional.ofNullable(change.facilitatorId()).orElse(facilitatorId),
                change.from(), now);
    }

    /**
     * Ends this series before the stored {@code next} begins and hands it the occurrences held
     * from then on: each keeps its id (and so anything attached to it) and moves to the next
     * series' date in its month; one whose month has no such date on or after the change is
     * cancelled. Earlier occurrences stay as they are.
     */
    public void handOver(WorkshopSeries next, List<Workshop> occurrences, Instant now) {
        LocalDate from = next.firstDate();
        endBefore(from, next.id());
        for (Workshop occurrence : occurrences) {
            if (occurrence.occurrenceDate() == null || occurrence.occurrenceDate().isBefore(from)) {
                continue;
            }
            LocalDate date = next.rule().dateIn(YearMonth.from(occurrence.occurrenceDate()));
            if (date.isBefore(from)) {
                occurrence.cancel(now);
            } else {
                occurrence.continueIn(next, date, now);
            }
        }
    }

    /**
     * The occurrences this series still owes up to {@code until}: one per month, none before the
     * first date or from the end date on, none in a month already held.
     */
    public List<Workshop> occurrencesUntil(LocalDate until, Set<YearMonth> monthsHeld, Instant now) {
        LocalDate last = endsBefore == null || until.isBefore(endsBefore) ? until : endsBefore.minusDays(1);
        List<Workshop> due = rule().datesBetween(firstDate, last).stream()
                .filter(date -> !monthsHeld.contains(YearMonth.from(date)))
                .map(date -> Workshop.occurrence(this, date, now))
                .toList();
        if (until.isAfter(materialisedUntil)) {
            materialisedUntil = until;
        }
        return due;
    }

    /** When this series' workshop on a date starts and ends, in its zone's local time. */
    public LocalDateTime startOn(LocalDate date) {
        return date.atTime(startTime());
    }

    public LocalDateTime endOn(LocalDate date) {
        return startOn(date).plusMinutes(durationMinutes);
    }

    /**
     * Ends the series: no workshop from {@code from} on. Of those already held from then, the
     * ones nobody has touched go ({@code untouched}, returned for deleting) and the others are
     * cancelled, so what people did with them stays on the record.
     */
    public List<Workshop> end(LocalDate from, List<Workshop> occurrences, Set<Long> touched, Instant now) {
        if (continuedBy != null || (endsBefore != null && !from.isBefore(endsBefore))) {
            throw ProblemException.invalid("from", "this series already ends before " + endsBefore);
        }
        if (!runsOn(from)) {
            throw ProblemException.invalid("from", "must be a date on which this series runs");
        }
        this.endsBefore = from;
        List<Workshop> untouched = new java.util.ArrayList<>();
        for (Workshop occurrence : occurrences) {
            if (occurrence.occurrenceDate() == null || occurrence.occurrenceDate().isBefore(from)) {
                continue;
            }
            if (touched.contains(occurrence.id())) {
                occurrence.cancel(now);
            } else {
                untouched.add(occurrence);
            }
        }
        return untouched;
    }

    /** The first {@code count} dates this series would hold from its first date. */
    public List<LocalDate> firstDates(int count) {
        return rule().datesBetween(firstDate, firstDate.plusMonths(count + 1L)).stream().limit(count).toList();
    }

    /** Ends the series before a date; a new series carries on from there. */
    public void endBefore(LocalDate date, long continuation) {
        this.endsBefore = date;
        this.continuedBy = continuation;
        sequence++;
    }

    /** One of its occurrences was cancelled or changed: the file's EXDATEs or overrides are different. */
    public void occurrenceChanged() {
        sequence++;
    }

    public int sequence() {
        return sequence;
    }

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(firstDate) && (endsBefore == null || date.isBefore(endsBefore));
    }

    public MonthlyRule rule() {
        return MonthlyRule.parse(ruleText);
    }

    public LocalTime startTime() {
        return LocalTime.parse(startTime);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String location() {
        return location;
    }

    public Integer capacity() {
        return capacity;
    }

    public Long facilitatorId() {
        return facilitatorId;
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public LocalDate endsBefore() {
        return endsBefore;
    }

    public LocalDate materialisedUntil() {
        return materialisedUntil;
    }

    public Long continuedBy() {
        return continuedBy;
    }

    public int version() {
        return version;
    }
}
