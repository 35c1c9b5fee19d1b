package uk.police.hcir.reporting.homeofficereturn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Home Office hate crime return for a financial year: recorded crimes by monitored strand and offence group.
 * A crime with several strands counts once under each of them, and once in its offence group's total.
 *
 * @param financialYear the year, such as 2024/25
 * @param rows          one row per offence group, in the return's order
 * @param total         the row of totals
 */
public record HateCrimeReturn(String financialYear, List<Row> rows, Row total) {

    /** The monitored strands in the return's column order, with their column headings. */
    public static final Map<String, String> STRANDS = strands();

    /** The offence groups in the return's row order, with their headings. */
    public static final Map<String, String> OFFENCE_GROUPS = offenceGroups();

    /**
     * @param offenceGroup the group's code
     * @param byStrand     crimes of the group flagged with each strand, in {@link #STRANDS} order
     * @param offences     crimes of the group, each counted once
     */
    public record Row(String offenceGroup, Map<String, Long> byStrand, long offences) {
    }

    public String toCsv() {
        StringBuilder csv = new StringBuilder("Financial year,Offence group");
        STRANDS.values().forEach(heading -> csv.append(',').append(heading));
        csv.append(",Total offences\r\n");
        for (Row row : rows) {
            line(csv, OFFENCE_GROUPS.get(row.offenceGroup()), row);
        }
        line(csv, "Total", total);
        return csv.toString();
    }

    private void line(StringBuilder csv, String heading, Row row) {
        csv.append(financialYear).append(',').append(heading);
        STRANDS.keySet().forEach(strand -> csv.append(',').append(row.byStrand().getOrDefault(strand, 0L)));
        csv.append(',').append(row.offences()).append("\r\n");
    }

    private static Map<String, String> strands() {
        Map<String, String> strands = new LinkedHashMap<>();
        strands.put("RACE", "Race");
        strands.put("RELIGION", "Religion");
        strands.put("SEXUAL_ORIENTATION", "Sexual orientation");
        strands.put("DISABILITY", "Disability");
        strands.put("TRANSGENDER_IDENTITY", "Transgender identity");
        return java.util.Collections.unmodifiableMap(strands);
    }

    private static Map<String, String> offenceGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("VIOLENCE_WITH_INJURY", "Violence with injury");
        groups.put("VIOLENCE_WITHOUT_INJURY", "Violence without injury");
        groups.put("STALKING_AND_HARASSMENT", "Stalking and harassment");
        groups.put("PUBLIC_ORDER", "Public order offences");
        groups.put("CRIMINAL_DAMAGE_AND_ARSON", "Criminal damage and arson");
        groups.put("THEFT", "Theft offences");
        groups.put("SEXUAL_OFFENCES", "Sexual offences");
        groups.put("OTHER_NOTIFIABLE", "Other notifiable offences");
        return java.util.Collections.unmodifiableMap(groups);
    }
}
