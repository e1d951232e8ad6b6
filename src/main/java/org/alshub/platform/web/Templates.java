package org.alshub.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/**
 * The templates under src/main/jte, compiled to Java classes at build time (jte-maven-plugin), so
 * nothing is parsed or compiled while the app runs. HTML content type: every value a template
 * writes is escaped for where it stands (text or attribute) unless it is already markup.
 */
public final class Templates {

    private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(ContentType.Html);
    /** src/main/jte-text: Markdown and plain text, which each template escapes for its own format. */
    private static final TemplateEngine TEXT = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "gg.jte.generated.text");

    private Templates() {
    }

    /**
     * A page: its template (a path under src/main/jte, with or without .jte) given the frame
     * around it and its one model, as UTF-8.
     */
    public static Utf8ByteOutput page(String template, Frame frame, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        HTML.render(file(template), Map.of("frame", frame, "model", model == null ? NO_MODEL : model), out);
        return out;
    }

    /** A whole HTML document of its own (not a page of the site): its template and one model. */
    public static String document(String template, Object model) {
        StringOutput out = new StringOutput();
        HTML.render(file(template), model, out);
        return out.toString();
    }

    /** A text from src/main/jte-text: its template and one model. */
    public static String text(String template, Object model) {
        StringOutput out = new StringOutput();
        TEXT.render(file(template), model, out);
        return out.toString();
    }

    /** The parameters a page template declares, by name: for the test that holds models to templates. */
    public static Map<String, Class<?>> parameters(String template) {
        return HTML.getParamInfo(file(template));
    }

    static String file(String template) {
        return template.endsWith(".jte") ? template : template + ".jte";
    }

    /** The model of a page that shows nothing but its frame and its words (an error page, say). */
    public record None() {
    }

    public static final None NO_MODEL = new None();
}
