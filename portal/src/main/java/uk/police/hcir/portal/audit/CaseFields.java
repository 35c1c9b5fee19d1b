package uk.police.hcir.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A case's fields as the reporting service names them, shown as labels and values a person can read. */
public final class CaseFields {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm:ss a", Locale.UK);
    private static final Set<String> NOT_SHOWN = Set.of("caseId");

    /** One field of the case: its label and its value as text. */
    public record Field(String name, String label, String value) {
    }

    private CaseFields() {
    }

    public static List<Field> of(JsonNode state) {
        List<Field> fields = new ArrayList<>();
        if (state == null) {
            return fields;
        }
        state.fieldNames().forEachRemaining(name -> {
            if (!NOT_SHOWN.contains(name)) {
                fields.add(new Field(name, label(name), value(state.get(name))));
            }
        });
        return fields;
    }

    /** {@code recordingDecisionAt} as "Recording decision at". */
    public static String label(String name) {
        StringBuilder label = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c) && !label.isEmpty()) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(label.isEmpty() ? Character.toUpperCase(c) : c);
            }
        }
        return label.toString();
    }

    public static String value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "Not recorded";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "Yes" : "No";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return items.isEmpty() ? "None" : String.join(", ", items);
        }
        if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            try {
                return time(Instant.parse(value.asText()));
            } catch (DateTimeParseException e) {
                return value.asText();
            }
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** An instant as UK local time, such as "4 May 2026, 9:15:00 am". */
    public static String time(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }
}
