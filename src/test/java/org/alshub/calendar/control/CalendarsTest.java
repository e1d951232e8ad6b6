package org.alshub.calendar.control;

import static org.alshub.calendar.control.Fixtures.CALENDARS;
import static org.alshub.calendar.control.Fixtures.LONDON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.validate.ValidationResult;
import org.alshub.it.Ics;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every calendar the app emits, for hostile input, read back by iCal4j and checked octet by octet. */
class CalendarsTest {

    static final List<String> HOSTILE = List.of(
            "Plain title",
            "Commas, semicolons; and a backslash \\ here",
            "Two\nlines and\r\nCRLF and a lone\rCR",
            "Emoji 🎉👩🏽‍🤝‍👩🏻 and Welsh Llanfairpwllgwyngyll ŵŷ, Polish zażółć gęślą jaźń",
            "বাংলা ভাষা সহ-উৎপাদন কর্মশালা বাংলা ভাষা সহ-উৎপাদন কর্মশালা",
            "x".repeat(2000),
            "ক্ষ".repeat(700));

    /** Last Sunday of March and of October 2027: the clocks change at 01:00 UTC. */
    static final List<LocalDateTime> STARTS = List.of(
            LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 10, 31, 10, 0),
            LocalDateTime.of(2027, 3, 28, 0, 30), LocalDateTime.of(2027, 10, 31, 1, 30));

    @Test
    void everyCalendarForHostileInputReadsBackValidAndFoldedByOctets() {
        int checked = 0;
        for (String text : HOSTILE) {
            for (LocalDateTime start : STARTS) {
                Workshop workshop = Fixtures.workshop(text, start, text, text);
                Calendars.Invitee guest = new Calendars.Invitee(text, "guest@example.test", "NEEDS-ACTION");
                List<String> emitted = new ArrayList<>();
                emitted.add(IcsText.write(CALENDARS.workshop(workshop, Optional.empty(), Fixtures.link(workshop))));
                emitted.add(IcsText.write(CALENDARS.workshop(workshop, Optional.of(guest), Fixtures.link(workshop))));
                emitted.add(IcsText.write(CALENDARS.publicFeed(List.of(workshop), Fixtures::link, text)));
                emitted.add(IcsText.write(CALENDARS.memberFeed(List.of(workshop), w -> guest, Fixtures::link, text, List.of())));
                workshop.cancel(Fixtures.NOW);
                emitted.add(IcsText.write(CALENDARS.workshop(workshop, Optional.of(guest), Fixtures.link(workshop))));
                for (String ics : emitted) {
                    assertWellFormed(ics);
                    Calendar back = parse(ics);
                    VEvent event = back.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
                    String expected = Calendars.text(text);
                    assertEquals(expected, event.getProperty("SUMMARY").map(Property::getValue).orElseThrow());
                    assertEquals(expected, event.getProperty("LOCATION").map(Property::getValue).orElseThrow());
                    assertEquals(start.atZone(LONDON).toInstant(), startOf(event));
                    checked++;
                }
            }
        }
        assertEquals(HOSTILE.size() * STARTS.size() * 5, checked);
    }

    @Test
    void aSeriesWithHostileTitlesACancelledAndAMovedOccurrenceReadsBackValid() {
        for (String text : HOSTILE) {
            WorkshopSeries series = Fixtures.series("last Sunday", LocalDate.of(2027, 1, 1));
            Fixtures.set(series, "title", text);
            Fixtures.set(series, "location", text);
            List<Workshop> stored = Fixtures.occurrences(series, LocalDate.of(2027, 12, 31));
            stored.get(2).cancel(Fixtures.NOW);
            stored.get(9).reschedule(text, stored.get(9).startLocal().plusHours(3), stored.get(9).endLocal().plusHours(3),
                    LONDON, "Elsewhere; " + text, 20, null, text, Fixtures.NOW);
            String ics = IcsText.write(CALENDARS.series(List.of(series), Map.of(series.id(), stored), Fixtures::link,
                    URI.create("https://als.lambeth.test/calendar/series/1.ics")));
            assertWellFormed(ics);
            assertEquals(instants(stored), expand(parse(ics), LocalDate.of(2027, 1, 1), 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fourth Wednesday", "last Thursday", "first Monday", "last Sunday", "the 1st", "the 15th",
            "the 28th", "the 29th", "the 30th", "the 31st"})
    void twoYearsExpandedFromTheIcsAreExactlyTheStoredOccurrences(String rule) {
        LocalDate first = LocalDate.of(2026, 11, 1);
        WorkshopSeries series = Fixtures.series(rule, first);
        List<Workshop> stored = Fixtures.occurrences(series, first.plusYears(2).minusDays(1));
        stored.get(5).cancel(Fixtures.NOW);
        stored.get(7).reschedule("Moved", stored.get(7).startLocal().minusDays(1), stored.get(7).endLocal().minusDays(1),
                LONDON, "Room 9", 20, null, null, Fixtures.NOW);
        String ics = IcsText.write(CALENDARS.series(List.of(series), Map.of(series.id(), stored), Fixtures::link,
                URI.create("https://als.lambeth.test/calendar/series/1.ics")));
        assertEquals(24, stored.size());
        assertEquals(instants(stored), expand(parse(ics), first, 2), rule);
    }

    @Test
    void aSeriesChangedFromADateEndsWithUntilAndItsContinuationCarriesOn() {
        WorkshopSeries old = Fixtures.series("fourth Wednesday", LocalDate.of(2026, 1, 1));
        WorkshopSeries next = Fixtures.series("first Monday", LocalDate.of(2026, 7, 1));
        old.endBefore(LocalDate.of(2026, 7, 1), next.id());
        List<Workshop> before = Fixtures.occurrences(old, LocalDate.of(2027, 12, 31));
        List<Workshop> after = Fixtures.occurrences(next, LocalDate.of(2027, 12, 31));
        String ics = IcsText.write(CALENDARS.series(List.of(old, next), Map.of(old.id(), before, next.id(), after),
                Fixtures::link, URI.create("https://als.lambeth.test/calendar/series/1.ics")));
        assertTrue(ics.contains("UNTIL=20260630T225959Z"), ics);
        List<Workshop> all = new ArrayList<>(before);
        all.addAll(after);
        assertEquals(6, before.size());
        assertEquals(instants(all), expand(parse(ics), LocalDate.of(2026, 1, 1), 2));
    }

    @Test
    void theTimeZoneCarriesOnlyWhatTheEventsNeedAndAgreesWithJavaEveryHour() {
        Workshop workshop = Fixtures.workshop("Clock change", LocalDateTime.of(2027, 3, 28, 10, 0), "Room 8", null);
        String ics = IcsText.write(CALENDARS.workshop(workshop, Optional.empty(), Fixtures.link(workshop)));
        String zone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
        assertTrue(zone.getBytes(StandardCharsets.UTF_8).length < 600, zone);
        assertFalse(zone.contains("DTSTART:18") || zone.contains("DTSTART:19") || zone.contains("DTSTART:200"), zone);

        VTimeZone parsed = parse(ics).getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        net.fortuna.ical4j.model.TimeZone fromFile = new net.fortuna.ical4j.model.TimeZone(parsed);
        net.fortuna.ical4j.model.TimeZone reference = new net.fortuna.ical4j.model.TimeZone(
                TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Europe/London").getVTimeZone());
        for (Instant t = Instant.parse("2027-01-01T00:30:00Z"); t.isBefore(Instant.parse("2040-01-01T00:00:00Z"));
             t = t.plus(1, ChronoUnit.HOURS)) {
            long millis = t.toEpochMilli();
            assertEquals(reference.getOffset(millis), fromFile.getOffset(millis), "against iCal4j's full zone at " + t);
            // iCal4j's TimeZone answers with the old offset for an hour after a change, whichever VTIMEZONE it reads
            var next = LONDON.getRules().nextTransition(t.minus(2, ChronoUnit.HOURS));
            if (next.getInstant().isAfter(t)) {
                assertEquals(LONDON.getRules().getOffset(t).getTotalSeconds() * 1000, fromFile.getOffset(millis),
                        "against Java at " + t);
            }
        }
    }

    @Test
    void aYearOfMonthlyWorkshopsMakesASmallPublicFeed() throws Exception {
        WorkshopSeries series = Fixtures.series("fourth Wednesday", LocalDate.of(2027, 1, 1));
        Fixtures.set(series, "title", "Coproduction Action Learning Set");
        Fixtures.set(series, "location", "Room 8, Lambeth Town Hall, Brixton Hill, London SW2 1RW");
        List<Workshop> year = Fixtures.occurrences(series, LocalDate.of(2027, 12, 31));
        String ics = IcsText.write(CALENDARS.publicFeed(year, w -> URI.create(
                "https://als.lambeth.gov.uk/calendar/workshops/" + w.id() + ".ics"), "Action Learning Set workshops"));
        int bytes = ics.getBytes(StandardCharsets.UTF_8).length;
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "public-feed-year.ics"), ics);
        System.out.println("public feed, 12 monthly workshops: " + bytes + " bytes");
        assertEquals(12, year.size());
        assertTrue(bytes < 10_000, bytes + " bytes");
    }

    @Test
    void iCal4jAloneFoldsByCharactersSoWeFoldAgainByOctets() throws Exception {
        Workshop workshop = Fixtures.workshop("ক্ষ".repeat(40), LocalDateTime.of(2027, 5, 5, 10, 0), "Room 8", null);
        Calendar calendar = CALENDARS.workshop(workshop, Optional.empty(), Fixtures.link(workshop));
        StringWriter plain = new StringWriter();
        new CalendarOutputter(false).output(calendar, plain);
        int longest = plain.toString().lines().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow();
        assertTrue(longest > 75, "iCal4j's own folding now counts octets (" + longest + "): IcsText's refolding may go");

        String ours = IcsText.write(calendar);
        assertWellFormed(ours);
        assertEquals(IcsText.unfold(plain.toString()), IcsText.unfold(ours));
    }

    /**
     * An owed action is a task with its due date (Thunderbird shows tasks) and, since Outlook,
     * Google and Apple leave tasks in a subscribed feed out, an all-day event on that day that
     * does not make the member look busy. An action with no date is a task only.
     */
    @Test
    void aMembersFeedCarriesWhatTheyOweAsTasksAndAsFreeAllDayEvents() {
        Workshop workshop = Fixtures.workshop("January", STARTS.get(0), "Room 8", "");
        Calendars.Invitee tom = new Calendars.Invitee("Tom Reilly", "tom@example.test", "ACCEPTED");
        URI follow = URI.create("https://als.example/#my-actions");
        Instant changed = Instant.parse("2013-01-23T12:00:00Z");
        String hostile = HOSTILE.get(2);
        String ics = IcsText.write(CALENDARS.memberFeed(List.of(workshop), w -> tom, Fixtures::link, "Mine", List.of(
                new Calendars.OwedAction(7, hostile, LocalDate.of(2013, 2, 27), true, changed, follow),
                new Calendars.OwedAction(8, "Ask the tenants' panel", null, false, changed, follow))));
        assertWellFormed(ics);
        Calendar back = parse(ics);
        List<net.fortuna.ical4j.model.component.VToDo> tasks = back.getComponents("VTODO").stream()
                .map(net.fortuna.ical4j.model.component.VToDo.class::cast).toList();
        assertEquals(2, tasks.size());
        var first = tasks.get(0);
        assertEquals(Calendars.text(hostile), first.getProperty("SUMMARY").map(Property::getValue).orElseThrow());
        assertEquals("20130227", first.getProperty("DUE").map(Property::getValue).orElseThrow());
        assertEquals("DATE", first.getProperty("DUE").orElseThrow().getParameter("VALUE").map(p -> p.getValue()).orElseThrow());
        assertEquals("IN-PROCESS", first.getProperty("STATUS").map(Property::getValue).orElseThrow());
        assertEquals("NEEDS-ACTION", tasks.get(1).getProperty("STATUS").map(Property::getValue).orElseThrow());
        assertTrue(tasks.get(1).getProperty("DUE").isEmpty());

        List<VEvent> events = back.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        assertEquals(2, events.size(), "the workshop and one due day: the undated action has none");
        VEvent due = events.get(1);
        assertEquals("Action due: " + Calendars.text(hostile), due.getProperty("SUMMARY").map(Property::getValue).orElseThrow());
        assertEquals("20130227", due.getProperty("DTSTART").map(Property::getValue).orElseThrow());
        assertEquals("20130228", due.getProperty("DTEND").map(Property::getValue).orElseThrow());
        assertEquals("TRANSPARENT", due.getProperty("TRANSP").map(Property::getValue).orElseThrow());
        assertNotEquals(first.getProperty("UID").map(Property::getValue).orElseThrow(),
                due.getProperty("UID").map(Property::getValue).orElseThrow());
    }

    static void assertWellFormed(String ics) {
        Ics.assertWellFormed(ics);
    }

    static Calendar parse(String ics) {
        return Ics.parse(ics);
    }

    static Instant startOf(VEvent event) {
        return Ics.startOf(event);
    }

    static Set<Instant> instants(List<Workshop> stored) {
        return stored.stream().filter(w -> !w.isCancelled()).map(Workshop::startInstant)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Instant> expand(Calendar calendar, LocalDate from, int years) {
        return Ics.expand(calendar, Ics.london(from), Ics.london(from).plusYears(years));
    }
}
