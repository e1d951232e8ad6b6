package org.alshub.trial.boundary;

import java.util.List;
import java.util.Map;
import org.alshub.trial.entity.ChannelTrial;
import org.alshub.trial.entity.TrialChannel;

/** A trial with its channels and, for the caller, what they have said so far (month to channel ids). */
public record TrialView(long id, String title, String firstMonth, String lastMonth, boolean ended,
                        List<Channel> channels, Map<String, List<Long>> mine) {

    public record Channel(long id, String name) {
    }

    static TrialView of(ChannelTrial trial, List<TrialChannel> channels, Map<String, List<Long>> mine) {
        return new TrialView(trial.id(), trial.title(), trial.firstMonth().toString(), trial.lastMonth().toString(),
                trial.isEnded(), channels.stream().map(c -> new Channel(c.id(), c.name())).toList(), mine);
    }
}
