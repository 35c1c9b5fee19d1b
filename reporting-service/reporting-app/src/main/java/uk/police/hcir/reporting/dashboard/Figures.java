package uk.police.hcir.reporting.dashboard;

import java.util.List;

/** One dashboard's figures as a table: the same data the portal charts, and the JSON and CSV give. */
public record Figures(String name, String title, List<String> columns, List<List<Object>> rows) {

    public String toCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", columns.stream().map(Figures::cell).toList()))
                .append("\r\n");
        for (List<Object> row : rows) {
            csv.append(String.join(",", row.stream().map(Figures::cell).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
