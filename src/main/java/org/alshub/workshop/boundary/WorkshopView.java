package org.alshub.workshop.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.alshub.workshop.entity.Workshop;

/** A workshop as the API shows it: local times, and the same moments with their UTC offset. */
public record WorkshopView(long id, Long seriesId, LocalDate occurrenceDate, String title,
                           LocalDateTime start, LocalDateTime end, String timeZone,
                           OffsetDateTime startsAt, OffsetDateTime endsAt, String location, Integer capacity,
                           Long facilitatorId, String agendaNotes, String status, boolean moved, int sequence,
                           int version) {

    static WorkshopView of(Workshop w, boolean moved) {
        return new WorkshopView(w.id(), w.seriesId(), w.occurrenceDate(), w.title(), w.startLocal(), w.endLocal(),
                w.zone().getId(), w.startsAt(), w.endsAt(), w.location(), w.capacity(), w.facilitatorId(),
                w.agendaNotes(), w.status().name(), moved, w.sequence(), w.version());
    }
}
