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

    /**
     * Last Sunday of March and of October 2027: the clocks change at 01:00 UTC. Just before the
     * spring gap and just after the repeated autumn hour (times inside them are refused: WorkshopTest).
     */
    static final List<LocalDateTime> STARTS = List.of(
            LocalDateTime.of(2027, 3, 28, 10, 0), LocalDateTime.of(2027, 10, 31, 10, 0),
            LocalDateTime.of(2027, 3, 28, 0, 30), LocalDateTime.of(2027, 10, 31, 2, 30));

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

    /**
     * A waiting place is not a seat, and the person's calendar says so: TENTATIVE, free time, and
     * "Waiting list, place 2: no seat yet" first in SUMMARY and DESCRIPTION. When the seat comes,
     * their copy is replaced (a higher SEQUENCE) by a confirmed one.
     */
    @Test
    void aWaitingPlaceIsTentativeFreeTimeAndSaysSoUntilTheSeatComes() {
        Workshop workshop = Fixtures.workshop("Full workshop", STARTS.get(0), "Room 8", "Bring a friend");
        Calendars.Invitee waiting = new Calendars.Invitee("Gwen Guest", "gwen@example.test", "ACCEPTED", 2, 1);
        String written = IcsText.write(CALENDARS.workshop(workshop, Optional.of(waiting), Fixtures.link(workshop)));
        assertFalse(written.contains("BEGIN:VALARM"), "no reminder for a seat one does not have");
        Calendar request = parse(written);
        VEvent event = request.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("REQUEST", request.getProperty("METHOD").map(Property::getValue).orElseThrow());
        assertEquals("Waiting list, place 2: no seat yet \u2013 Full workshop", value(event, "SUMMARY"));
        assertTrue(value(event, "DESCRIPTION").startsWith("Waiting list, place 2: no seat yet. "), value(event, "DESCRIPTION"));
        assertEquals("TENTATIVE", value(event, "STATUS"));
        assertEquals("TRANSPARENT", value(event, "TRANSP"));
        assertEquals("TENTATIVE", event.getProperty("ATTENDEE").orElseThrow().getParameter("PARTSTAT")
                .map(p -> p.getValue()).orElseThrow());
        assertEquals(1, Integer.parseInt(value(event, "SEQUENCE")));

        Calendars.Invitee seated = new Calendars.Invitee("Gwen Guest", "gwen@example.test", "ACCEPTED", 0, 2);
        VEvent place = parse(IcsText.write(CALENDARS.workshop(workshop, Optional.of(seated), Fixtures.link(workshop))))
                .getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("Full workshop", value(place, "SUMMARY"));
        assertEquals("CONFIRMED", value(place, "STATUS"));
        assertEquals("OPAQUE", value(place, "TRANSP"));
        assertTrue(place.getAlarms().size() == 1, "a seat comes with the reminder the day before");
        assertEquals("ACCEPTED", place.getProperty("ATTENDEE").orElseThrow().getParameter("PARTSTAT")
                .map(p -> p.getValue()).orElseThrow());
        assertTrue(Integer.parseInt(value(place, "SEQUENCE")) > Integer.parseInt(value(event, "SEQUENCE")),
                "the confirmed copy replaces the tentative one");
    }

    /** RFC 5546: a CANCEL asks for no reply; the REQUEST reminds the day before. */
    @Test
    void anInvitationRemindsTheDayBeforeAndACancellationAsksForNoAnswer() {
        Workshop workshop = Fixtures.workshop("Reminded", STARTS.get(0), "Room 8", null);
        Calendars.Invitee guest = new Calendars.Invitee("Gwen Guest", "gwen@example.test", "NEEDS-ACTION");
        String request = Ics.unfold(IcsText.write(CALENDARS.workshop(workshop, Optional.of(guest), Fixtures.link(workshop))));
        assertTrue(request.contains("RSVP=TRUE"), request);
        String alarm = request.substring(request.indexOf("BEGIN:VALARM"), request.indexOf("END:VALARM"));
        assertTrue(alarm.contains("TRIGGER:-P1D") && alarm.contains("ACTION:DISPLAY"), alarm);
        workshop.cancel(Fixtures.NOW);
        String written = IcsText.write(CALENDARS.workshop(workshop, Optional.of(guest), Fixtures.link(workshop)));
        parse(written);
        String cancel = Ics.unfold(written);
        assertTrue(cancel.contains("METHOD:CANCEL"), cancel);
        assertFalse(cancel.contains("RSVP="), cancel);
        assertFalse(cancel.contains("VALARM"), cancel);
    }

    /** DTSTAMP of a message is when it is made; a file for anyone carries the stored time of its last change. */
    @Test
    void aMessageIsStampedWhenMadeAndAFileForAnyoneWhenLastChanged() {
        Instant made = Instant.parse("2027-02-01T08:15:30Z");
        Calendars calendars = new Calendars(new Calendars.Settings("als@lambeth.test", "Lambeth ALS", "alshub.test"),
                java.time.Clock.fixed(made, LONDON));
        Workshop workshop = Fixtures.workshop("Stamped", STARTS.get(0), "Room 8", null);
        Calendars.Invitee guest = new Calendars.Invitee("Gwen Guest", "gwen@example.test", "NEEDS-ACTION");
        assertEquals("20270201T081530Z", value(parse(IcsText.write(calendars.workshop(workshop, Optional.of(guest),
                Fixtures.link(workshop)))).getComponent("VEVENT").orElseThrow(), "DTSTAMP"));
        assertEquals("20121129T090000Z", value(parse(IcsText.write(calendars.workshop(workshop, Optional.empty(),
                Fixtures.link(workshop)))).getComponent("VEVENT").orElseThrow(), "DTSTAMP"));
    }

    /** Subscribed to the public feed and to their own, a member holds two calendars that share no UID. */
    @Test
    void theMembersFeedHasUidsAndANameOfItsOwn() {
        Workshop workshop = Fixtures.workshop("Mine", STARTS.get(0), "Room 8", null);
        Calendars.Invitee tom = new Calendars.Invitee("Tom Reilly", "tom@example.test", "ACCEPTED");
        VEvent mine = parse(IcsText.write(CALENDARS.memberFeed(List.of(workshop), w -> tom, Fixtures::link,
                "My Action Learning Set workshops", List.of()))).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        VEvent everyone = parse(IcsText.write(CALENDARS.publicFeed(List.of(workshop), Fixtures::link,
                "Action Learning Set workshops"))).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertNotEquals(value(everyone, "UID"), value(mine, "UID"));
        assertEquals(Optional.of(new Calendars.Named(false, workshop.id())), CALENDARS.named(value(mine, "UID")));
        assertEquals(Optional.of(new Calendars.Named(false, workshop.id())), CALENDARS.named(value(everyone, "UID")));
        assertEquals(Optional.empty(), CALENDARS.named("workshop-1@elsewhere.test"));
    }

    /** Every cancelled or changed occurrence raises the series file's SEQUENCE, as stored. */
    @Test
    void theSeriesFileCarriesItsStoredSequence() {
        WorkshopSeries series = Fixtures.series("fourth Wednesday", LocalDate.of(2027, 1, 1));
        List<Workshop> stored = Fixtures.occurrences(series, LocalDate.of(2027, 12, 31));
        URI link = URI.create("https://als.lambeth.test/calendar/series/1.ics");
        String before = IcsText.write(CALENDARS.series(List.of(series), Map.of(series.id(), stored), Fixtures::link, link));
        stored.get(3).cancel(Fixtures.NOW);
        series.occurrenceChanged();
        String after = IcsText.write(CALENDARS.series(List.of(series), Map.of(series.id(), stored), Fixtures::link, link));
        assertTrue(Ics.unfold(before).contains("\r\nSEQUENCE:0\r\n"), before);
        assertTrue(Ics.unfold(after).contains("EXDATE") && Ics.unfold(after).contains("\r\nSEQUENCE:1\r\n"), after);
    }

    static String value(net.fortuna.ical4j.model.Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
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
