package org.alshub.platform.web;

/**
 * What a page method returns: the template under src/main/jte that draws it, the one model that
 * template takes, and the status (400 for a form sent back with its errors). {@link ViewWriter}
 * renders it inside the page frame.
 */
public record View(String template, Object model, int status) {

    public static View of(String template, Object model) {
        return new View(template, model, 200);
    }

    /** A form sent back: 400 when it has errors, as the GOV.UK pattern and the tests expect. */
    public static View form(String template, Object model, Form form) {
        return new View(template, model, form.hasErrors() ? 400 : 200);
    }

    public View status(int status) {
        return new View(template, model, status);
    }
}
