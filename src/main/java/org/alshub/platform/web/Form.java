package org.alshub.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alshub.platform.problem.Problem;
import org.alshub.platform.problem.ProblemException;

/**
 * A form as a page shows it: what was typed (shown back as typed) and what is wrong with it, in
 * words a person can act on, beside each field and in the error summary. The same field names as
 * the API's forms, so Bean Validation and {@link ProblemException} field errors land beside the
 * field that caused them. Filled from a page's {@code @BeanParam} form class, whose
 * {@code @FormParam} names are the fields'.
 */
public final class Form {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> anchors = new HashMap<>();
    /** In the order the page names its fields, which is the order the error summary lists them in. */
    private final Map<String, String[]> names = new LinkedHashMap<>();

    /** One problem, as the error summary links to it. */
    public record ErrorLink(String href, String text) {
    }

    public static Form empty() {
        return new Form();
    }

    /** What was sent, read from the {@code @FormParam} fields of a page's form class. */
    public static Form of(Object sent) {
        Form form = new Form();
        for (Class<?> type = sent.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                FormParam param = field.getAnnotation(FormParam.class);
                if (param == null) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(sent);
                    if (value instanceof Collection<?> many) {
                        form.values.put(param.value(), many.stream().map(String::valueOf).toList());
                    } else if (value != null) {
                        form.values.put(param.value(), List.of(value.toString()));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("form field " + field + " cannot be read", e);
                }
            }
        }
        return form;
    }

    /** How messages name a field: "Title" and "Enter a title". */
    public Form name(String field, String subject, String whenMissing) {
        names.put(field, new String[]{subject, whenMissing});
        return this;
    }

    /**
     * A field that is several inputs (radios, checkboxes, a date): the error summary links to its
     * first one, as the govuk templates number them.
     */
    public Form choice(String field) {
        return anchor(field, field + "-1");
    }

    public Form set(String field, Object value) {
        values.put(field, List.of(value == null ? "" : value.toString()));
        return this;
    }

    public Form setAll(String field, Collection<String> chosen) {
        values.put(field, List.copyOf(chosen));
        return this;
    }

    public Form setDate(String field, LocalDate date) {
        if (date != null) {
            set(field + "-day", date.getDayOfMonth()).set(field + "-month", date.getMonthValue())
                    .set(field + "-year", date.getYear());
        }
        return this;
    }

    /** What was typed, as typed (shown back in the field). */
    public String value(String field) {
        List<String> given = values.get(field);
        return given == null || given.isEmpty() ? "" : given.get(0);
    }

    public List<String> all(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** The value without surrounding spaces, or null when nothing was typed. */
    public String text(String field) {
        String value = value(field).strip();
        return value.isEmpty() ? null : value;
    }

    /** One field as the govuk templates draw it. */
    public FormField field(String name) {
        return new FormField(this, name);
    }

    /**
     * Text that must be given and is at most {@code max} characters, without surrounding
     * spaces; null, with the field's own words beside it, otherwise.
     */
    public String required(String field, int max) {
        String text = text(field);
        if (text == null) {
            error(field, whenMissing(field));
        } else if (text.length() > max) {
            error(field, subject(field) + " must be " + String.format("%,d", max) + " characters or fewer");
            return null;
        }
        return text;
    }

    /** One of an enum's values, as chosen (radios, a select); null, with the field's words beside it, otherwise. */
    public <E extends Enum<E>> E chosen(String field, Class<E> type) {
        try {
            return Enum.valueOf(type, value(field));
        } catch (IllegalArgumentException e) {
            error(field, whenMissing(field));
            return null;
        }
    }

    /** A GOV.UK date input (field-day, field-month, field-year); null when left empty. */
    public LocalDate date(String field) {
        anchors.put(field, field + "-day");
        try {
            return Dates.fromParts(value(field + "-day"), value(field + "-month"), value(field + "-year"))
                    .orElse(null);
        } catch (Dates.Unreadable e) {
            error(field, subject(field) + " " + e.getMessage());
            return null;
        }
    }

    /** A GOV.UK date input of month and year only (field-month, field-year); null when left empty. */
    public YearMonth month(String field) {
        anchors.put(field, field + "-month");
        try {
            return Dates.monthFromParts(value(field + "-month"), value(field + "-year")).orElse(null);
        } catch (Dates.Unreadable e) {
            error(field, subject(field) + " " + e.getMessage());
            return null;
        }
    }

    public Form setMonth(String field, YearMonth month) {
        if (month != null) {
            set(field + "-month", month.getMonthValue()).set(field + "-year", month.getYear());
        }
        return this;
    }

    /** A date typed into one box (see {@link Dates#fromText}); null when left empty. */
    public LocalDate typedDate(String field, LocalDate today) {
        try {
            return Dates.fromText(value(field), today).orElse(null);
        } catch (Dates.Unreadable e) {
            error(field, subject(field) + " " + e.getMessage());
            return null;
        }
    }

    /** A time of day as people write it: 10:00, 14:30, 9.15; null when left empty. */
    public LocalTime time(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(text);
        try {
            if (matcher.matches()) {
                return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        error(field, subject(field) + " must be a time on the 24-hour clock, like 10:00 or 14:30");
        return null;
    }

    public Integer number(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            error(field, subject(field) + " must be a whole number, like 20");
            return null;
        }
    }

    /** The record's version the form was filled from (a hidden field), for the change to be checked against. */
    public OptionalInt version() {
        try {
            return OptionalInt.of(Integer.parseInt(value("version")));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Records a problem with a field; the first one found for a field is the one shown. */
    public Form error(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String errorFor(String field) {
        return errors.get(field);
    }

    /** The problems in the order of the fields on the page. */
    public Map<String, String> errors() {
        List<String> order = new ArrayList<>(names.keySet());
        Map<String, String> sorted = new LinkedHashMap<>();
        errors.keySet().stream()
                .sorted(Comparator.comparingInt(f -> order.contains(f) ? order.indexOf(f) : order.size()))
                .forEach(f -> sorted.put(f, errors.get(f)));
        return sorted;
    }

    /** What the error summary lists: each problem, linking to its field. */
    public List<ErrorLink> summary() {
        List<ErrorLink> links = new ArrayList<>();
        errors().forEach((field, message) -> links.add(new ErrorLink("#" + anchor(field), message)));
        return links;
    }

    /** The id the error summary links to for a field (its first input). */
    public String anchor(String field) {
        return anchors.getOrDefault(field, field);
    }

    public Form anchor(String field, String id) {
        anchors.put(field, id);
        return this;
    }

    /** Bean Validation's findings, worded for the person at the form. */
    public <T> Form violations(Collection<ConstraintViolation<T>> violations) {
        violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString().replaceAll("\\[.*", "").replaceAll("\\.<.*", "");
                    error(field, wording(field, v.getConstraintDescriptor().getAnnotation(), v.getMessage()));
                });
        return this;
    }

    /**
     * A service's refusal: field errors beside their fields, anything else beside the field the
     * page names (a duplicate email, say).
     */
    public Form problem(ProblemException refusal, String fieldOtherwise) {
        Problem problem = refusal.problem();
        if (problem.errors() == null || problem.errors().isEmpty()) {
            error(fieldOtherwise, problem.detail());
            return this;
        }
        for (Problem.FieldError e : problem.errors()) {
            String message = e.message();
            error(e.field(), message.matches("^(must|is|no|should) .*") ? subject(e.field()) + " " + message
                    : Character.toUpperCase(message.charAt(0)) + message.substring(1));
        }
        return this;
    }

    String wording(String field, Annotation constraint, String message) {
        String[] name = names.getOrDefault(field, new String[]{capitalised(field), "Enter " + field});
        if (constraint instanceof NotBlank || constraint instanceof NotNull) {
            return name[1];
        }
        if (constraint instanceof Size size) {
            return name[0] + " must be " + String.format("%,d", size.max()) + " characters or fewer";
        }
        if (constraint instanceof Min min) {
            return name[0] + " must be " + min.value() + " or more";
        }
        if (constraint instanceof Max max) {
            return name[0] + " must be " + max.value() + " or less";
        }
        if (constraint instanceof Email) {
            return "Enter an email address in the correct format, like name@example.com";
        }
        return name[0] + " " + message;
    }

    private String whenMissing(String field) {
        String[] name = names.get(field);
        return name == null ? "Enter " + field : name[1];
    }

    private String subject(String field) {
        String[] name = names.get(field);
        return name == null ? capitalised(field) : name[0];
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
