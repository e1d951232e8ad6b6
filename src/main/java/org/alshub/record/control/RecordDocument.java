package org.alshub.record.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.FollowUpRow;

/**
 * A workshop's record for sharing after the session, as HTML or Markdown. Everything a person
 * typed is escaped for the format, so a title like "<script>" or "*urgent*" shows as typed.
 */
public final class RecordDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private RecordDocument() {
    }

    public static String html(Agenda record) {
        Agenda.Session w = record.workshop();
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(w.title())).append(", ").append(html(DAY.format(w.start()))).append("</title>\n")
                .append("<style>body{font-family:Arial,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;"
                        + "line-height:1.4}table{border-collapse:collapse;width:100%}th,td{border:1px solid #b1b4b6;"
                        + "padding:.3em .5em;text-align:left;vertical-align:top}</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(html(w.title())).append("</h1>\n<p>").append(html(when(w)));
        if (w.location() != null) {
            out.append("<br>").append(html(w.location()));
        }
        out.append("</p>\n");
        if (w.status().equals("CANCELLED")) {
            out.append("<p><strong>This workshop was cancelled.</strong></p>\n");
        }

        out.append("<h2>Who came</h2>\n");
        if (record.attended().isEmpty()) {
            out.append("<p>No attendance was recorded.</p>\n");
        } else {
            out.append("<ul>\n");
            record.attended().forEach(a -> out.append("<li>").append(html(a.name()))
                    .append(a.guest() ? " (guest)" : "").append("</li>\n"));
            out.append("</ul>\n");
        }

        out.append("<h2>What was brought</h2>\n");
        if (record.brought().isEmpty()) {
            out.append("<p>No projects were brought.</p>\n");
        } else {
            out.append("<ol>\n");
            for (Agenda.Brought p : record.brought()) {
                out.append("<li><strong>").append(html(p.title())).append("</strong>")
                        .append(html(projectLine(p))).append("\n<ul>\n");
                for (Agenda.Question q : p.challenges()) {
                    out.append("<li>").append(html(q.question())).append(" <em>raised by ")
                            .append(html(q.raisedByName())).append("</em>");
                    if (q.howAddressed() != null) {
                        out.append("<br>Addressed: ").append(html(q.howAddressed()));
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n</li>\n");
            }
            out.append("</ol>\n");
        }

        out.append("<h2>Actions agreed</h2>\n");
        htmlActions(out, record.agreed(), false, "No actions were agreed.");
        out.append("<h2>Follow-ups heard</h2>\n");
        if (record.heard().isEmpty()) {
            out.append("<p>No follow-ups were heard.</p>\n");
        } else {
            out.append("<table>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">What was heard</th>"
                    + "<th scope=\"col\">Status</th><th scope=\"col\">By</th></tr></thead>\n<tbody>\n");
            for (FollowUpRow f : record.heard()) {
                out.append("<tr><td>").append(html(f.action())).append("</td><td>").append(html(f.note()))
                        .append("</td><td>").append(html(status(f.newStatus()))).append("</td><td>")
                        .append(html(f.authorName())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("<h2>Carried over from earlier workshops</h2>\n");
        htmlActions(out, record.carriedOver(), true, "Nothing is carried over.");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    public static String markdown(Agenda record) {
        Agenda.Session w = record.workshop();
        StringBuilder out = new StringBuilder(2048);
        out.append("# ").append(md(w.title())).append("\n\n").append(md(when(w)));
        if (w.location() != null) {
            out.append("  \n").append(md(w.location()));
        }
        out.append("\n\n");
        if (w.status().equals("CANCELLED")) {
            out.append("**This workshop was cancelled.**\n\n");
        }
        out.append("## Who came\n\n");
        if (record.attended().isEmpty()) {
            out.append("No attendance was recorded.\n\n");
        } else {
            record.attended().forEach(a -> out.append("- ").append(md(a.name())).append(a.guest() ? " (guest)" : "")
                    .append('\n'));
            out.append('\n');
        }
        out.append("## What was brought\n\n");
        if (record.brought().isEmpty()) {
            out.append("No projects were brought.\n\n");
        } else {
            int n = 1;
            for (Agenda.Brought p : record.brought()) {
                out.append(n++).append(". **").append(md(p.title())).append("**").append(md(projectLine(p)))
                        .append('\n');
                for (Agenda.Question q : p.challenges()) {
                    out.append("    - ").append(md(q.question())).append(" *raised by ")
                            .append(md(q.raisedByName())).append("*");
                    if (q.howAddressed() != null) {
                        out.append(". Addressed: ").append(md(q.howAddressed()));
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        out.append("## Actions agreed\n\n");
        mdActions(out, record.agreed(), false, "No actions were agreed.");
        out.append("## Follow-ups heard\n\n");
        if (record.heard().isEmpty()) {
            out.append("No follow-ups were heard.\n\n");
        } else {
            out.append("| Action | What was heard | Status | By |\n|---|---|---|---|\n");
            for (FollowUpRow f : record.heard()) {
                out.append("| ").append(md(f.action())).append(" | ").append(md(f.note())).append(" | ")
                        .append(md(status(f.newStatus()))).append(" | ").append(md(f.authorName())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("## Carried over from earlier workshops\n\n");
        mdActions(out, record.carriedOver(), true, "Nothing is carried over.");
        return out.toString();
    }

    private static void htmlActions(StringBuilder out, List<ActionRow> actions, boolean withAgreed, String none) {
        if (actions.isEmpty()) {
            out.append("<p>").append(none).append("</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Owner</th>"
                + "<th scope=\"col\">Due</th><th scope=\"col\">Status</th>")
                .append(withAgreed ? "<th scope=\"col\">Agreed</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (ActionRow a : actions) {
            out.append("<tr><td>").append(html(a.description())).append("</td><td>").append(html(a.ownerName()))
                    .append("</td><td>").append(html(date(a.due()))).append("</td><td>").append(html(status(a)))
                    .append("</td>");
            if (withAgreed) {
                out.append("<td>").append(html(date(a.agreedOn()))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void mdActions(StringBuilder out, List<ActionRow> actions, boolean withAgreed, String none) {
        if (actions.isEmpty()) {
            out.append(none).append("\n\n");
            return;
        }
        out.append("| Action | Owner | Due | Status |").append(withAgreed ? " Agreed |" : "")
                .append("\n|---|---|---|---|").append(withAgreed ? "---|" : "").append('\n');
        for (ActionRow a : actions) {
            out.append("| ").append(md(a.description())).append(" | ").append(md(a.ownerName())).append(" | ")
                    .append(md(date(a.due()))).append(" | ").append(md(status(a))).append(" |");
            if (withAgreed) {
                out.append(' ').append(md(date(a.agreedOn()))).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static String projectLine(Agenda.Brought p) {
        StringBuilder line = new StringBuilder();
        line.append(" (").append(p.department() == null ? "" : p.department() + ", ")
                .append(p.stage().charAt(0)).append(p.stage().substring(1).toLowerCase(Locale.ROOT)).append(")");
        if (p.ownerName() != null) {
            line.append(", brought by ").append(p.ownerName());
        }
        return line.toString();
    }

    private static String when(Agenda.Session w) {
        return DAY.format(w.start()) + ", " + TIME.format(w.start()) + " to " + TIME.format(w.end());
    }

    private static String status(ActionRow a) {
        return status(a.status()) + (a.overdue() ? ", overdue" : "");
    }

    private static String status(String status) {
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

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Text for HTML content and attribute values. */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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
