package org.alshub.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.mail.entity.OutboxMessage;
import org.alshub.platform.config.AlsConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How mail leaves (als.smtp.*), how the outbox retries (als.outbox.*), and whether sending makes sense at all. */
@ApplicationScoped
public class MailSettings {

    /** The organizer address shipped as the default: nobody reads it. */
    public static final String EXAMPLE_ORGANIZER = "als@example.org";

    @Inject
    @ConfigProperty(name = "als.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "als.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "als.smtp.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "als.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "als.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "als.smtp.starttls", defaultValue = "false")
    boolean starttls;

    /** How often the outbox is looked at (a change also sends at once, after its commit). */
    @Inject
    @ConfigProperty(name = "als.outbox.seconds", defaultValue = "30")
    int outboxSeconds;

    /** The wait after the first failed attempt; it doubles after each further one, up to the longest wait. */
    @Inject
    @ConfigProperty(name = "als.outbox.retry-seconds", defaultValue = "60")
    int retrySeconds;

    /** The longest wait between two attempts. */
    @Inject
    @ConfigProperty(name = "als.outbox.retry-max-seconds", defaultValue = "3600")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "als.outbox.give-up-hours", defaultValue = "48")
    int giveUpHours;

    @Inject
    CalendarSettings calendar;

    @Inject
    AlsConfig config;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /**
     * Why nothing may be sent, if so: no mail server, or the example organizer outside the demo
     * (people's calendars would send their answers to a mailbox nobody reads).
     */
    public Optional<String> refusal() {
        if (!configured()) {
            return Optional.of("Email is not set up on this server (ALS_SMTP_HOST): give people their link or "
                    + "the calendar file instead.");
        }
        if (exampleOrganizer()) {
            return Optional.of("The organizer address is the example " + EXAMPLE_ORGANIZER + ": answers from "
                    + "people's calendars would go nowhere, so nothing is emailed. Set ALS_CALENDAR_ORGANIZER_EMAIL "
                    + "to the set's own mailbox.");
        }
        return Optional.empty();
    }

    public boolean exampleOrganizer() {
        return EXAMPLE_ORGANIZER.equalsIgnoreCase(calendar.organizerEmail()) && !config.demoData();
    }

    public String fromAddress() {
        return from.filter(f -> !f.isBlank()).orElse(calendar.organizerEmail());
    }

    public String fromName() {
        return calendar.organizerName();
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    Properties smtp() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        user().ifPresent(u -> properties.put("mail.smtp.auth", "true"));
        return properties;
    }

    public Duration outboxInterval() {
        return Duration.ofSeconds(Math.max(1, outboxSeconds));
    }

    public OutboxMessage.Retry retry() {
        Duration base = Duration.ofSeconds(Math.max(1, retrySeconds));
        Duration cap = Duration.ofSeconds(Math.max(retrySeconds, retryMaxSeconds));
        return new OutboxMessage.Retry(base, cap, Duration.ofHours(Math.max(1, giveUpHours)));
    }
}
