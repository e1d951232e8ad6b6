package org.alshub.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.alshub.mail.control.Mailbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health, when the organizer's mailbox is configured: whether it was read, when, and what kind
 * of failure there was (no address or server name: /health is public). Reported with the app
 * still UP: pages, the API and feeds work without the mailbox, and every instance reads the same
 * one, so taking instances out of service for it would stop everything for a mail server's
 * outage. Alert on "mailbox" being "unreachable" instead.
 */
@Readiness
@ApplicationScoped
public class MailboxHealth implements HealthCheck {

    @Inject
    Mailbox mailbox;

    @Override
    public HealthCheckResponse call() {
        Mailbox.State state = mailbox.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mailbox").up();
        if (!state.configured()) {
            return response.withData("mailbox", "not configured").build();
        }
        response.withData("mailbox", state.lastRead() == null ? "not read yet"
                        : state.lastError() == null ? "reachable" : "unreachable")
                .withData("repliesHandled", state.handled())
                .withData("unreadAtLastRead", state.unreadLastTime());
        if (state.lastRead() != null) {
            response.withData("lastRead", state.lastRead().toString());
        }
        if (state.lastOk() != null) {
            response.withData("lastReadOk", state.lastOk().toString());
        }
        if (state.lastError() != null) {
            // the kind of failure only: the server log has the whole message, /health is public
            response.withData("lastError", state.lastError().replaceAll(":.*", ""));
        }
        return response.build();
    }
}
