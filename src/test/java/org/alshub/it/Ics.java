package org.alshub.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reading calendars back as a client would, and the RFC 5545 checks every emitted file must pass. */
public final class Ics {

    private Ics() {
    }

    /** CRLF line ends only, every line at most 75 octets, no empty continuation line. */
    public static void assertWellFormed(String ics) {
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), ics);
        String[] lines = ics.split("\r\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            assertFalse(line.contains("\r") || line.contains("\n"), "bare CR or LF in: " + line);
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + line);
            assertFalse(line.isEmpty() || line.equals(" "), "empty line " + i);
        }
    }

    /** The content lines as they were before folding. */
    public static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** Parses with iCal4j and fails on any validation error. */
    public static Calendar parse(String ics) {
        assertWellFormed(ics);
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult result = calendar.validate();
            assertFalse(result.hasErrors(), result + "\n" + ics);
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("cannot read back:\n" + ics, e);
        }
    }

    public static Instant startOf(VEvent event) {
        return Instant.from(event.<ZonedDateTime>getStartDate().orElseThrow().getDate());
    }

    /**
     * The instants a client shows: each recurring event's instances without its EXDATEs, where an
     * instance with a RECURRENCE-ID override is shown at the override's time instead.
     */
    public static Set<Instant> expand(Calendar calendar, ZonedDateTime from, ZonedDateTime to) {
        Period<ZonedDateTime> window = new Period<>(from, to);
        Set<Instant> shown = new TreeSet<>();
        Set<Instant> replaced = new TreeSet<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            Optional<RecurrenceId<ZonedDateTime>> recurrenceId = event.getProperty("RECURRENCE-ID");
            if (recurrenceId.isPresent()) {
                replaced.add(Instant.from(recurrenceId.get().getDate()));
                shown.add(startOf(event));
            }
        }
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            if (event.getProperty("RECURRENCE-ID").isEmpty()) {
                for (Period<ZonedDateTime> instance : event.<ZonedDateTime>calculateRecurrenceSet(window)) {
                    Instant at = Instant.from(instance.getStart());
                    if (!replaced.contains(at)) {
                        shown.add(at);
                    }
                }
            }
        }
        return shown;
    }

    public static ZonedDateTime london(java.time.LocalDate date) {
        return date.atStartOfDay(ZoneId.of("Europe/London"));
    }
}
