package org.alshub.record.control;

import java.time.LocalDateTime;
import java.util.List;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.FollowUpRow;

/** A workshop's agenda and, once it has happened, its record. */
public record Agenda(Session workshop, List<Brought> brought, List<ActionRow> carriedOver, List<Attendee> attended,
                     List<ActionRow> agreed, List<FollowUpRow> heard) {

    public record Session(long id, String title, LocalDateTime start, LocalDateTime end, String timeZone,
                          String location, String status) {
    }

    /** A project brought to the workshop with its challenges, in the order they were brought. */
    public record Brought(long projectId, String title, String department, String stage, String ownerName,
                          List<Question> challenges) {
    }

    public record Question(long id, int position, String question, String raisedByName, String status,
                           String howAddressed) {
    }

    public record Attendee(String name, boolean guest) {
    }
}
