package uk.police.hcir.cases.recording;

import java.util.List;

/**
 * Records reports perceived as hate that are not crimes as intelligence only: nothing is recorded against anyone,
 * and trivial, irrational or malicious reports are not recorded at all.
 */
public class IntelligenceOnlyPolicy implements NchiPolicy {

    public static final String ID = "nchi-intelligence-only/1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Outcome apply(NchiAssessment assessment) {
        if (assessment.trivialIrrationalOrMalicious()) {
            return new Outcome(RecordingDecision.NO_RECORD, false, false, List.of("TRIVIAL_IRRATIONAL_OR_MALICIOUS"));
        }
        return new Outcome(RecordingDecision.INTELLIGENCE_ONLY, false, false, List.of("RECORDED_AS_INTELLIGENCE"));
    }
}
