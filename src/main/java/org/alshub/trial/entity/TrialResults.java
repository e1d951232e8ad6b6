package org.alshub.trial.entity;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trial's report: per month, how many members used each channel, how many said none, and
 * which channel is ahead (several when tied, none when nobody used any). Overall figures count
 * member-months: someone who used LinkedIn in January and February counts twice.
 */
public record TrialResults(List<Month> months, List<ChannelCount> overall, List<String> ahead) {

    public record Channel(long id, String name) {
    }

    /** One member's answer for one month (there is at most one per member and month). */
    public record Said(YearMonth month, Set<Long> channelIds) {
    }

    public record ChannelCount(long channelId, String channel, long members) {
    }

    public record Month(YearMonth month, long respondents, long usedNone, List<ChannelCount> channels,
                        List<String> ahead) {
    }

    public static TrialResults of(List<Channel> channels, List<YearMonth> months, List<Said> answers) {
        Map<YearMonth, List<Said>> byMonth = answers.stream().collect(Collectors.groupingBy(Said::month));
        List<Month> rows = new ArrayList<>();
        for (YearMonth month : months) {
            List<Said> said = byMonth.getOrDefault(month, List.of());
            List<ChannelCount> counts = count(channels, said);
            rows.add(new Month(month, said.size(), said.stream().filter(s -> s.channelIds().isEmpty()).count(),
                    counts, ahead(counts)));
        }
        List<ChannelCount> overall = count(channels, answers.stream().filter(s -> months.contains(s.month())).toList());
        return new TrialResults(rows, overall, ahead(overall));
    }

    private static List<ChannelCount> count(List<Channel> channels, List<Said> answers) {
        return channels.stream().map(channel -> new ChannelCount(channel.id(), channel.name(),
                answers.stream().filter(s -> s.channelIds().contains(channel.id())).count())).toList();
    }

    private static List<String> ahead(List<ChannelCount> counts) {
        long best = counts.stream().mapToLong(ChannelCount::members).max().orElse(0);
        if (best == 0) {
            return List.of();
        }
        return counts.stream().filter(c -> c.members() == best).map(ChannelCount::channel).toList();
    }
}
