package org.alshub.record.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.alshub.action.control.ActionRow;
import org.alshub.platform.web.Templates;

/**
 * A workshop's record for sharing after the session, as HTML (record/document.jte) or Markdown
 * (src/main/jte-text/record/markdown.jte). Everything a person typed is escaped for the format,
 * so a title like "<script>" or "*urgent*" shows as typed: by the HTML templates themselves, and
 * by {@link #md} in the Markdown one.
 */
public final class RecordDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private RecordDocument() {
    }

    public static String html(Agenda record) {
        return Templates.document("record/document", record);
    }

    public static String markdown(Agenda record) {
        return Templates.text("record/markdown", record);
    }

    /** The record for an email's text part: the Markdown, read as plain text, without its escapes. */
    public static String text(Agenda record) {
        return markdown(record).replaceAll("\\\\([\\\\`*_{}\\[\\]()<>#+\\-.!|~&=\"])", "$1");
    }

    public static String projectLine(Agenda.Brought p) {
        StringBuilder line = new StringBuilder();
        line.append(" (").append(p.department() == null ? "" : p.department() + ", ")
                .append(p.stage().charAt(0)).append(p.stage().substring(1).toLowerCase(Locale.ROOT)).append(")");
        if (p.ownerName() != null) {
            line.append(", brought by ").append(p.ownerName());
        }
        return line.toString();
    }

    public static String day(Agenda.Session w) {
        return DAY.format(w.start());
    }

    public static String when(Agenda.Session w) {
        return DAY.format(w.start()) + ", " + TIME.format(w.start()) + " to " + TIME.format(w.end());
    }

    public static String status(ActionRow a) {
        return status(a.status()) + (a.overdue() ? ", overdue" : "");
    }

    public static String status(String status) {
        if (status == null) {
            return "unchanged";
        }
        return switch (status) {
            case "OPEN" -> "open";
            case "IN_PROGRESS" -> "in progress";
            case "DONE" -> "done";
            case "DROPPED" -> "dropped";
            default -> status;
        };
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Text for Markdown: every character CommonMark gives a meaning (emphasis, links, headings,
     * lists, tables, code, HTML, entities) is backslash-escaped, and line breaks become spaces so
     * a note cannot start a heading or end a table row.
     */
    public static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else if ("\\`*_{}[]()<>#+-.!|~&=\"".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
