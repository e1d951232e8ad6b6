package org.alshub.workshop.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.alshub.platform.config.Zones;
import org.alshub.workshop.control.SeriesScheduler;

/** A monthly series as a facilitator says it: {"rule": "fourth Wednesday", "startTime": "10:00", ...}. */
public class SeriesForm {
    public @NotBlank @Size(max = 200) String title;
    public @NotBlank @Size(max = 40) String rule;
    public @NotNull LocalTime startTime;
    public @NotNull @Min(15) @Max(720) Integer durationMinutes;
    public LocalDate firstDate;
    public @Size(max = 64) String timeZone;
    public @Size(max = 300) String location;
    public @Min(1) @Max(10000) Integer capacity;
    public Long facilitatorId;

    SeriesScheduler.Plan plan(ZoneId defaultZone) {
        ZoneId zone = Zones.parse("timeZone", timeZone, defaultZone);
        return new SeriesScheduler.Plan(title.strip(), Rules.parse("rule", rule), startTime, durationMinutes, zone,
                WorkshopForm.blankToNull(location), capacity, facilitatorId,
                firstDate == null ? LocalDate.now(zone) : firstDate);
    }
}
