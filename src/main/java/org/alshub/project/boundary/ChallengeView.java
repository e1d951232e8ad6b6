package org.alshub.project.boundary;

import java.util.Map;
import org.alshub.project.entity.Challenge;

public record ChallengeView(long id, long projectId, String question, long raisedById, String raisedByName,
                            Long workshopId, Integer agendaPosition, String status, String howAddressed, int version) {

    public static ChallengeView of(Challenge c, Map<Long, String> names) {
        return new ChallengeView(c.id(), c.projectId(), c.question(), c.raisedBy(), names.get(c.raisedBy()),
                c.workshopId(), c.agendaPosition(), c.status().name(), c.howAddressed(), c.version());
    }
}
