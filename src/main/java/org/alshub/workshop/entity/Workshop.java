package org.alshub.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.Objects;
import org.alshub.platform.problem.ProblemException;

/**
 * One session of the set. Its time is kept as local wall-clock time in its zone, so a 10:00
 * workshop stays at 10:00 across clock changes; the UTC instants are derived for ordering.
 */
@Entity
@EntityListeners(WorkshopChanges.class)
@Table(name = "workshop")
public class Workshop {

    /** The longest a workshop may last. */
    public static final Duration LONGEST = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "occurrence_date")
    private LocalDate occurrenceDate;

    private String title;

    @Column(name = "start_local")
    private LocalDateTime startLocal;

    @Column(name = "end_local")
    private LocalDateTime endLocal;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "starts_at_utc")
    private LocalDateTime startsAtUtc;

    @Column(name = "ends_at_utc")
    private LocalDateTime endsAtUtc;

    private String location;

    private Integer capacity;

    @Column(name = "facilitator_id")
    private Long facilitatorId;

    @Column(name = "agenda_notes")
    private String agendaNotes;

    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;

    @Column(name = "sequence_number")
    private int sequence;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected Workshop() {
    }

    public Workshop(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, String location,
                    Integer capacity, Long facilitatorId, String agendaNotes, Instant now) {
        checkTimes(start, end, zone);
        this.title = title;
        this.location = location;
        this.capacity = capacity;
        this.facilitatorId = facilitatorId;
        this.agendaNotes = agendaNotes;
        this.status = WorkshopStatus.SCHEDULED;
        this.createdAt = now;
        this.updatedAt = now;
        setTime(start, end, zone);
    }

    static Workshop occurrence(WorkshopSeries series, LocalDate date, Instant now) {
        Workshop workshop = new Workshop(series.title(), series.startOn(date), series.endOn(date), series.zone(),
                series.location(), series.capacity(), series.facilitatorId(), null, now);
        workshop.seriesId = series.id();
        workshop.occurrenceDate = date;
        return workshop;
    }

    /**
     * When a workshop may be: it ends after it starts, and lasts at most {@link #LONGEST}
     * (which also bounds how far back the upcoming list has to look).
     */
    public static void checkTimes(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("end", "must be after the start");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("end", "a workshop lasts at most " + LONGEST.toDays() + " days");
        }
        clockChange(start, zone).ifPresent(why -> {
            throw ProblemException.invalid("start", why);
        });
        clockChange(end, zone).ifPresent(why -> {
            throw ProblemException.invalid("end", why);
        });
    }

    /**
     * Why a local time cannot be a workshop's, if it cannot: in the spring gap it never happens on
     * the clock, and in the repeated autumn hour it happens twice, so calendar apps read it an hour
     * apart from each other and from us. Either is refused rather than guessed.
     */
    public static java.util.Optional<String> clockChange(LocalDateTime time, ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().getTransition(time);
        if (change == null) {
            return java.util.Optional.empty();
        }
        String at = TIME.format(time) + " on " + DAY.format(time);
        String from = TIME.format(change.getDateTimeBefore());
        String to = TIME.format(change.getDateTimeAfter());
        return java.util.Optional.of(change.isGap()
                ? at + " does not exist in " + zone.getId() + ": the clocks go forward from " + from + " to " + to
                + ". Choose a time outside that hour."
                : at + " happens twice in " + zone.getId() + ": the clocks go back from " + from + " to " + to
                + ", so calendars would not agree which one is meant. Choose a time outside that hour.");
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /**
     * Moves the workshop and changes its details. A change of time, place or status raises the
     * sequence, so calendars that hold an invitation replace it.
     */
    public void reschedule(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, String location,
                           Integer capacity, Long facilitatorId, String agendaNotes, Instant now) {
        checkTimes(start, end, zone);
        boolean moved = !start.equals(startLocal) || !end.equals(endLocal) || !zone.getId().equals(timeZone)
                || !Objects.equals(location, this.location);
        this.title = title;
        this.capacity = capacity;
        this.facilitatorId = facilitatorId;
        this.agendaNotes = agendaNotes;
        this.location = location;
        setTime(start, end, zone);
        touched(moved, now);
    }

    /** Hands an occurrence to the series that continues its own, on that series' date and time. */
    public void continueIn(WorkshopSeries series, LocalDate date, Instant now) {
        this.seriesId = series.id();
        this.occurrenceDate = date;
        reschedule(series.title(), series.startOn(date), series.endOn(date), series.zone(), series.location(),
                series.capacity(), series.facilitatorId(), agendaNotes, now);
    }

    public void cancel(Instant now) {
        if (status != WorkshopStatus.CANCELLED) {
            status = WorkshopStatus.CANCELLED;
            touched(true, now);
        }
    }

    /** Whether this occurrence is not where its series' rule would put it. */
    public boolean isMoved(WorkshopSeries series) {
        if (series == null || occurrenceDate == null) {
            return false;
        }
        return !series.startOn(occurrenceDate).equals(startLocal) || !series.endOn(occurrenceDate).equals(endLocal)
                || !Objects.equals(series.location(), location);
    }

    private void setTime(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        this.startLocal = start;
        this.endLocal = end;
        this.timeZone = zone.getId();
        this.startsAtUtc = LocalDateTime.ofInstant(start.atZone(zone).toInstant(), ZoneOffset.UTC);
        this.endsAtUtc = LocalDateTime.ofInstant(end.atZone(zone).toInstant(), ZoneOffset.UTC);
    }

    private void touched(boolean timePlaceOrStatus, Instant now) {
        if (timePlaceOrStatus) {
            sequence++;
        }
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long seriesId() {
        return seriesId;
    }

    public LocalDate occurrenceDate() {
        return occurrenceDate;
    }

    public String title() {
        return title;
    }

    public LocalDateTime startLocal() {
        return startLocal;
    }

    public LocalDateTime endLocal() {
        return endLocal;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public OffsetDateTime startsAt() {
        return startLocal.atZone(zone()).toOffsetDateTime();
    }

    public OffsetDateTime endsAt() {
        return endLocal.atZone(zone()).toOffsetDateTime();
    }

    public Instant startInstant() {
        return startsAtUtc.toInstant(ZoneOffset.UTC);
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

    public String agendaNotes() {
        return agendaNotes;
    }

    public WorkshopStatus status() {
        return status;
    }

    public boolean isCancelled() {
        return status == WorkshopStatus.CANCELLED;
    }

    public int sequence() {
        return sequence;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
