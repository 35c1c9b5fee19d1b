package uk.police.hcir.cases.events;

import java.util.List;

/**
 * The case was flagged as hate related: one flag per strand, and the online flag.
 *
 * @param caseId  the case
 * @param strands the strands flagged; each one perceived in the case's motivation
 * @param online  whether the online (cyber-enabled) flag is set
 */
public record HateFlagsApplied(String caseId, List<String> strands, boolean online) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.hate-flags-applied";
    public static final String REVISION = "1";
}
