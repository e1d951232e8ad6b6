package org.alshub.platform.web;

import java.util.Collection;
import java.util.function.Function;

/**
 * Markup known to be safe. Pages are built only from these: {@link #of} escapes every argument
 * that is not already Html, so a user's words can never become markup by forgetting to escape.
 */
public record Html(String markup) {

    public static final Html EMPTY = new Html("");

    /**
     * The template with each {} replaced by the next argument: Html as it is, anything else
     * (names, titles, numbers) escaped for text and attribute values alike.
     */
    public static Html of(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int next = 0;
        int from = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            out.append(template, from, at);
            if (next >= args.length) {
                throw new IllegalArgumentException("more {} than arguments in: " + template);
            }
            Object arg = args[next++];
            out.append(arg instanceof Html html ? html.markup : escape(arg == null ? "" : arg.toString()));
            from = at + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("more arguments than {} in: " + template);
        }
        return new Html(out.append(template, from, template.length()).toString());
    }

    public static Html join(Collection<Html> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.markup));
        return new Html(out.toString());
    }

    public static <T> Html each(Collection<T> items, Function<T, Html> render) {
        return join(items.stream().map(render).toList());
    }

    public static Html when(boolean condition, Html html) {
        return condition ? html : EMPTY;
    }

    /** Escapes the five characters that matter in HTML text and quoted attribute values. */
    public static String escape(String text) {
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

    @Override
    public String toString() {
        return markup;
    }
}
