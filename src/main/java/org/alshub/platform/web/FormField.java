package org.alshub.platform.web;

import java.util.List;

/**
 * One field of a {@link Form}, as the govuk templates take it: its name (also its id), what was
 * typed or chosen, and its error. A date's three boxes are its parts ("day", "month", "year").
 */
public record FormField(Form form, String name) {

    public String id() {
        return name;
    }

    public String value() {
        return form.value(name);
    }

    public List<String> values() {
        return form.all(name);
    }

    public boolean chosen(String option) {
        return form.all(name).contains(option);
    }

    public String part(String part) {
        return form.value(name + "-" + part);
    }

    public String error() {
        return form.errorFor(name);
    }

    /** The ids a screen reader reads with the input: its hint, then its error. */
    public String describedBy(String hint) {
        String ids = (hint == null ? "" : name + "-hint ") + (error() == null ? "" : name + "-error");
        return ids.isBlank() ? null : ids.strip();
    }
}
