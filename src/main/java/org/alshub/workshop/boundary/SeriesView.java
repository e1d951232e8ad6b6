package org.alshub.workshop.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.alshub.workshop.entity.WorkshopSeries;

/** A series and, when asked for one series, its occurrences. */
public record SeriesView(long id, String title, String rule, LocalTime startTime, int durationMinutes,
                         String timeZone, String location, Integer capacity, Long facilitatorId,
                         LocalDate firstDate, LocalDate endsBefore, Long continuedBy, LocalDate materialisedUntil,
                         int version, List<WorkshopView> occurrences) {

    static SeriesView of(WorkshopSeries s, List<WorkshopView> occurrences) {
        return new SeriesView(s.id(), s.title(), s.rule().text(), s.startTime(), s.durationMinutes(), s.zone().getId(),
                s.location(), s.capacity(), s.facilitatorId(), s.firstDate(), s.endsBefore(), s.continuedBy(),
                s.materialisedUntil(), s.version(), occurrences);
    }
}
