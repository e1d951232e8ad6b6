package org.alshub.notice.entity;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * What an iTIP REPLY (RFC 5546) carried by email (iMIP, RFC 6047) says: who answers (the ATTENDEE
 * and the message's From), to which event (UID, and RECURRENCE-ID for one occurrence of a series),
 * what (PARTSTAT), and when they said it (DTSTAMP). The calendar may be at any depth of the MIME
 * tree, inline or attached, in base64, quoted-printable or 8bit, in any charset: each client
 * sends it its own way.
 */
public record ItipReply(String sender, String uid, Optional<String> recurrenceId, String attendee, String partStat,
                        Instant stamp, int sequence) {

    /** The reply, or why the message is none. */
    public record Read(Optional<ItipReply> reply, ReplyOutcome problem, String sender, String key) {
    }

    /** The deepest a MIME tree is followed: real clients nest three or four levels. */
    static final int MAX_DEPTH = 12;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneId.of("UTC"));

    public static Read read(MimeMessage message) {
        String sender = sender(message);
        String key = key(message);
        List<Part> candidates = new ArrayList<>();
        try {
            collect(message, 0, candidates);
        } catch (MessagingException | IOException e) {
            return new Read(Optional.empty(), ReplyOutcome.UNREADABLE, sender, key);
        }
        boolean unreadable = false;
        for (Part part : candidates) {
            try {
                Calendar calendar = new CalendarBuilder().build(new StringReader(text(part)));
                if (!"REPLY".equalsIgnoreCase(calendar.getProperty(Property.METHOD).map(Property::getValue).orElse(""))) {
                    continue;
                }
                Optional<ItipReply> reply = of(calendar, sender);
                if (reply.isPresent()) {
                    return new Read(reply, null, sender, key);
                }
                unreadable = true;
            } catch (Exception e) {
                unreadable = true;
            }
        }
        return new Read(Optional.empty(), unreadable ? ReplyOutcome.UNREADABLE : ReplyOutcome.NOT_A_REPLY, sender, key);
    }

    private static Optional<ItipReply> of(Calendar calendar, String sender) {
        Optional<VEvent> found = calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VEvent event = found.get();
        String uid = event.getProperty(Property.UID).map(Property::getValue).orElse(null);
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        if (uid == null || attendees.isEmpty()) {
            return Optional.empty();
        }
        // a REPLY names only the one who answers; should a client list more, the sender's own line counts
        Property attendee = attendees.stream().filter(a -> address(a.getValue()).equalsIgnoreCase(sender)).findFirst()
                .orElse(attendees.get(0));
        String partStat = attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse("NEEDS-ACTION");
        Instant stamp = event.getProperty(Property.DTSTAMP).map(Property::getValue).flatMap(ItipReply::stamp)
                .orElse(Instant.EPOCH);
        int sequence = event.getProperty(Property.SEQUENCE).map(Property::getValue).map(ItipReply::number).orElse(0);
        Optional<String> recurrenceId = event.getProperty(Property.RECURRENCE_ID).map(Property::getValue);
        return Optional.of(new ItipReply(sender, uid.strip(), recurrenceId, address(attendee.getValue()),
                partStat.toUpperCase(Locale.ROOT), stamp, sequence));
    }

    /**
     * The local date a RECURRENCE-ID names in the series' zone: the value as written with a TZID
     * (clients echo ours), converted from UTC when it ends in Z.
     */
    public static Optional<LocalDate> occurrenceDate(String recurrenceId, ZoneId zone) {
        if (recurrenceId == null || recurrenceId.length() < 8) {
            return Optional.empty();
        }
        try {
            if (recurrenceId.endsWith("Z")) {
                return Optional.of(utc(recurrenceId).atZone(zone).toLocalDate());
            }
            return Optional.of(LocalDate.parse(recurrenceId.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every part that could hold a calendar: text/calendar or application/ics, or a file named .ics. */
    private static void collect(Part part, int depth, List<Part> found) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, depth + 1, found);
            }
            return;
        }
        String file = part.getFileName() == null ? "" : part.getFileName().toLowerCase(Locale.ROOT);
        if (part.isMimeType("text/calendar") || part.isMimeType("application/ics") || file.endsWith(".ics")) {
            found.add(part);
        }
    }

    /** The part's bytes, decoded from their transfer encoding, read in their declared charset. */
    private static String text(Part part) throws MessagingException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        try {
            String declared = new ContentType(part.getContentType()).getParameter("charset");
            if (declared != null && Charset.isSupported(declared.strip())) {
                charset = Charset.forName(declared.strip());
            }
        } catch (MessagingException | IllegalArgumentException ignored) {
            // a malformed Content-Type: UTF-8, which RFC 5545 makes the default anyway
        }
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(charset);
        }
    }

    private static String sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return address.getAddress() == null ? "" : address.getAddress().strip();
            }
        } catch (MessagingException ignored) {
            // no readable From: matches no ATTENDEE
        }
        return "";
    }

    /** The Message-ID, or a digest of the whole message when it has none: the same message, the same key. */
    private static String key(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null && !id.isBlank() && id.length() <= 250) {
                return id.strip();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (MessagingException | IOException | NoSuchAlgorithmException e) {
            return "unreadable:" + System.identityHashCode(message);
        }
    }

    /** "mailto:Gwen@Example.test" as "Gwen@Example.test". */
    static String address(String calAddress) {
        String value = calAddress == null ? "" : calAddress.strip();
        return value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).strip() : value;
    }

    private static Instant utc(String value) {
        return Instant.from(UTC_STAMP.parse(value.strip()));
    }

    /** A DTSTAMP is UTC (RFC 5545); one that is not counts as the oldest possible, never the newest. */
    private static Optional<Instant> stamp(String value) {
        try {
            return Optional.of(utc(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
