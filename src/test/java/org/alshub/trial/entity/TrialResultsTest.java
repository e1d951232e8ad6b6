package org.alshub.trial.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialResultsTest {

    static final TrialResults.Channel LINKEDIN = new TrialResults.Channel(1, "LinkedIn");
    static final TrialResults.Channel LINO = new TrialResults.Channel(2, "Lino-it");
    static final TrialResults.Channel TOOLKIT = new TrialResults.Channel(3, "Co-operative Toolkit");
    static final YearMonth JAN = YearMonth.of(2013, 1);
    static final YearMonth FEB = YearMonth.of(2013, 2);
    static final YearMonth MAR = YearMonth.of(2013, 3);

    @Test
    void eachMonthCountsMembersPerChannelAndNamesTheLeader() {
        TrialResults results = TrialResults.of(List.of(LINKEDIN, LINO, TOOLKIT), List.of(JAN, FEB, MAR), List.of(
                new TrialResults.Said(JAN, Set.of(1L, 2L)), new TrialResults.Said(JAN, Set.of(1L)),
                new TrialResults.Said(JAN, Set.of()),
                new TrialResults.Said(FEB, Set.of(3L)), new TrialResults.Said(FEB, Set.of(2L))));
        TrialResults.Month january = results.months().get(0);
        assertEquals(3, january.respondents());
        assertEquals(1, january.usedNone());
        assertEquals(List.of(2L, 1L, 0L), january.channels().stream().map(TrialResults.ChannelCount::members).toList());
        assertEquals(List.of("LinkedIn"), january.ahead());
        assertEquals(List.of("Lino-it", "Co-operative Toolkit"), results.months().get(1).ahead(), "a tie names both");
        assertEquals(List.of(), results.months().get(2).ahead(), "nobody used anything in March");
        assertEquals(List.of(2L, 2L, 1L), results.overall().stream().map(TrialResults.ChannelCount::members).toList());
        assertEquals(List.of("LinkedIn", "Lino-it"), results.ahead());
    }

    @Test
    void answersOutsideThePeriodAreLeftOut() {
        TrialResults results = TrialResults.of(List.of(LINKEDIN), List.of(JAN),
                List.of(new TrialResults.Said(FEB, Set.of(1L))));
        assertEquals(0, results.overall().get(0).members());
        assertEquals(0, results.months().get(0).respondents());
    }
}
