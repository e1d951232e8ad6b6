package org.alshub.notice.control;

import java.util.List;

/**
 * What an email says, the same in its HTML and its text part (templates mail/notice.jte in
 * src/main/jte and src/main/jte-text): a heading, a few paragraphs, the workshop's details, lists
 * (the agenda, the actions someone owes), and one link.
 */
public record Mail(String sender, String greeting, String heading, List<String> paragraphs, List<Row> details,
                   List<Section> sections, String linkText, String link, String footer) {

    /** "When: Wednesday 15 May 2030, 10:00 to 12:00". */
    public record Row(String key, String value) {
    }

    /** A heading and its items, left out when it has none. */
    public record Section(String heading, List<String> items) {
    }
}
