package org.alshub.calendar.control;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * Builds every calendar the app emits, with iCal4j objects only. Which METHOD each gets follows
 * RFC 5546: an invitation to a named person is REQUEST (CANCEL once cancelled) with them as
 * ATTENDEE; a file for anyone is PUBLISH with an ORGANIZER and no ATTENDEE; a member's private feed
 * carries their PARTSTAT and so has no METHOD at all (it is a calendar, not a message).
 */
public class Calendars {

    static final String PRODUCT = "-//ALS Hub//Calendar//EN";
    static final Duration REFRESH = Duration.ofHours(1);

    /** Who sends the set's invitations, and what UIDs and links are built from. */
    public record Settings(String organizerEmail, String organizerName, String uidDomain) {
    }

    /**
     * An action the member still owes: what, by when (may be null), whether started, when last
     * changed, and where to follow it up.
     */
    public record OwedAction(long id, String description, LocalDate due, boolean started, Instant changed, URI link) {
    }

    /**
     * One invited person and their answer (ACCEPTED, DECLINED, TENTATIVE or NEEDS-ACTION); their
     * place on the waiting list (0 when they are not waiting); and how often their place moved
     * between the list and a seat, which raises the SEQUENCE of their own copy.
     */
    public record Invitee(String name, String email, String partStat, int waitingPlace, int placeChanges) {

        public Invitee(String name, String email, String partStat) {
            this(name, email, partStat, 0, 0);
        }

        /** What the person's copy says first, in SUMMARY and DESCRIPTION, while they have no seat. */
        public Optional<String> waitingNote() {
            return waitingPlace > 0 ? Optional.of("Waiting list, place " + waitingPlace + ": no seat yet")
                    : Optional.empty();
        }
    }

    private final Settings settings;
    private final Clock clock;

    public Calendars(Settings settings) {
        this(settings, Clock.systemUTC());
    }

