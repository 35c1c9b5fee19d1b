package uk.police.hcir.portal.analysis;

import java.math.BigDecimal;
import java.util.Locale;

/** Column names and values of the reporting service's tables as a person reads them. */
final class Labels {

    private Labels() {
    }

    /** {@code casesOfRepeatVictims} as "Cases of repeat victims", {@code p90Hours} as "P90 hours". */
    static String column(String name) {
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

    /** A code such as {@code CONTROL_ROOM} as "Control room"; numbers without a needless ".0". */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        String text = value.toString();
        if (text.matches("[A-Z][A-Z0-9_]*")) {
            String words = text.replace('_', ' ').toLowerCase(Locale.UK);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return text;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
