package org.alshub.report.boundary;

import java.util.ArrayList;
import java.util.List;
import org.alshub.platform.web.Html;

/**
 * Charts as SVG markup. Colours and sizes are presentation attributes, not CSS, so the
 * Content-Security-Policy's style-src 'self' does not block them. Each chart is one image to
 * assistive technology (role="img", labelled by its title and description); its figures are in
 * the table that follows it.
 */
final class Svg {

    private static final String BLUE = "#1d70b8";
    private static final String TEXT = "#0b0c0c";
    private static final int WIDTH = 640;

    private Svg() {
    }

    /** Vertical columns, one per bar, labels underneath (months). */
    static Html columns(String id, String title, String description, List<ReportsPage.Bar> bars) {
        int height = 240;
        int top = 24;
        int bottom = 40;
        int plot = height - top - bottom;
        long max = Math.max(1, bars.stream().mapToLong(ReportsPage.Bar::value).max().orElse(1));
        int slot = WIDTH / Math.max(1, bars.size());
        List<Html> parts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            ReportsPage.Bar bar = bars.get(i);
            int barHeight = (int) Math.round((double) bar.value() * plot / max);
            int x = i * slot + slot / 6;
            int y = top + plot - barHeight;
            parts.add(Html.of("""
                    <rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>
                    <text x="{}" y="{}" text-anchor="middle" font-size="14" fill="{}">{}</text>
                    <text x="{}" y="{}" text-anchor="middle" font-size="14" fill="{}">{}</text>
                    """, x, y, slot * 2 / 3, barHeight, BLUE, x + slot / 3, y - 6, TEXT, bar.value(),
                    x + slot / 3, height - bottom + 20, TEXT, bar.label()));
        }
        return frame(id, title, description, height, Html.of("""
                <line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"></line>{}
                """, top + plot, WIDTH, top + plot, TEXT, Html.join(parts)));
    }

    /** Horizontal bars with their labels on the left (statuses). */
    static Html bars(String id, String title, String description, List<ReportsPage.Bar> bars) {
        int row = 36;
        int labelWidth = 230;
        int height = bars.size() * row + 8;
        long max = Math.max(1, bars.stream().mapToLong(ReportsPage.Bar::value).max().orElse(1));
        int plot = WIDTH - labelWidth - 50;
        List<Html> parts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            ReportsPage.Bar bar = bars.get(i);
            int width = (int) Math.round((double) bar.value() * plot / max);
            int y = i * row + 4;
            parts.add(Html.of("""
                    <text x="0" y="{}" font-size="14" fill="{}">{}</text>
                    <rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>
                    <text x="{}" y="{}" font-size="14" fill="{}">{}</text>
                    """, y + 20, TEXT, bar.label(), labelWidth, y + 4, width, row - 12, BLUE,
                    labelWidth + width + 6, y + 20, TEXT, bar.value()));
        }
        return frame(id, title, description, height, Html.join(parts));
    }

    private static Html frame(String id, String title, String description, int height, Html body) {
        return Html.of("""
                <figure class="app-chart-figure">
                <svg class="app-chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc"
                 font-family="arial, sans-serif" xmlns="http://www.w3.org/2000/svg">
                <title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>
                <figcaption class="govuk-body">{}</figcaption>
                </figure>
                """, WIDTH, height, id, id, id, title, id, description, body, description);
    }
}
