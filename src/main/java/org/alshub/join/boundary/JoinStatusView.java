package org.alshub.join.boundary;

import java.time.Instant;
import org.alshub.join.entity.JoinRequest;

/** What the requester sees on their private page: their answer, nothing about anyone else. */
public record JoinStatusView(String name, String status, String message, String declineReason, Instant askedAt,
                             Instant decidedAt) {

    static JoinStatusView of(JoinRequest r) {
        String message = switch (r.status()) {
            case PENDING -> "Thank you for asking to join. A facilitator will answer soon.";
            case ACCEPTED -> "Welcome to the Action Learning Set. A facilitator will be in touch about the next workshop.";
            case DECLINED -> "A facilitator has declined this request.";
        };
        return new JoinStatusView(r.name(), r.status().name(), message, r.declineReason(), r.createdAt(), r.decidedAt());
    }
}
