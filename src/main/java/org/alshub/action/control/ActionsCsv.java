package org.alshub.action.control;

import java.util.List;
import java.util.stream.Stream;

/**
 * The actions as RFC 4180 CSV for spreadsheets: CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, quotes doubled. Starts with a UTF-8 byte order mark, without which
 * Excel reads "Zoë" as "ZoÃ«". A text cell that starts with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula
 * (OWASP "CSV injection").
 */
public final class ActionsCsv {

    public static final String BOM = "\uFEFF";

    static final List<String> HEADER = List.of("id", "action", "owner", "status", "due", "overdue",
            "agreed at", "agreed on", "project", "department", "challenge id");

    private ActionsCsv() {
    }

    public static String write(List<ActionRow> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (ActionRow a : rows) {
            line(csv, Stream.of(Long.toString(a.id()), a.description(), a.ownerName(), a.status(),
                    a.due() == null ? "" : a.due().toString(), a.overdue() ? "yes" : "no", a.agreedAtWorkshop(),
                    a.agreedOn().toString(), a.projectTitle(), a.department(),
                    a.challengeId() == null ? "" : a.challengeId().toString()).toList());
        }
        return csv.toString();
    }

    static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell: defused, then quoted if it must be. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = defuse(value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String defuse(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
