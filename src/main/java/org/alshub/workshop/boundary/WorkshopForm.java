package org.alshub.workshop.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.alshub.platform.config.Zones;
import org.alshub.workshop.control.Workshops;

/** One workshop as a facilitator plans it: local times in its zone (Europe/London unless said). */
public class WorkshopForm {
    public @NotBlank @Size(max = 200) String title;
    public @NotNull LocalDateTime start;
    public @NotNull LocalDateTime end;
    public @Size(max = 64) String timeZone;
    public @Size(max = 300) String location;
    public @Min(1) @Max(10000) Integer capacity;
    public Long facilitatorId;
    public @Size(max = 4000) String agendaNotes;

    Workshops.Plan plan(java.time.ZoneId defaultZone) {
        return new Workshops.Plan(title.strip(), start, end, Zones.parse("timeZone", timeZone, defaultZone),
                blankToNull(location), capacity, facilitatorId, blankToNull(agendaNotes));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
