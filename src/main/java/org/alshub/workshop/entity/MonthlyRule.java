package org.alshub.workshop.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monthly rule as a facilitator says it: "fourth Wednesday", "last Thursday", "first Monday",
 * "the 15th". Every month has exactly one date under a rule: a day past the month's end
 * ("the 31st" in April) falls on the month's last day, and "fifth Monday" is refused because
 * most months have none.
 *
 * @param ordinal    1 to 4 for first to fourth, -1 for last; 0 for a day of the month
 * @param dayOfWeek  the weekday, or null for a day of the month
 * @param dayOfMonth 1 to 31, or 0 for a weekday rule
 */
public record MonthlyRule(int ordinal, DayOfWeek dayOfWeek, int dayOfMonth) {

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("third", 3), Map.entry("3rd", 3),
            Map.entry("fourth", 4), Map.entry("4th", 4),
            Map.entry("last", -1));
    private static final String[] ORDINAL_WORDS = {"", "first", "second", "third", "fourth"};
    private static final Pattern WEEKDAY = Pattern.compile("(?:the\\s+)?(\\w+)\\s+(\\w+?)s?(?:\\s+of\\s+(?:the|each|every)\\s+month)?");
    private static final Pattern DAY = Pattern.compile("(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of\\s+(?:the|each|every)\\s+month)?");

    public MonthlyRule {
        if (dayOfWeek == null) {
            if (dayOfMonth < 1 || dayOfMonth > 31 || ordinal != 0) {
                throw new IllegalArgumentException("a day of the month is between 1 and 31");
            }
        } else if (dayOfMonth != 0 || !(ordinal == -1 || (ordinal >= 1 && ordinal <= 4))) {
            throw new IllegalArgumentException("a weekday rule is first to fourth, or last");
        }
    }

    public static MonthlyRule nthWeekday(int ordinal, DayOfWeek day) {
        return new MonthlyRule(ordinal, day, 0);
    }

    public static MonthlyRule dayOfMonth(int day) {
        return new MonthlyRule(0, null, day);
    }

    /**
     * Reads a rule from plain words. Throws IllegalArgumentException with a message fit to show
     * the user when the words are not a rule.
     */
    public static MonthlyRule parse(String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher day = DAY.matcher(words);
        if (day.matches()) {
            int number = Integer.parseInt(day.group(1));
            if (number < 1 || number > 31) {
                throw new IllegalArgumentException("a day of the month is between 1 and 31");
            }
            return dayOfMonth(number);
        }
        Matcher weekday = WEEKDAY.matcher(words);
        if (weekday.matches()) {
            String which = weekday.group(1);
            DayOfWeek dayOfWeek = weekday(weekday.group(2));
            if (("fifth".equals(which) || "5th".equals(which)) && dayOfWeek != null) {
                throw new IllegalArgumentException("most months have no fifth " + name(dayOfWeek)
                        + ": say \"last " + name(dayOfWeek) + "\" instead");
            }
            Integer ordinal = ORDINALS.get(which);
            if (ordinal != null && dayOfWeek != null) {
                return nthWeekday(ordinal, dayOfWeek);
            }
        }
        throw new IllegalArgumentException(
                "say the rule as \"fourth Wednesday\", \"last Thursday\", \"first Monday\" or \"the 15th\"");
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (name.equals(word) || (word.length() >= 3 && name.startsWith(word))) {
                return day;
            }
        }
        return null;
    }

    private static String name(DayOfWeek day) {
        String lower = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The rule in the words it is shown and stored in: "fourth Wednesday", "the 15th". */
    public String text() {
        if (dayOfWeek == null) {
            return "the " + dayOfMonth + suffix(dayOfMonth);
        }
        return (ordinal == -1 ? "last" : ORDINAL_WORDS[ordinal]) + " " + name(dayOfWeek);
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** The one date this rule gives in a month. */
    public LocalDate dateIn(YearMonth month) {
        if (dayOfWeek == null) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
        LocalDate first = month.atDay(1);
        return ordinal == -1
                ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    /** Whether a date is the one this rule gives in its month. */
    public boolean matches(LocalDate date) {
        return dateIn(YearMonth.from(date)).equals(date);
    }

    /** The dates from {@code from} to {@code to}, both included, in order. */
    public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate date = dateIn(month);
            if (!date.isBefore(from) && !date.isAfter(to)) {
                dates.add(date);
            }
        }
        return dates;
    }

    @Override
    public String toString() {
        return text();
    }
}
