package org.alshub.notice.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Properties;
import org.alshub.it.ImipFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each client's REPLY, read for what matters: event, who, what, when. */
class ItipReplyTest {

    static final Instant SAID = Instant.parse("2030-01-01T12:00:00Z");
    static final LocalDateTime START = LocalDateTime.of(2030, 5, 15, 10, 0);

    static ImipFixtures.Reply reply(String client, String partStat) {
        return new ImipFixtures.Reply(client, "workshop-5@als-hub", "Guest workshop", START, "Zoë Guest",
                "Zoe.Guest@Example.test", partStat, SAID, "als@lambeth.test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"outlook", "gmail", "apple", "thunderbird", "apple-latin1"})
    void everyClientsReplyIsFoundAndRead(String client) {
        for (String partStat : new String[]{"ACCEPTED", "TENTATIVE", "DECLINED"}) {
            ItipReply.Read read = ItipReply.read(ImipFixtures.message(reply(client, partStat)));
            ItipReply reply = read.reply().orElseThrow(() -> new AssertionError(client + ": " + read.problem()));
            assertEquals("workshop-5@als-hub", reply.uid());
            assertEquals("Zoe.Guest@Example.test", reply.attendee());
            assertEquals("Zoe.Guest@Example.test", reply.sender());
            assertEquals(partStat, reply.partStat());
            assertEquals(SAID, reply.stamp());
            assertTrue(reply.recurrenceId().isEmpty());
            assertTrue(read.key().startsWith("<") && read.key().endsWith(">"), read.key());
        }
    }

    @Test
    void theSameMessageHasTheSameKeyAndAnotherMessageAnother() {
        byte[] raw = ImipFixtures.raw(reply("gmail", "ACCEPTED"), "one");
        assertEquals(ItipReply.read(ImipFixtures.parse(raw)).key(), ItipReply.read(ImipFixtures.parse(raw)).key());
        assertTrue(!ItipReply.read(ImipFixtures.parse(raw)).key()
                .equals(ItipReply.read(ImipFixtures.message(reply("gmail", "ACCEPTED"))).key()));
    }

    @Test
    void aReplyToOneOccurrenceOfASeriesNamesItsDate() {
        ItipReply reply = ItipReply.read(ImipFixtures.message(new ImipFixtures.Reply("thunderbird", "series-3@als-hub",
                "Monthly", START, "Zoë Guest", "zoe@example.test", "DECLINED", SAID, "als@lambeth.test")
                .forOccurrence("RECURRENCE-ID;TZID=Europe/London:20300515T100000"))).reply().orElseThrow();
        assertEquals(LocalDate.of(2030, 5, 15),
                ItipReply.occurrenceDate(reply.recurrenceId().orElseThrow(), ZoneId.of("Europe/London")).orElseThrow());
        assertEquals(LocalDate.of(2030, 5, 16), ItipReply.occurrenceDate("20300515T233000Z",
                ZoneId.of("Europe/London")).orElseThrow(), "23:30 UTC in May is half past midnight in London");
    }

    @Test
    void anOrdinaryEmailOrAForwardedRequestIsNoReply() throws Exception {
        MimeMessage plain = new MimeMessage(Session.getInstance(new Properties()));
        plain.setFrom("someone@example.test");
        plain.setText("Can I bring a colleague?");
        plain.saveChanges();
        assertEquals(ReplyOutcome.NOT_A_REPLY, ItipReply.read(plain).problem());

        // Apple's shape carries the calendar once, in quoted-printable: the words can be changed in place
        String request = new String(ImipFixtures.raw(reply("apple", "ACCEPTED")), "UTF-8")
                .replace("METHOD:REPLY", "METHOD:REQUEST");
        assertEquals(ReplyOutcome.NOT_A_REPLY, ItipReply.read(ImipFixtures.parse(request.getBytes("UTF-8"))).problem());

        String broken = new String(ImipFixtures.raw(reply("apple", "ACCEPTED")), "UTF-8")
                .replace("END:VEVENT", "");
        assertEquals(ReplyOutcome.UNREADABLE, ItipReply.read(ImipFixtures.parse(broken.getBytes("UTF-8"))).problem());
    }
}
