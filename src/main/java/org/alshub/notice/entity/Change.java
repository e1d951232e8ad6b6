package org.alshub.notice.entity;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.alshub.workshop.entity.Workshop;

/** What people are told moved: "Now at 15:00 in Room 3 (before: at 10:00 in Room 8)". */
public final class Change {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Change() {
    }

    /** Where and when a workshop was, kept before a change to say what the change was. */
    public record Snapshot(LocalDateTime start, LocalDateTime end, String zone, String location, boolean cancelled) {

        public static Snapshot of(Workshop workshop) {
            return new Snapshot(workshop.startLocal(), workshop.endLocal(), workshop.zone().getId(),
                    workshop.location(), workshop.isCancelled());
        }

        boolean sameTimeAndPlace(Snapshot other) {
            return start.equals(other.start) && end.equals(other.end) && zone.equals(other.zone)
                    && Objects.equals(blankless(location), blankless(other.location));
        }
    }

    /** The sentence for a move, or empty when time and place are as they were. */
    public static Optional<String> between(Snapshot before, Snapshot after) {
        if (before.sameTimeAndPlace(after)) {
            return Optional.empty();
        }
        List<String> now = new ArrayList<>();
        List<String> was = new ArrayList<>();
        if (!before.start().toLocalDate().equals(after.start().toLocalDate())) {
            now.add("on " + DAY.format(after.start()));
            was.add("on " + DAY.format(before.start()));
        }
        if (!before.start().equals(after.start())) {
            now.add("at " + TIME.format(after.start()));
            was.add("at " + TIME.format(before.start()));
        } else if (!before.end().equals(after.end())) {
            now.add("until " + TIME.format(after.end()));
            was.add("until " + TIME.format(before.end()));
        }
        if (!before.zone().equals(after.zone())) {
            now.add("(" + after.zone() + " time)");
            was.add("(" + before.zone() + " time)");
        }
        if (!Objects.equals(blankless(before.location()), blankless(after.location()))) {
            now.add(place(after.location()));
            was.add(place(before.location()));
        }
        return Optional.of("Now " + String.join(" ", now) + " (before: " + String.join(" ", was) + ")");
    }

    private static String place(String location) {
        return blankless(location) == null ? "with no place set yet" : "in " + location.strip();
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
