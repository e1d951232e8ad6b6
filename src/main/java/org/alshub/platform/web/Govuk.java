package org.alshub.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GOV.UK Design System components the pages use, as plain markup (the Nunjucks macros'
 * output, written out in Java). Every argument that is not Html is escaped by {@link Html#of}.
 */
public final class Govuk {

    private Govuk() {
    }

    public record Option(String value, String label) {
    }

    public record Row(String key, Html value) {
    }

    public static Html h1(String text) {
        return Html.of("<h1 class=\"govuk-heading-l\">{}</h1>", text);
    }

    public static Html p(String text) {
        return Html.of("<p class=\"govuk-body\">{}</p>", text);
    }

    public static Html link(String href, String text) {
        return Html.of("<a class=\"govuk-link\" href=\"{}\">{}</a>", href, text);
    }

    /** A link among several views of one list; the one shown is marked current and bold. */
    public static Html viewLink(String href, String text, boolean current) {
        return current ? Html.of("<a class=\"govuk-link\" href=\"{}\" aria-current=\"page\"><strong>{}</strong></a>",
                href, text) : link(href, text);
    }

    /**
     * GOV.UK pagination: Previous and Next around page {@code page} of {@code total} items,
     * {@code pageSize} a page; nothing when everything fits on one. {@code base} ends in ? or &.
     */
    public static Html pagination(String base, int page, int pageSize, long total) {
        boolean previous = page > 0;
        boolean next = (long) (page + 1) * pageSize < total;
        if (!previous && !next) {
            return Html.EMPTY;
        }
        return Html.of("<nav class=\"govuk-pagination\" aria-label=\"Pages\">{}{}</nav>",
                Html.when(previous, Html.of("""
                        <div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="{}page={}" rel="prev">
                        <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>
                        """, base, page - 1)),
                Html.when(next, Html.of("""
                        <div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="{}page={}" rel="next">
                        <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div>
                        """, base, page + 1)));
    }

    /** At the top of a form that was sent back: each problem, linking to its field. */
    public static Html errorSummary(Form form) {
        if (!form.hasErrors()) {
            return Html.EMPTY;
        }
        List<Html> items = new ArrayList<>();
        form.errors().forEach((field, message) ->
                items.add(Html.of("<li><a href=\"#{}\">{}</a></li>", form.anchor(field), message)));
        return Html.of("""
                <div class="govuk-error-summary" data-module="govuk-error-summary">
                <div role="alert">
                <h2 class="govuk-error-summary__title">There is a problem</h2>
                <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">{}</ul></div>
                </div></div>
                """, Html.join(items));
    }

    /** A success message after a change, shown once on the page the change led to. */
    public static Html success(String message) {
        if (message == null) {
            return Html.EMPTY;
        }
        return Html.of("""
                <div class="govuk-notification-banner govuk-notification-banner--success" role="alert"
                 aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
                <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">Success</h2></div>
                <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">{}</p></div>
                </div>
                """, message);
    }

    public static Html input(Form form, String field, String label, String hint, String type, String autocomplete,
                             String widthClass) {
        String error = form.errorFor(field);
        return Html.of("""
                <div class="govuk-form-group{}">
                <label class="govuk-label govuk-label--s" for="{}">{}</label>{}{}
                <input class="govuk-input{}{}" id="{}" name="{}" type="{}" value="{}"{}{}{}>
                </div>
                """,
                error == null ? "" : " govuk-form-group--error", field, label, hint(field, hint), error(field, error),
                widthClass == null ? "" : " " + widthClass, error == null ? "" : " govuk-input--error",
                field, field, type, "password".equals(type) ? "" : form.value(field),
                describedBy(field, hint, error),
                autocomplete == null ? Html.EMPTY : Html.of(" autocomplete=\"{}\"", autocomplete),
                "email".equals(type) ? Html.of(" spellcheck=\"false\"") : Html.EMPTY);
    }

    public static Html textarea(Form form, String field, String label, String hint) {
        String error = form.errorFor(field);
        return Html.of("""
                <div class="govuk-form-group{}">
                <label class="govuk-label govuk-label--s" for="{}">{}</label>{}{}
                <textarea class="govuk-textarea{}" id="{}" name="{}" rows="4"{}>{}</textarea>
                </div>
                """,
                error == null ? "" : " govuk-form-group--error", field, label, hint(field, hint), error(field, error),
                error == null ? "" : " govuk-textarea--error", field, field, describedBy(field, hint, error),
                form.value(field));
    }

    /** Day, month and year in three boxes, the GOV.UK way of asking for a date. */
    public static Html date(Form form, String field, String legend, String hint) {
        String error = form.errorFor(field);
        form.anchor(field, field + "-day");
        String errorClass = error == null ? "" : " govuk-input--error";
        Html parts = Html.join(List.of(
                datePart(form, field, "day", "Day", "govuk-input--width-2" + errorClass),
                datePart(form, field, "month", "Month", "govuk-input--width-2" + errorClass),
                datePart(form, field, "year", "Year", "govuk-input--width-4" + errorClass)));
        return Html.of("""
                <div class="govuk-form-group{}">
                <fieldset class="govuk-fieldset" role="group"{}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{}</legend>{}{}
                <div class="govuk-date-input" id="{}">{}</div>
                </fieldset></div>
                """,
                error == null ? "" : " govuk-form-group--error", describedBy(field, hint, error), legend,
                hint(field, hint), error(field, error), field, parts);
    }

    private static Html datePart(Form form, String field, String part, String label, String classes) {
        String id = field + "-" + part;
        return Html.of("""
                <div class="govuk-date-input__item"><div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="{}">{}</label>
                <input class="govuk-input govuk-date-input__input {}" id="{}" name="{}" type="text" inputmode="numeric" value="{}">
                </div></div>
                """, id, label, classes, id, id, form.value(id));
    }

    public static Html checkboxes(Form form, String field, String legend, String hint, List<Option> options) {
        return choices(form, field, legend, hint, options, "checkbox", "govuk-checkboxes");
    }

    public static Html radios(Form form, String field, String legend, String hint, List<Option> options) {
        return choices(form, field, legend, hint, options, "radio", "govuk-radios");
    }

    private static Html choices(Form form, String field, String legend, String hint, List<Option> options,
                                String type, String block) {
        String error = form.errorFor(field);
        form.anchor(field, field + "-1");
        List<Html> items = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String id = field + "-" + (i + 1);
            items.add(Html.of("""
                    <div class="{}__item"><input class="{}__input" id="{}" name="{}" type="{}" value="{}"{}>
                    <label class="govuk-label {}__label" for="{}">{}</label></div>
                    """, block, block, id, field, type, option.value(),
                    form.all(field).contains(option.value()) ? Html.of(" checked") : Html.EMPTY,
                    block, id, option.label()));
        }
        return Html.of("""
                <div class="govuk-form-group{}">
                <fieldset class="govuk-fieldset"{}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{}</legend>{}{}
                <div class="{} {}--small" data-module="{}">{}</div>
                </fieldset></div>
                """,
                error == null ? "" : " govuk-form-group--error", describedBy(field, hint, error), legend,
                hint(field, hint), error(field, error), block, block, block, Html.join(items));
    }

    public static Html button(String text) {
        return Html.of("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">{}</button>", text);
    }

    public static Html warningButton(String text) {
        return Html.of("<button type=\"submit\" class=\"govuk-button govuk-button--warning\" data-module=\"govuk-button\">{}</button>",
                text);
    }

    public static Html summaryList(List<Row> rows) {
        return Html.of("<dl class=\"govuk-summary-list\">{}</dl>", Html.each(rows, row -> Html.of("""
                <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{}</dt>
                <dd class="govuk-summary-list__value">{}</dd></div>
                """, row.key(), row.value())));
    }

    /** A table with a caption; the first cell of each row heads that row. */
    public static Html table(String caption, List<String> headings, List<List<Html>> rows) {
        Html head = Html.each(headings, h -> Html.of("<th scope=\"col\" class=\"govuk-table__header\">{}</th>", h));
        Html body = Html.each(rows, row -> {
            List<Html> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(i == 0
                        ? Html.of("<th scope=\"row\" class=\"govuk-table__header\">{}</th>", row.get(i))
                        : Html.of("<td class=\"govuk-table__cell\">{}</td>", row.get(i)));
            }
            return Html.of("<tr class=\"govuk-table__row\">{}</tr>", Html.join(cells));
        });
        return Html.of("""
                <table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">{}</caption>
                <thead class="govuk-table__head"><tr class="govuk-table__row">{}</tr></thead>
                <tbody class="govuk-table__body">{}</tbody></table>
                """, caption, head, body);
    }

    private static final Map<String, String> TAG_COLOURS = Map.of(
            "grey", " govuk-tag--grey", "green", " govuk-tag--green", "red", " govuk-tag--red",
            "yellow", " govuk-tag--yellow", "blue", "", "purple", " govuk-tag--purple");

    public static Html tag(String text, String colour) {
        return Html.of("<strong class=\"govuk-tag{}\">{}</strong>", TAG_COLOURS.getOrDefault(colour, ""), text);
    }

    private static Html hint(String field, String hint) {
        return hint == null ? Html.EMPTY : Html.of("<div id=\"{}-hint\" class=\"govuk-hint\">{}</div>", field, hint);
    }

    private static Html error(String field, String error) {
        return error == null ? Html.EMPTY : Html.of(
                "<p id=\"{}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {}</p>",
                field, error);
    }

    private static Html describedBy(String field, String hint, String error) {
        List<String> ids = new ArrayList<>();
        if (hint != null) {
            ids.add(field + "-hint");
        }
        if (error != null) {
            ids.add(field + "-error");
        }
        return ids.isEmpty() ? Html.EMPTY : Html.of(" aria-describedby=\"{}\"", String.join(" ", ids));
    }
}
