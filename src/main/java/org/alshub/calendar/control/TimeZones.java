package org.alshub.calendar.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A VTIMEZONE with only what a calendar's events need: the observance in force at its earliest
 * event and every change after it (as yearly rules where the zone has settled into them), built
 * from Java's own zone rules. The registry's Europe/London goes back to 1847 and weighs 6 KB.
 */
public final class TimeZones {

    private TimeZones() {
    }

    /** The zone's definition from {@code from} on, for ever. */
    public static VTimeZone from(ZoneId zone, Instant from) {
        ZoneRules rules = zone.getRules();
        // a year of margin: the observance in force at the first event began before it
        Instant start = from.atZone(zone).minusYears(1).withDayOfYear(1).toInstant();
        List<Observance> observances = new ArrayList<>();
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();

        ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
        int lastExplicitYear = transitions.isEmpty() ? Integer.MIN_VALUE
                : transitions.get(transitions.size() - 1).getDateTimeAfter().getYear();
        for (ZoneOffsetTransition transition : transitions) {
            if (transition.getInstant().isAfter(start)) {
                observances.add(single(zone, transition));
            }
        }
        if (!yearly.isEmpty()) {
            int firstYear = Math.max(start.atZone(zone).getYear(), lastExplicitYear + 1);
            for (ZoneOffsetTransitionRule rule : yearly) {
                observances.add(recurring(zone, rule, firstYear));
            }
        }
        boolean coversStart = observances.stream().anyMatch(o -> onset(o).isBefore(start.atZone(zone).toLocalDateTime()));
        if (!coversStart) {
            observances.add(inForce != null ? single(zone, inForce) : fixed(zone, rules.getOffset(start)));
        }
        return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
    }

    private static LocalDateTime onset(Observance observance) {
        DtStart<LocalDateTime> start = observance.getRequiredProperty("DTSTART");
        return start.getDate();
    }

    private static Observance single(ZoneId zone, ZoneOffsetTransition transition) {
        return observance(zone, transition.getDateTimeBefore(), transition.getOffsetBefore(),
                transition.getOffsetAfter(), transition.getInstant(), null);
    }

    private static Observance recurring(ZoneId zone, ZoneOffsetTransitionRule rule, int year) {
        ZoneOffsetTransition first = rule.createTransition(year);
        return observance(zone, first.getDateTimeBefore(), first.getOffsetBefore(), first.getOffsetAfter(),
                first.getInstant(), new RRule<>(new Recur<>(yearlyRule(rule))));
    }

    private static Observance fixed(ZoneId zone, ZoneOffset offset) {
        return observance(zone, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, Instant.EPOCH, null);
    }

    private static Observance observance(ZoneId zone, LocalDateTime onset, ZoneOffset before, ZoneOffset after,
                                         Instant at, RRule<LocalDateTime> rrule) {
        List<Property> list = new ArrayList<>(List.of(
                new TzName(name(zone, at)),
                new DtStart<>(onset),
                new TzOffsetFrom(before),
                new TzOffsetTo(after)));
        if (rrule != null) {
            list.add(rrule);
        }
        PropertyList properties = new PropertyList(list);
        boolean summer = zone.getRules().isDaylightSavings(at);
        return summer ? new Daylight(properties) : new Standard(properties);
    }

    private static String name(ZoneId zone, Instant at) {
        return DateTimeFormatter.ofPattern("zzz", Locale.UK).withZone(zone).format(at);
    }

    /** "last Sunday of March" as an RRULE. */
    static String yearlyRule(ZoneOffsetTransitionRule rule) {
        String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) {
            return month + ";BYMONTHDAY=" + day;
        }
        String byDay = weekday.getDisplayName(TextStyle.SHORT, Locale.ROOT).substring(0, 2).toUpperCase(Locale.ROOT);
        if (day == -1 || (day > 0 && rule.getMonth() != java.time.Month.FEBRUARY
                && day + 6 == rule.getMonth().maxLength())) {
            // "the Sunday on or after the 25th" of March is its last Sunday, the form every client knows
            return month + ";BYDAY=-1" + byDay;
        }
        if (day < 0) {
            // the weekday on or before the day counted from the month's end
            StringBuilder days = new StringBuilder();
            for (int d = day; d > day - 7; d--) {
                days.append(days.length() == 0 ? "" : ",").append(d);
            }
            return month + ";BYDAY=" + byDay + ";BYMONTHDAY=" + days;
        }
        if ((day - 1) % 7 == 0) {
            return month + ";BYDAY=" + ((day - 1) / 7 + 1) + byDay;
        }
        StringBuilder days = new StringBuilder();
        for (int d = day; d < day + 7; d++) {
            days.append(days.length() == 0 ? "" : ",").append(d);
        }
        return month + ";BYDAY=" + byDay + ";BYMONTHDAY=" + days;
    }
}
