package org.alshub.mail.control;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
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
import org.alshub.mail.entity.OutboxMessage;

/**
 * Sends an outbox message through the SMTP server in als.smtp.*. Its shape is the one Gmail
 * itself sends invitations in, which Outlook, Apple Mail and Thunderbird read too:
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain
 *     text/html
 *     text/calendar; method=REQUEST     (Outlook reads this inline part; Gmail needs method= to match METHOD)
 *   application/ics; name=invite.ics    (the attachment Gmail and Apple Mail offer to add)
 * </pre>
 * The sender is the ORGANIZER, so clients connect replies to the invitation and send them there.
 */
@ApplicationScoped
public class Smtp {

    @Inject
    MailSettings settings;

    /** The server refused or could not be reached; permanent when trying again cannot help. */
    public static class Refused extends Exception {
        private final boolean permanent;

        Refused(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    public void send(OutboxMessage letter) throws Refused {
        Authenticator authenticator = settings.user().map(u -> (Authenticator) new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(u, settings.password());
            }
        }).orElse(null);
        try {
            MimeMessage message = mime(letter, Session.getInstance(settings.smtp(), authenticator));
            Transport.send(message);
        } catch (SendFailedException e) {
            // every address refused (5xx): the mail server will not take it however often we ask
            boolean permanent = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0
                    && (e.getValidUnsentAddresses() == null || e.getValidUnsentAddresses().length == 0);
            throw new Refused(describe(e), permanent, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new Refused(describe(e), false, e);
        }
    }

    MimeMessage mime(OutboxMessage letter, Session session) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the id made when the message was queued: a retry is the same message to every mail system
                setHeader("Message-ID", letter.messageId());
            }
        };
        message.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(letter.recipientEmail(), letter.recipientName(), "UTF-8"));
        message.setSubject(letter.subject(), "UTF-8");
        message.setSentDate(new Date());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(letter.textBody(), "UTF-8", "plain");
        alternative.addBodyPart(plain);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.htmlBody(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (letter.calendar() == null) {
            message.setContent(alternative);
            return message;
        }
        byte[] ics = letter.calendar().getBytes(StandardCharsets.UTF_8);
        String type = "text/calendar; charset=UTF-8; method=" + letter.calendarMethod();
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, type)));
        inline.setHeader("Content-Type", type);
        // base64 keeps the CRLF line ends and the folding exactly as written
        inline.setHeader("Content-Transfer-Encoding", "base64");
        alternative.addBodyPart(inline);

        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        String attachmentType = "application/ics; name=\"invite.ics\"";
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, attachmentType)));
        attachment.setHeader("Content-Type", attachmentType);
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        attachment.setHeader("Content-Transfer-Encoding", "base64");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && text.length() < 400; cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
