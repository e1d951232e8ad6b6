package org.alshub.record.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.alshub.action.control.ActionRow;
import org.junit.jupiter.api.Test;

class RecordDocumentTest {

    static final String SNEAKY = "<script>alert('x')</script> *bold* [link](http://evil.example) # | & \"q\"";

    @Test
    void htmlShowsWhatWasTypedAndRunsNothing() {
        String html = RecordDocument.html(record(SNEAKY));
        assertFalse(html.contains("<script>"), html);
        // escaped for where it stands: in text, < > & are enough (quotes matter only in attributes)
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
        assertTrue(html.contains("&amp; \"q\""), html);
    }

    @Test
    void markdownEscapesEverythingWithAMeaning() {
        assertEquals("\\*bold\\* \\[link\\]\\(x\\) \\# \\| \\& \\<b\\> 1\\. line two",
                RecordDocument.md("*bold* [link](x) # | & <b> 1. line\ntwo"));
        String markdown = RecordDocument.markdown(record(SNEAKY));
        assertFalse(markdown.contains("*bold*"), markdown);
        assertFalse(markdown.contains("[link]("), markdown);
        assertTrue(markdown.contains("| \\<script\\>"), markdown);
    }

    @Test
    void theEmailsTextIsTheMarkdownWithoutItsEscapes() {
        String text = RecordDocument.text(record("Trial LinkedIn, Lino-it & the Co-operative Toolkit (1. first)"));
        assertTrue(text.contains("| Trial LinkedIn, Lino-it & the Co-operative Toolkit (1. first) |"), text);
        assertFalse(text.contains("\\"), text);
    }

    @Test
    void carriedOverActionsSayTheyAreOverdue() {
        String markdown = RecordDocument.markdown(record("Trial online networks"));
        assertTrue(markdown.contains("## Carried over from earlier workshops"), markdown);
        assertTrue(markdown.contains("in progress, overdue"), markdown);
        assertTrue(markdown.contains("Wednesday 23 January 2013, 10:00 to 12:00"), markdown);
    }

    static Agenda record(String text) {
        ActionRow carried = new ActionRow(1, text, 2, "Tom Reilly", LocalDate.of(2013, 1, 23), "IN_PROGRESS", true,
                null, null, null, null, 1, "Coproduction ALS", LocalDate.of(2012, 11, 29), 0);
        return new Agenda(new Agenda.Session(2, "Coproduction ALS", LocalDateTime.of(2013, 1, 23, 10, 0),
                LocalDateTime.of(2013, 1, 23, 12, 0), "Europe/London", "Room 8", "SCHEDULED"),
                List.of(new Agenda.Brought(1, text, "Housing", "PLAN", "Amara Okafor",
                        List.of(new Agenda.Question(1, 1, text, "Amara Okafor", "OPEN", null)))),
                List.of(carried), List.of(new Agenda.Attendee(text, true)), List.of(), List.of());
    }
}
