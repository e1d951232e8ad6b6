package org.alshub.notice.boundary;

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
import org.alshub.mail.control.Mailbox;
import org.alshub.notice.control.Replies;
import org.alshub.notice.entity.EmailReply;
import org.alshub.notice.entity.ReplyOutcome;
import org.alshub.platform.Paging;
import org.alshub.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The answers read from the organizer's mailbox, counted by what came of them. */
@Path("email-replies")
@Produces(MediaType.APPLICATION_JSON)
public class RepliesResource {

    @Inject
    Replies replies;

    @Inject
    Mailbox mailbox;

    /** One message read: who sent it, for whom, what it said and what came of it. */
    public record Item(long id, Instant receivedAt, String sender, String attendee, String partStat, String outcome,
                       Long workshopId) {

        static Item of(EmailReply r) {
            return new Item(r.id(), r.receivedAt(), r.sender(), r.attendee(), r.partStat(), r.outcome().name(),
                    r.workshopId());
        }
    }

    public record RepliesView(boolean mailboxConfigured, Instant lastRead, Instant lastReadOk,
                              Map<ReplyOutcome, Long> counts, List<Item> latest) {
    }

    @GET
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Replies from people's calendars read from the organizer's mailbox (ALS_IMAP_*): counts by "
            + "outcome (APPLIED, UNCHANGED, OUTDATED, FORGED, STRANGER, UNKNOWN, CLOSED, NOT_A_REPLY, UNREADABLE) "
            + "and the latest, newest first.")
    public RepliesView get(@QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(0, size);
        Mailbox.State state = mailbox.state();
        return new RepliesView(state.configured(), state.lastRead(), state.lastOk(), replies.counts(),
                replies.latest(size).stream().map(Item::of).toList());
    }
}
