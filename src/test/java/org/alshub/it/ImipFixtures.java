package org.alshub.it;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * iTIP REPLYs as Outlook, Gmail, Apple Mail and Thunderbird email them, from the hand-written
 * fixtures in src/test/resources/imip (its README says which is which and where each shape comes from).
 */
public final class ImipFixtures {

    public static final List<String> CLIENTS = List.of("outlook", "gmail", "apple", "thunderbird");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ImipFixtures() {
    }

    /** What a reply says: which event, who answers (and who sends it), what, and when it was said. */
    public record Reply(String client, String uid, String title, LocalDateTime start, LocalDateTime end,
                        String fromName, String from, String attendee, String partStat, Instant stamp, int sequence,
                        String organizer, String recurrenceId) {

        public Reply(String client, String uid, String title, LocalDateTime start, String fromName, String email,
                     String partStat, Instant stamp, String organizer) {
            this(client, uid, title, start, start.plusHours(2), fromName, email, email, partStat, stamp, 0, organizer, null);
        }

        public Reply from(String sender) {
            return new Reply(client, uid, title, start, end, fromName, sender, attendee, partStat, stamp, sequence,
                    organizer, recurrenceId);
        }

        public Reply saying(String answer, Instant at) {
            return new Reply(client, uid, title, start, end, fromName, from, attendee, answer, at, sequence, organizer,
                    recurrenceId);
        }

        public Reply forOccurrence(String recurrenceIdLine) {
            return new Reply(client, uid, title, start, end, fromName, from, attendee, partStat, stamp, sequence,
                    organizer, recurrenceIdLine);
        }
    }

    /**
     * The reply as the client's raw message (CRLF line ends), with a new Message-ID. "apple-latin1"
     * is Apple's shape re-encoded in ISO-8859-1 on the way (a mail system that did not keep UTF-8),
     * to show the declared charset is what the calendar is read in.
     */
    public static byte[] raw(Reply reply) {
        return raw(reply, UUID.randomUUID().toString().replace("-", ""));
    }

    public static byte[] raw(Reply reply, String messageId) {
        ZoneId london = ZoneId.of("Europe/London");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("UID", reply.uid());
        values.put("TITLE", reply.title());
        values.put("FROM_NAME", reply.fromName());
        values.put("FROM", reply.from());
        values.put("ATTENDEE", reply.attendee());
        values.put("PARTSTAT", reply.partStat());
        values.put("DTSTAMP", UTC.format(reply.stamp()));
        values.put("SEQUENCE", Integer.toString(reply.sequence()));
        values.put("ORGANIZER", reply.organizer());
        values.put("DTSTART_LOCAL", LOCAL.format(reply.start()));
        values.put("DTEND_LOCAL", LOCAL.format(reply.end()));
        values.put("DTSTART_UTC", UTC.format(reply.start().atZone(london).toInstant()));
        values.put("DTEND_UTC", UTC.format(reply.end().atZone(london).toInstant()));
        values.put("RECURRENCE_ID", reply.recurrenceId() == null ? "" : reply.recurrenceId() + "\n");
        values.put("MESSAGE_ID", messageId);
        String shape = reply.client().equals("apple-latin1") ? "apple" : reply.client();
        String ics = crlf(fill(resource(shape + ".ics"), values));
        Charset charset = reply.client().equals("apple-latin1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        values.put("ICS_7BIT", ics);
        values.put("ICS_8BIT", ics);
        values.put("ICS_BASE64", Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ics.getBytes(StandardCharsets.UTF_8)));
        values.put("ICS_QP", quotedPrintable(ics.getBytes(charset)));
        String eml = resource(shape + ".eml");
        if (charset != StandardCharsets.UTF_8) {
            eml = eml.replace("charset=utf-8", "charset=iso-8859-1");
        }
        return crlf(fill(eml, values)).getBytes(StandardCharsets.UTF_8);
    }

    public static MimeMessage message(Reply reply) {
        return parse(raw(reply));
    }

    public static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String fill(String template, Map<String, String> values) {
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** RFC 2045 quoted-printable: line ends kept as CRLF, soft breaks before 76 characters. */
    static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                out.append("\r\n");
                column = 0;
                i++;
                continue;
            }
            String encoded = (b >= 33 && b <= 126 && b != '=') || b == ' ' ? String.valueOf((char) b)
                    : String.format("=%02X", b);
            if (column + encoded.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(encoded);
            column += encoded.length();
        }
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = ImipFixtures.class.getResourceAsStream("/imip/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture imip/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
