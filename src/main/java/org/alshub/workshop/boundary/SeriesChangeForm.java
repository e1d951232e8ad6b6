package org.alshub.workshop.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.alshub.workshop.entity.WorkshopSeries;

/** What changes in a series from a date onward; fields left out stay as they were. */
public class SeriesChangeForm {
    public @NotNull LocalDate from;
    public @Size(min = 1, max = 200) String title;
    public @Size(min = 1, max = 40) String rule;
    public LocalTime startTime;
    public @Min(15) @Max(720) Integer durationMinutes;
    public @Size(max = 300) String location;
    public @Min(1) @Max(10000) Integer capacity;
    public Long facilitatorId;

    WorkshopSeries.Change change() {
        return new WorkshopSeries.Change(from, title == null ? null : title.strip(),
                rule == null ? null : Rules.parse("rule", rule), startTime, durationMinutes,
                location, capacity, facilitatorId);
    }
}
