package uk.police.hcir.cases.events;

import java.util.List;

/**
 * The case's hate flags were corrected. The flags before the correction stay in the history, and the reason says
 * why they were wrong.
 *
 * @param caseId          the case
 * @param previousStrands the strands flagged before
 * @param previousOnline  the online flag before
 * @param strands         the strands flagged now
 * @param online          the online flag now
 * @param reason          why the flags were corrected
 */
public record HateFlagsCorrected(String caseId,
                                 List<String> previousStrands,
                                 boolean previousOnline,
                                 List<String> strands,
                                 boolean online,
                                 String reason) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.hate-flags-corrected";
    public static final String REVISION = "1";
}
