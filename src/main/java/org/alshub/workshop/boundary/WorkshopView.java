package org.alshub.workshop.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.alshub.workshop.entity.Workshop;

/**
 * A workshop as the API shows it: local times, and the same moments with their UTC offset. After
 * a move or a cancellation, {@code told} is how many people were emailed about it.
 */
public record WorkshopView(long id, Long seriesId, LocalDate occurrenceDate, String title,
                           LocalDateTime start, LocalDateTime end, String timeZone,
                           OffsetDateTime startsAt, OffsetDateTime endsAt, String location, Integer capacity,
                           Long facilitatorId, String agendaNotes, String status, boolean moved, int sequence,
                           int version, Integer told) {

    static WorkshopView of(Workshop w, boolean moved) {
        return new WorkshopView(w.id(), w.seriesId(), w.occurrenceDate(), w.title(), w.startLocal(), w.endLocal(),
                w.zone().getId(), w.startsAt(), w.endsAt(), w.location(), w.capacity(), w.facilitatorId(),
                w.agendaNotes(), w.status().name(), moved, w.sequence(), w.version(), null);
    }

    WorkshopView told(int people) {
        return new WorkshopView(id, seriesId, occurrenceDate, title, start, end, timeZone, startsAt, endsAt, location,
                capacity, facilitatorId, agendaNotes, status, moved, sequence, version, people);
    }
}
