package org.alshub.join.boundary;

import java.time.Instant;
import org.alshub.join.entity.JoinRequest;

/** A request as facilitators see it. */
public record JoinRequestView(long id, String name, String email, String organisation, boolean worksForCouncil,
                              String wouldBring, boolean listInDirectory, String status, String declineReason,
                              Long memberId, Instant askedAt, Instant decidedAt, int version) {

    static JoinRequestView of(JoinRequest r) {
        return new JoinRequestView(r.id(), r.name(), r.email(), r.organisation(), r.worksForCouncil(), r.wouldBring(),
                r.listInDirectory(), r.status().name(), r.declineReason(), r.memberId(), r.createdAt(), r.decidedAt(),
                r.version());
    }
}
