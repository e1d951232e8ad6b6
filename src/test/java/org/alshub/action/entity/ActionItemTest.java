package org.alshub.action.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.alshub.Stored;
import org.junit.jupiter.api.Test;

/** An action follows the set's loop: agreed, heard about at each workshop, done or dropped. */
class ActionItemTest {

    static final Instant NOVEMBER = Instant.parse("2012-11-29T11:00:00Z");
    static final Instant JANUARY = Instant.parse("2013-01-23T11:00:00Z");
    static final LocalDate DUE = LocalDate.of(2013, 1, 23);

    /** As stored: an action is followed up only once it has an id. */
    static ActionItem networks() {
        return Stored.withId(new ActionItem("Trial LinkedIn, Lino-it and the Cooperative Toolkit", 2, DUE, null, null,
                1, 1, NOVEMBER), 4);
    }

    @Test
    void aFollowUpWithAStatusMovesTheActionOnAndOneWithoutOnlyRecordsWhatWasHeard() {
        ActionItem action = networks();
        assertEquals(ActionStatus.OPEN, action.status());
        FollowUp progress = action.followUp("Lino-it tried by four of us", ActionStatus.IN_PROGRESS, 2L, DUE, 2,
                JANUARY);
        assertEquals(ActionStatus.IN_PROGRESS, action.status());
        assertEquals(ActionStatus.IN_PROGRESS, progress.newStatus());
        assertEquals(DUE, progress.notedOn());
        assertEquals(JANUARY, action.updatedAt());
        assertEquals(4L, progress.actionId());

        FollowUp news = action.followUp("The LinkedIn group is not started", null, null, null, 2, JANUARY);
        assertNull(news.newStatus());
        assertEquals(ActionStatus.IN_PROGRESS, action.status(), "an update without a status leaves it as it was");

        action.followUp("Done: all three in use", ActionStatus.DONE, 3L, null, 2, JANUARY);
        assertEquals(ActionStatus.DONE, action.status());
    }

    @Test
    void onlyAnActionStillOpenAfterItsDueDateIsOverdue() {
        ActionItem action = networks();
        assertFalse(action.isOverdue(DUE), "due today is not late");
        assertTrue(action.isOverdue(DUE.plusDays(1)));
        action.followUp("Dropped: the set chose the toolkit", ActionStatus.DROPPED, 3L, null, 2, JANUARY);
        assertFalse(action.isOverdue(DUE.plusYears(1)), "dropped is never overdue");
    }
}
