package uk.police.hcir.reporting.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.police.hcir.cases.events.CaseClosed;
import uk.police.hcir.cases.events.CaseOpened;
import uk.police.hcir.cases.events.HateFlagsApplied;
import uk.police.hcir.cases.events.HateFlagsCorrected;
import uk.police.hcir.cases.events.MotivationRecorded;
import uk.police.hcir.cases.events.RecordingDecisionMade;
import uk.police.hcir.cases.events.RiskAssessed;

/** Events of cases as case-service would publish them. */
public final class CaseHistories {

    private CaseHistories() {
    }

    public static CaseOpened opened(String caseId, Instant at, String channel) {
        return new CaseOpened(caseId, "HC-" + caseId.substring(0, 6), at, channel, at, at.plus(Duration.ofHours(24)),
                              "subject-" + caseId);
    }

    public static MotivationRecorded motivation(String caseId, List<String> strands) {
        return new MotivationRecorded(caseId, "REPORT", !strands.isEmpty(), List.of("VICTIM"), strands,
                                      "sealed:own-words", false);
    }

    public static HateFlagsApplied flags(String caseId, List<String> strands) {
        return new HateFlagsApplied(caseId, strands, false);
    }

    public static HateFlagsCorrected flagsCorrected(String caseId, List<String> before, List<String> now,
                                                    String reason) {
        return new HateFlagsCorrected(caseId, before, false, now, false, reason);
    }

    public static RecordingDecisionMade crime(String caseId, String offenceGroup) {
        return new RecordingDecisionMade(caseId, "CRIME", "125/10", offenceGroup, "CR/" + caseId.substring(0, 6),
                                         "Offence disclosed", "NCHI-2023 v1", false, false, List.of(), false);
    }

    public static RiskAssessed risk(String caseId, String level, Instant nextReviewDue) {
        return new RiskAssessed(caseId, "HCRA-1", Map.of("Q1", "YES"), 12, level, level, null, false,
                                nextReviewDue, null);
    }

    public static CaseClosed closed(String caseId) {
        return new CaseClosed(caseId, true, null);
    }
}
