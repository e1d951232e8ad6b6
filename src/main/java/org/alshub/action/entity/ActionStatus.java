package org.alshub.action.entity;

import java.util.Set;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    /** The statuses that keep an action on each next workshop's agenda. */
    public static final Set<ActionStatus> STILL_OPEN = Set.of(OPEN, IN_PROGRESS);

    public boolean isStillOpen() {
        return STILL_OPEN.contains(this);
    }

    /** The status as the pages say it. */
    public String label() {
        return switch (this) {
            case OPEN -> "Not started";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case DROPPED -> "Dropped";
        };
    }
}
