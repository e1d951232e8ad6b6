package org.alshub.action.boundary;

import java.util.List;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.FollowUpRow;

/** One action with everything heard about it, oldest first. */
public record ActionView(ActionRow action, List<FollowUpRow> followUps) {
}
