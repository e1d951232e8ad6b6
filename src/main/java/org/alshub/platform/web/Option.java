package org.alshub.platform.web;

import java.util.List;

/** One choice of the govuk radios or checkboxes: the value sent, the label shown, a hint under it. */
public record Option(String value, String label, String hint) {

    public Option(String value, String label) {
        this(value, label, null);
    }

    /** The label of the option with this value, or the value itself. */
    public static String label(List<Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
