package org.alshub.report.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.report.control.Reports;

/**
 * Attendance per month and actions by status, each as an SVG chart with a text alternative and
 * then the same figures in a table, for those who would rather read them or use a screen reader.
 */
@WebServlet("/reports")
public class ReportsPage extends PageServlet {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Map<String, String> STATUS_NAMES = new LinkedHashMap<>();

    static {
        STATUS_NAMES.put("OPEN", "Not started");
        STATUS_NAMES.put("IN_PROGRESS", "In progress");
        STATUS_NAMES.put("DONE", "Done");
        STATUS_NAMES.put("DROPPED", "Dropped");
        STATUS_NAMES.put("OVERDUE", "Overdue (of the open ones)");
    }

    @Inject
    Reports reports;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<YearMonth, Long> attendance = reports.attendancePerMonth(12);
        Map<String, Long> counts = reports.actionsByStatus();
        List<Bar> months = attendance.entrySet().stream()
                .map(e -> new Bar(e.getKey().format(SHORT_MONTH), e.getKey().format(MONTH), e.getValue())).toList();
        List<Bar> statuses = STATUS_NAMES.entrySet().stream()
                .map(e -> new Bar(e.getValue(), e.getValue(), counts.getOrDefault(e.getKey(), 0L))).toList();
        long people = attendance.values().stream().mapToLong(Long::longValue).sum();
        render(request, response, 200, "Reports", Html.of("""
                <h1 class="govuk-heading-l">Reports</h1>
                <h2 class="govuk-heading-m" id="attendance">Attendance per month</h2>
                {}{}
                <h2 class="govuk-heading-m" id="actions">Actions by status</h2>
                {}{}
                """,
                Svg.columns("attendance-chart", "Attendance per month, last 12 months",
                        people + " attendances in the last 12 months; the busiest month was "
                                + busiest(months) + ". The table below has every month.", months),
                Govuk.table("Attendance per month", List.of("Month", "People who came"), rows(months)),
                Svg.bars("actions-chart", "Actions by status",
                        counts.getOrDefault("ALL", 0L) + " actions: " + String.join(", ", statuses.stream()
                                .map(b -> b.value() + " " + b.longLabel().toLowerCase(Locale.UK)).toList())
                                + ".", statuses),
                Govuk.table("Actions by status", List.of("Status", "Actions"), rows(statuses))));
    }

    private static String busiest(List<Bar> months) {
        Bar top = months.stream().reduce((a, b) -> b.value() >= a.value() ? b : a).orElse(null);
        return top == null || top.value() == 0 ? "none: no attendance was recorded" : top.longLabel() + " (" + top.value() + ")";
    }

    private static List<List<Html>> rows(List<Bar> bars) {
        List<List<Html>> rows = new ArrayList<>();
        bars.forEach(b -> rows.add(List.of(Html.of("{}", b.longLabel()), Html.of("{}", b.value()))));
        return rows;
    }

    record Bar(String label, String longLabel, long value) {
    }
}
