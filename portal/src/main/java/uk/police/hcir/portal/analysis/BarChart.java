package uk.police.hcir.portal.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard's figures as a horizontal bar chart, laid out on the server so it needs no script: one group of bars
 * per row, one bar per figure in the row. Percentages are charted on their own, never beside counts; a table of one
 * row is charted one bar per figure.
 */
public record BarChart(String title, String description, List<String> series, List<Group> groups, int width,
                       int height, int axisX, int axisBottom) {

    private static final int LABEL_WIDTH = 230;
    private static final int PLOT_WIDTH = 380;
    private static final int BAR = 18;
    private static final int GROUP_GAP = 14;
    private static final int TOP = 10;

    public record Group(String label, int labelY, List<Bar> bars) {
    }

    public record Bar(int series, String seriesName, String valueText, int x, int y, int width, int height,
                      int textX, int textY) {
    }

    /** The chart of a table, or {@code null} when the table has no figures to chart. */
    public static BarChart of(String title, List<String> columns, List<List<Object>> rows) {
        List<Integer> numeric = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (isNumeric(rows, c)) {
                numeric.add(c);
            } else {
                labels.add(c);
            }
        }
        if (rows.isEmpty() || numeric.isEmpty()) {
            return null;
        }
        List<String> groupLabels = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        List<String> series = new ArrayList<>();
        if (rows.size() == 1 && labels.isEmpty()) {
            series.add(title);
            List<Integer> counts = numeric.stream().filter(c -> !columns.get(c).endsWith("Percent")).toList();
            for (int c : counts.isEmpty() ? numeric : counts) {
                groupLabels.add(Labels.column(columns.get(c)));
                values.add(List.of(number(rows.get(0).get(c))));
            }
        } else {
            List<Integer> charted = numeric.stream().filter(c -> columns.get(c).endsWith("Percent")).toList();
            if (charted.isEmpty()) {
                charted = numeric.stream().limit(5).toList();
            }
            charted.forEach(c -> series.add(Labels.column(columns.get(c))));
            for (List<Object> row : rows) {
                List<String> parts = new ArrayList<>();
                labels.forEach(c -> parts.add(row.get(c) == null ? "None" : Labels.value(row.get(c))));
                groupLabels.add(String.join(" ", parts));
                values.add(charted.stream().map(c -> number(row.get(c))).toList());
            }
        }
        double max = values.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(0);
        List<Group> groups = new ArrayList<>();
        int y = TOP;
        for (int g = 0; g < groupLabels.size(); g++) {
            List<Bar> bars = new ArrayList<>();
            int groupTop = y;
            List<Double> groupValues = values.get(g);
            for (int s = 0; s < groupValues.size(); s++) {
                double value = groupValues.get(s);
                int width = max <= 0 ? 0 : (int) Math.round(value / max * PLOT_WIDTH);
                bars.add(new Bar(s, series.get(s), Labels.number(value), LABEL_WIDTH, y, Math.max(width, 1), BAR,
                                 LABEL_WIDTH + Math.max(width, 1) + 6, y + BAR - 4));
                y += BAR + 2;
            }
            groups.add(new Group(truncate(groupLabels.get(g)), (groupTop + y - 2) / 2 + 5, bars));
            y += GROUP_GAP;
        }
        String description = "Bar chart of " + title.toLowerCase() + ". The table after the chart gives the "
                + "same figures.";
        return new BarChart(title, description, series, groups, LABEL_WIDTH + PLOT_WIDTH + 80, y + 10,
                            LABEL_WIDTH, y);
    }

    private static String truncate(String label) {
        return label.length() > 30 ? label.substring(0, 29) + "…" : label;
    }

    private static boolean isNumeric(List<List<Object>> rows, int column) {
        boolean any = false;
        for (List<Object> row : rows) {
            Object value = column < row.size() ? row.get(column) : null;
            if (value == null) {
                continue;
            }
            if (!(value instanceof Number)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