    /** {@code clock} stamps iTIP messages (DTSTAMP is when a REQUEST or CANCEL is made). */
    public Calendars(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String uid(Workshop workshop) {
        return "workshop-" + workshop.id() + "@" + settings.uidDomain();
    }

    public String uid(WorkshopSeries series) {
        return "series-" + series.id() + "@" + settings.uidDomain();
    }

    /**
     * A workshop in a member's own feed: not the public feed's UID, so someone subscribed to both
     * holds two distinct events instead of one UID in two calendars, which clients resolve differently.
     */
    public String memberFeedUid(Workshop workshop) {
        return "workshop-" + workshop.id() + "-mine@" + settings.uidDomain();
    }

    /** The workshop or series a UID of ours names, if it is one of ours. */
    public Optional<Named> named(String uid) {
        java.util.regex.Matcher m = OURS.matcher(uid == null ? "" : uid.strip());
        if (!m.matches() || !m.group(3).equalsIgnoreCase(settings.uidDomain())) {
            return Optional.empty();
        }
        return Optional.of(new Named(m.group(1).equals("series"), Long.parseLong(m.group(2))));
    }

    /** A workshop's or a series' id, from a UID. */
    public record Named(boolean series, long id) {
    }

    private static final java.util.regex.Pattern OURS = java.util.regex.Pattern.compile(
            "(workshop|series)-(\\d{1,18})(?:-mine)?@(.+)");

    /**
     * One workshop. With an invitee it is their invitation (REQUEST, or CANCEL once cancelled);
     * without one it is the workshop for anyone to add (PUBLISH).
     */
    public Calendar workshop(Workshop workshop, Optional<Invitee> invitee, URI link) {
        Method method = invitee.isEmpty() ? ImmutableMethod.PUBLISH
                : workshop.isCancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        VEvent event = invitee.map(who -> invitation(workshop, who, link)).orElseGet(() -> event(workshop, link));
        return calendar(Optional.of(method), List.of(workshop), List.of(event), List.of());
    }

    /**
     * A person's own copy, as an iTIP message: stamped now; its SEQUENCE the workshop's raised by
     * each move of their place; a waiting place TENTATIVE, free time and said in words; for a seat,
     * a reminder the day before. A cancellation asks for no answer (RFC 5546 gives CANCEL no RSVP) and rings no alarm.
     */
    private VEvent invitation(Workshop workshop, Invitee who, URI link) {
        boolean cancelled = workshop.isCancelled();
        Optional<String> waiting = cancelled ? Optional.empty() : who.waitingNote();
        VEvent event = event(workshop, link, uid(workshop), waiting, clock.instant(), who.placeChanges());
        event.add(attendee(waiting.isPresent() ? new Invitee(who.name(), who.email(), "TENTATIVE") : who, !cancelled));
        if (!cancelled) {
            event.add(waiting.isPresent() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
            // no alarm for whoever said no, nor for a waiting place: neither has a seat to come to
            if (!"DECLINED".equals(who.partStat()) && waiting.isEmpty()) {
                VAlarm dayBefore = new VAlarm(Duration.ofDays(-1));
                dayBefore.add(ImmutableAction.DISPLAY);
                dayBefore.add(new Description(text("Tomorrow: " + workshop.title())));
                event.add(dayBefore);
            }
        }
        return event;
    }

    /**
     * A monthly series and the series that continue it, each as one recurring event: cancelled
     * occurrences are EXDATEs, moved or changed ones RECURRENCE-ID overrides.
     */
    public Calendar series(List<WorkshopSeries> chain, Map<Long, List<Workshop>> occurrencesBySeries,
                           Function<Workshop, URI> links, URI seriesLink) {
        List<CalendarComponent> events = new ArrayList<>();
        List<Workshop> all = new ArrayList<>();
        for (WorkshopSeries series : chain) {
            List<Workshop> occurrences = occurrencesBySeries.getOrDefault(series.id(), List.of());
            all.addAll(occurrences);
            events.addAll(seriesEvents(series, occurrences, links, seriesLink));
        }
        List<ZonedDateTime> starts = chain.stream().map(s -> s.firstDate().atTime(s.startTime()).atZone(s.zone())).toList();
        return calendar(Optional.of(ImmutableMethod.PUBLISH), all, events, starts);
    }

    /** The feed anyone may subscribe to: no personal data, a refresh hint. */
    public Calendar publicFeed(Collection<Workshop> workshops, Function<Workshop, URI> links, String name) {
        List<CalendarComponent> events = workshops.stream().map(w -> (CalendarComponent) event(w, links.apply(w))).toList();
        Calendar calendar = calendar(Optional.of(ImmutableMethod.PUBLISH), workshops, events, zoneOfEmpty(workshops));
        refreshHints(calendar, name);
        return calendar;
    }

    /**
     * A calendar needs at least one component (RFC 5545): a feed with no workshops yet still
     * carries the set's time zone, so subscribing before the first workshop works.
     */
    private static List<ZonedDateTime> zoneOfEmpty(Collection<Workshop> workshops) {
        return workshops.isEmpty() ? List.of(ZonedDateTime.now(EMPTY_FEED_ZONE)) : List.of();
    }

    private static final ZoneId EMPTY_FEED_ZONE = ZoneId.of("Europe/London");

    /**
     * A member's own feed: every workshop with their answer as PARTSTAT, and each action they
     * still owe as a VTODO with its due date. Outlook, Google Calendar and Apple Calendar leave
     * VTODOs in a subscribed feed out (only Thunderbird shows them, as tasks), so an action with
     * a due date is also an all-day event on that day, free time (TRANSP:TRANSPARENT), under a
     * UID of its own.
     */
    public Calendar memberFeed(Collection<Workshop> workshops, Function<Workshop, Invitee> answers,
                               Function<Workshop, URI> links, String name, List<OwedAction> actions) {
        List<CalendarComponent> events = new ArrayList<>();
        for (Workshop workshop : workshops) {
            Invitee who = answers.apply(workshop);
            Optional<String> waiting = workshop.isCancelled() ? Optional.empty() : who.waitingNote();
            VEvent event = event(workshop, links.apply(workshop), memberFeedUid(workshop), waiting,
                    workshop.updatedAt(), who.placeChanges());
            event.add(attendee(waiting.isPresent() ? new Invitee(who.name(), who.email(), "TENTATIVE") : who, false));
            if (waiting.isPresent()) {
                event.add(ImmutableTransp.TRANSPARENT);
            }
            events.add(event);
        }
        for (OwedAction action : actions) {
            events.add(task(action));
            if (action.due() != null) {
                events.add(dueDay(action));
            }
        }
        Calendar calendar = calendar(Optional.empty(), workshops, events, zoneOfEmpty(workshops));
        refreshHints(calendar, name);
        return calendar;
    }

    private void refreshHints(Calendar calendar, String title) {
        String name = text(title).replace('\n', ' ');
        calendar.add(new RefreshInterval(new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.Value("DURATION"))), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new Name(name));
    }

    private List<CalendarComponent> seriesEvents(WorkshopSeries series, List<Workshop> occurrences,
                                                 Function<Workshop, URI> links, URI seriesLink) {
        ZoneId zone = series.zone();
        ZonedDateTime first = series.rule().datesBetween(series.firstDate(), series.firstDate().plusMonths(2)).get(0)
                .atTime(series.startTime()).atZone(zone);
        if (series.endsBefore() != null && !first.toLocalDate().isBefore(series.endsBefore())) {
            return List.of();
        }
        Instant stamp = occurrences.stream().map(Workshop::updatedAt).max(Comparator.naturalOrder())
                .orElse(first.toInstant());

        VEvent master = new VEvent(false);
        master.add(new Uid(uid(series)));
        master.add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        master.add(new DtStart<>(first));
        master.add(new DtEnd<>(first.plusMinutes(series.durationMinutes())));
        master.add(new RRule<>(new Recur<ZonedDateTime>(Recurrences.rrule(series))));
        master.add(new Summary(text(series.title())));
        if (series.location() != null) {
            master.add(new Location(text(series.location())));
        }
        String rule = series.rule().text();
        master.add(new Description(text(series.title()) + (rule.startsWith("the ") ? " on " : " on the ") + rule
                + " of every month."
                + "\n\nDetails and updates: " + seriesLink));
        master.add(new Url(seriesLink));
        // raised by every cancelled or changed occurrence and by the series' end (stored, so it only rises)
        master.add(new Sequence(series.sequence()));
        master.add(organizer());

        List<ZonedDateTime> cancelled = new ArrayList<>();
        List<CalendarComponent> overrides = new ArrayList<>();
        for (Workshop occurrence : occurrences) {
            ZonedDateTime planned = occurrence.occurrenceDate().atTime(series.startTime()).atZone(zone);
            if (occurrence.isCancelled()) {
                cancelled.add(planned);
            } else if (occurrence.isMoved(series) || !occurrence.title().equals(series.title())
                    || occurrence.agendaNotes() != null) {
                VEvent override = event(occurrence, links.apply(occurrence), uid(series));
                override.add(new RecurrenceId<>(planned));
                overrides.add(override);
            }
        }
        if (!cancelled.isEmpty()) {
            // without TZID other clients read the dates as floating and still show them
            master.add(new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(cancelled)));
        }
        List<CalendarComponent> events = new ArrayList<>();
        events.add(master);
        events.addAll(overrides);
        return events;
    }

