package org.alshub.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.alshub.mail.control.MailSettings;
import org.alshub.mail.control.Outbox;
import org.alshub.mail.entity.OutboxMessage;
import org.alshub.platform.Paging;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the outbox holds: what waits to be sent (and why), what was given up, what went lately. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    /** One message as the facilitator sees it (no bodies: the subject says what it is). */
    public record Item(long id, String kind, Long workshopId, String toName, String toEmail, String subject,
                       String state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                       String lastError) {

        public static Item of(OutboxMessage m) {
            return new Item(m.id(), m.kind(), m.workshopId(), m.recipientName(), m.recipientEmail(), m.subject(),
                    m.state().name(), m.attempts(), m.createdAt(),
                    m.state() == OutboxMessage.State.WAITING ? m.nextAttemptAt() : null, m.sentAt(), m.lastError());
        }
    }

    /** Counts by state; the messages not sent, newest first; the latest sent; why nothing is sent, if so. */
    public record OutboxView(Map<OutboxMessage.State, Long> counts, List<Item> unsent, List<Item> sent, String emailOff) {
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "The outbox: how many emails wait, were sent or were given up; the ones not sent (with "
            + "their attempts, next try and last error) and the latest sent; emailOff says why nothing is sent.")
    public OutboxView get(@QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(0, size);
        Outbox.Overview overview = outbox.overview(size);
        return new OutboxView(overview.counts(), overview.unsent().stream().map(Item::of).toList(),
                overview.sent().stream().map(Item::of).toList(), settings.refusal().orElse(null));
    }
}
