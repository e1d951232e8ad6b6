package org.alshub.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.View;
import org.alshub.report.boundary.Chart.Bar;
import org.alshub.report.control.Reports;

/**
 * Attendance per month and actions by status, each as an SVG chart with a text alternative and
 * then the same figures in a table, for those who would rather read them or use a screen reader.
 */
@Path("reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class ReportsPage {

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

    public record Figures(Chart attendance, List<Bar> months, Chart actions, List<Bar> statuses) {
    }

    @GET
    public View reports() {
        Map<YearMonth, Long> attendance = reports.attendancePerMonth(12);
        Map<String, Long> counts = reports.actionsByStatus();
        List<Bar> months = attendance.entrySet().stream()
                .map(e -> new Bar(e.getKey().format(SHORT_MONTH), e.getKey().format(MONTH), e.getValue())).toList();
        List<Bar> statuses = STATUS_NAMES.entrySet().stream()
                .map(e -> new Bar(e.getValue(), e.getValue(), counts.getOrDefault(e.getKey(), 0L),
                        e.getKey().equals("OVERDUE") ? "/actions?overdue=true" : "/actions?status=" + e.getKey()))
                .toList();
        long people = attendance.values().stream().mapToLong(Long::longValue).sum();
        return View.of("report/reports", new Figures(
                Chart.columns("attendance-chart", "Attendance per month, last 12 months",
                        people + " attendances in the last 12 months; the busiest month was "
                                + busiest(months) + ". The table below has every month.", months), months,
                Chart.bars("actions-chart", "Actions by status",
                        counts.getOrDefault("ALL", 0L) + " actions: " + String.join(", ", statuses.stream()
                                .map(b -> b.value() + " " + b.longLabel().toLowerCase(Locale.UK)).toList())
                                + ".", statuses), statuses));
    }

    private static String busiest(List<Bar> months) {
        Bar top = months.stream().reduce((a, b) -> b.value() >= a.value() ? b : a).orElse(null);
        return top == null || top.value() == 0 ? "none: no attendance was recorded" : top.longLabel() + " (" + top.value() + ")";
    }
}
