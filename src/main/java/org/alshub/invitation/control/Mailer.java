package org.alshub.invitation.control;

import org.alshub.platform.problem.Problem;
import org.alshub.platform.problem.ProblemException;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.alshub.calendar.control.CalendarSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends invitations through the SMTP server in als.smtp.*. The calendar travels inline as
 * text/calendar with a method parameter equal to its METHOD: Gmail needs the parameter to show
 * Accept/Decline, Outlook reads the inline part.
 */
@ApplicationScoped
public class Mailer {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Mailer.class.getName());

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

    @Inject
    CalendarSettings settings;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** A message with a plain-text body and the calendar as its alternative. */
    public void send(String toName, String toEmail, String subject, String text, String ics, String method) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        Authenticator authenticator = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
            // the sender is the ORGANIZER, or clients do not connect a reply to the invitation
            message.setFrom(new InternetAddress(from.orElse(settings.organizerEmail()), settings.organizerName(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(toEmail, toName, "UTF-8"));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());

            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            String type = "text/calendar; charset=UTF-8; method=" + method;
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), type)));
            calendar.setHeader("Content-Type", type);
            // base64 keeps the CRLF line ends and long folded lines exactly as written
            calendar.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(calendar);
            message.setContent(alternative);
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            // the mail server is down or refused it: say so, and keep the invitation unsent
            LOG.log(java.util.logging.Level.WARNING, "Could not send an invitation email", e);
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The mail server could not take the email just now. Nothing was sent: try again later, "
                            + "or give the guest their link yourself."));
        }
    }
}
