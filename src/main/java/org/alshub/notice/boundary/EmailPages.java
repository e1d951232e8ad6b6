package org.alshub.notice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.alshub.mail.boundary.OutboxResource;
import org.alshub.mail.control.MailSettings;
import org.alshub.mail.control.Mailbox;
import org.alshub.mail.control.Outbox;
import org.alshub.mail.entity.OutboxMessage;
import org.alshub.notice.control.Replies;
import org.alshub.notice.entity.ReplyOutcome;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.View;

/**
 * /email, for facilitators: what waits in the outbox (and why: a mail server that is down, email
 * switched off), what was given up, what went lately, and the answers read from the mailbox.
 */
@Path("email")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FACILITATOR)
public class EmailPages {

    static final int SHOWN = 50;
    static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Replies replies;

    @Inject
    Mailbox mailbox;

    /** The page's model: the outbox, the mailbox's state, and the replies by outcome. */
    public record Email(String emailOff, Map<OutboxMessage.State, Long> counts, List<OutboxResource.Item> unsent,
                        List<OutboxResource.Item> sent, Mailbox.State mailbox, Map<ReplyOutcome, Long> replies,
                        List<RepliesResource.Item> latest) {

        /** A moment as people here read it: "15 May 2030, 10:05", London time. */
        public static String at(java.time.Instant instant) {
            return instant == null ? "–" : AT.format(instant);
        }

        public static String state(String state) {
            return switch (state) {
                case "WAITING" -> "Waiting";
                case "FAILED" -> "Given up";
                default -> "Sent";
            };
        }

        public static String outcome(ReplyOutcome outcome) {
            return switch (outcome) {
                case APPLIED -> "Answer saved";
                case UNCHANGED -> "Same answer again";
                case OUTDATED -> "Older than an answer already saved";
                case FORGED -> "Sent by someone else than the person it answers for";
                case STRANGER -> "From someone not invited";
                case UNKNOWN -> "About no workshop of ours";
                case CLOSED -> "About a cancelled or past workshop";
                case NOT_A_REPLY -> "An ordinary email (left unread)";
                case UNREADABLE -> "A calendar that could not be read";
            };
        }
    }

    @GET
    public View page() {
        Outbox.Overview overview = outbox.overview(SHOWN);
        return View.of("notice/email", new Email(settings.refusal().orElse(null), overview.counts(),
                overview.unsent().stream().map(OutboxResource.Item::of).toList(),
                overview.sent().stream().limit(10).map(OutboxResource.Item::of).toList(), mailbox.state(),
                replies.counts(), replies.latest(10).stream().map(RepliesResource.Item::of).toList()));
    }
}
