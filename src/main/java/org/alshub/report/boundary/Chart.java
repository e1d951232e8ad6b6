package org.alshub.report.boundary;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart's geometry, worked out here and drawn by the report/chart template as SVG.
 * Colours and sizes are presentation attributes, not CSS, so the Content-Security-Policy's
 * style-src 'self' does not block them. Each chart is one image to assistive technology
 * (role="img", labelled by its title and description); its figures are in the table after it.
 */
public record Chart(String id, String title, String description, int width, int height, List<Mark> marks,
                    Integer baseline) {

    public static final String BLUE = "#1d70b8";
    public static final String TEXT = "#0b0c0c";
    private static final int WIDTH = 640;

    /** One bar and its two labels: the value beside or above it, the name under or before it. */
    public record Mark(int x, int y, int width, int height, int valueX, int valueY, String value,
                       int labelX, int labelY, String label, String labelAnchor) {
    }

    /**
     * A figure to draw: a short label for the chart, a long one for the table and the words, and
     * where the list behind the figure is (null when it has none).
     */
    public record Bar(String label, String longLabel, long value, String href) {

        public Bar(String label, String longLabel, long value) {
            this(label, longLabel, value, null);
        }
    }

    /** Vertical columns, one per bar, labels underneath (months). */
    static Chart columns(String id, String title, String description, List<Bar> bars) {
        int height = 240;
        int top = 24;
        int bottom = 40;
        int plot = height - top - bottom;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int slot = WIDTH / Math.max(1, bars.size());
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int barHeight = (int) Math.round((double) bar.value() * plot / max);
            int x = i * slot + slot / 6;
            int y = top + plot - barHeight;
            marks.add(new Mark(x, y, slot * 2 / 3, barHeight, x + slot / 3, y - 6, String.valueOf(bar.value()),
                    x + slot / 3, height - bottom + 20, bar.label(), "middle"));
        }
        return new Chart(id, title, description, WIDTH, height, marks, top + plot);
    }

    /** Horizontal bars with their labels on the left (statuses). */
    static Chart bars(String id, String title, String description, List<Bar> bars) {
        int row = 36;
        int labelWidth = 230;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int plot = WIDTH - labelWidth - 50;
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int width = (int) Math.round((double) bar.value() * plot / max);
            int y = i * row + 4;
            marks.add(new Mark(labelWidth, y + 4, width, row - 12, labelWidth + width + 6, y + 20,
                    String.valueOf(bar.value()), 0, y + 20, bar.label(), "start"));
        }
        return new Chart(id, title, description, WIDTH, bars.size() * row + 8, marks, null);
    }
}
