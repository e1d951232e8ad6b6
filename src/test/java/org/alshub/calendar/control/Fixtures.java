package org.alshub.calendar.control;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alshub.workshop.entity.MonthlyRule;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/** Workshops and series in memory, with the ids the database would give them. */
final class Fixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2012-11-29T09:00:00Z");
    static final Calendars CALENDARS = new Calendars(new Calendars.Settings("als@lambeth.test", "Lambeth ALS", "alshub.test"));
    private static long ids = 100;

    private Fixtures() {
    }

    static Workshop workshop(String title, LocalDateTime start, String location, String agenda) {
        Workshop workshop = new Workshop(title, start, start.plusHours(2), LONDON, location, 20, null, agenda, NOW);
        return withId(workshop, ids++);
    }

    static WorkshopSeries series(String rule, LocalDate first) {
        return withId(new WorkshopSeries("Coproduction ALS", MonthlyRule.parse(rule), LocalTime.of(10, 0), 120, LONDON,
                "Room 8, Town Hall", 20, null, first, NOW), ids++);
    }

    /** The occurrences the app would store up to {@code until}. */
    static List<Workshop> occurrences(WorkshopSeries series, LocalDate until) {
        List<Workshop> stored = new ArrayList<>();
        for (Workshop w : series.occurrencesUntil(until, Set.of(), NOW)) {
            stored.add(withId(w, ids++));
        }
        return stored;
    }

    static URI link(Workshop w) {
        return URI.create("https://als.lambeth.test/calendar/workshops/" + w.id() + ".ics");
    }

    static <T> T withId(T entity, long id) {
        return org.alshub.Stored.withId(entity, id);
    }

    static void set(Object entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static YearMonth month(LocalDate date) {
        return YearMonth.from(date);
    }
}
