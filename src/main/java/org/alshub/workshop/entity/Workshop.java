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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One session of the set. Its time is kept as local wall-clock time in its zone, so a 10:00
 * workshop stays at 10:00 across clock changes; the UTC instants are derived for ordering.
 */
@Entity
@EntityListeners(WorkshopChanges.class)
@Table(name = "workshop")
public class Workshop {

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
                    Integer capacity, Long facilitatorId, String agendaNotes) {
        this.title = title;
        this.location = location;
        this.capacity = capacity;
        this.facilitatorId = facilitatorId;
        this.agendaNotes = agendaNotes;
        this.status = WorkshopStatus.SCHEDULED;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        setTime(start, end, zone);
    }

    static Workshop occurrence(WorkshopSeries series, LocalDate date, LocalDateTime start, LocalDateTime end) {
        Workshop workshop = new Workshop(series.title(), start, end, series.zone(), series.location(),
                series.capacity(), series.facilitatorId(), null);
        workshop.seriesId = series.id();
        workshop.occurrenceDate = date;
        return workshop;
    }

    /**
     * Moves the workshop and changes its details. A change of time, place or status raises the
     * sequence, so calendars that hold an invitation replace it.
     */
    public void reschedule(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, String location,
                           Integer capacity, Long facilitatorId, String agendaNotes) {
        boolean moved = !start.equals(startLocal) || !end.equals(endLocal) || !zone.getId().equals(timeZone)
                || !Objects.equals(location, this.location);
        this.title = title;
        this.capacity = capacity;
        this.facilitatorId = facilitatorId;
        this.agendaNotes = agendaNotes;
        this.location = location;
        setTime(start, end, zone);
        touched(moved);
    }

    /** Hands an occurrence to the series that continues its own, on that series' date and time. */
    public void continueIn(WorkshopSeries series, LocalDate date) {
        Workshop planned = series.occurrenceOn(date);
        this.seriesId = series.id();
        this.occurrenceDate = date;
        reschedule(series.title(), planned.startLocal, planned.endLocal, series.zone(), series.location(),
                series.capacity(), series.facilitatorId(), agendaNotes);
    }

    public void cancel() {
        if (status != WorkshopStatus.CANCELLED) {
            status = WorkshopStatus.CANCELLED;
            touched(true);
        }
    }

    /** Whether this occurrence is not where its series' rule would put it. */
    public boolean isMoved(WorkshopSeries series) {
        if (series == null || occurrenceDate == null) {
            return false;
        }
        Workshop planned = series.occurrenceOn(occurrenceDate);
        return !planned.startLocal.equals(startLocal) || !planned.endLocal.equals(endLocal)
                || !Objects.equals(planned.location, location);
    }

    private void setTime(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        this.startLocal = start;
        this.endLocal = end;
        this.timeZone = zone.getId();
        this.startsAtUtc = LocalDateTime.ofInstant(start.atZone(zone).toInstant(), ZoneOffset.UTC);
        this.endsAtUtc = LocalDateTime.ofInstant(end.atZone(zone).toInstant(), ZoneOffset.UTC);
    }

    private void touched(boolean timePlaceOrStatus) {
        if (timePlaceOrStatus) {
            sequence++;
        }
        updatedAt = Instant.now();
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