    private VEvent event(Workshop workshop, URI link) {
        return event(workshop, link, uid(workshop));
    }

    private VEvent event(Workshop workshop, URI link, String uid) {
        // a file for anyone: stamped with the stored change, so the same data is the same bytes
        return event(workshop, link, uid, Optional.empty(), workshop.updatedAt(), 0);
    }

    private VEvent event(Workshop workshop, URI link, String uid, Optional<String> waiting, Instant stamp,
                         int placeChanges) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        // clients compare DTSTAMP when SEQUENCE is equal
        event.add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new DtStart<>(workshop.startLocal().atZone(workshop.zone())));
        event.add(new DtEnd<>(workshop.endLocal().atZone(workshop.zone())));
        event.add(new Summary(text(waiting.map(note -> note + " \u2013 ").orElse("") + workshop.title())));
        if (workshop.location() != null && !workshop.location().isBlank()) {
            event.add(new Location(text(workshop.location())));
        }
        String agenda = workshop.agendaNotes() == null || workshop.agendaNotes().isBlank() ? "" : workshop.agendaNotes() + "\n\n";
        String note = waiting.map(n -> n + ". We will email you if a seat comes free.\n\n").orElse("");
        event.add(new Description(note + text(agenda) + "Details and updates: " + link));
        event.add(new Url(link));
        event.add(new Sequence(workshop.sequence() + placeChanges));
        event.add(workshop.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED
                : waiting.isPresent() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(organizer());
        return event;
    }

    private VToDo task(OwedAction action) {
        VToDo task = new VToDo(false);
        task.add(new Uid("action-" + action.id() + "@" + settings.uidDomain()));
        task.add(new DtStamp(action.changed().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        task.add(new Summary(text(action.description())));
        if (action.due() != null) {
            task.add(new Due<>(action.due()));
        }
        task.add(action.started() ? ImmutableStatus.VTODO_IN_PROCESS : ImmutableStatus.VTODO_NEEDS_ACTION);
        task.add(new Description("Follow it up: " + action.link()));
        task.add(new Url(action.link()));
        return task;
    }

    private VEvent dueDay(OwedAction action) {
        VEvent event = new VEvent(false);
        event.add(new Uid("action-" + action.id() + "-due@" + settings.uidDomain()));
        event.add(new DtStamp(action.changed().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new DtStart<>(action.due()));
        event.add(new DtEnd<>(action.due().plusDays(1)));
        event.add(new Summary(text("Action due: " + action.description())));
        event.add(new Description("Follow it up: " + action.link()));
        event.add(new Url(action.link()));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** Line breaks as a single LF, which iCal4j escapes as \\n; a bare CR would break the line. */
    static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private Organizer organizer() {
        return new Organizer(new ParameterList(List.of(new Cn(settings.organizerName().replaceAll("[\\r\\n\"]+", " ")))),
                URI.create("mailto:" + settings.organizerEmail()));
    }

    private static Attendee attendee(Invitee who, boolean askForAnswer) {
        List<Parameter> parameters = new ArrayList<>(List.of(new Cn(who.name().replaceAll("[\\r\\n\"]+", " ")), CuType.INDIVIDUAL, Role.REQ_PARTICIPANT,
                new PartStat(who.partStat())));
        if (askForAnswer) {
            parameters.add(Rsvp.TRUE);
        }
        return new Attendee(new ParameterList(parameters), URI.create("mailto:" + who.email()));
    }

    private Calendar calendar(Optional<Method> method, Collection<Workshop> workshops, List<CalendarComponent> events,
                              List<ZonedDateTime> extraStarts) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        method.ifPresent(calendar::add);
        Map<ZoneId, Instant> earliest = new LinkedHashMap<>();
        for (Workshop workshop : workshops) {
            earliest.merge(workshop.zone(), workshop.startInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
        for (ZonedDateTime start : extraStarts) {
            earliest.merge(start.getZone(), start.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
        }
        earliest.forEach((zone, from) -> calendar.add(TimeZones.from(zone, from)));
        events.forEach(calendar::add);
        return calendar;
    }
}
