package uk.police.hcir.cases.risk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each risk level must be reviewed ({@code hcir.case.reviews.*}): a high risk needs a supervisor's review
 * within hours and a reassessment within days; medium and standard risks are reassessed less often.
 *
 * @param supervisorReviewForHigh how soon a supervisor must review a high-risk case
 * @param reassessHigh            how soon a high risk must be reassessed
 * @param reassessMedium          how soon a medium risk must be reassessed
 * @param reassessStandard        how soon a standard risk must be reassessed
 * @param recordingDecision       how soon after the report the recording decision is due
 */
@ConfigurationProperties("hcir.case.reviews")
public record ReviewSchedule(Duration supervisorReviewForHigh,
                             Duration reassessHigh,
                             Duration reassessMedium,
                             Duration reassessStandard,
                             Duration recordingDecision) {

    public ReviewSchedule {
        supervisorReviewForHigh = supervisorReviewForHigh == null ? Duration.ofHours(8) : supervisorReviewForHigh;
        reassessHigh = reassessHigh == null ? Duration.ofDays(7) : reassessHigh;
        reassessMedium = reassessMedium == null ? Duration.ofDays(14) : reassessMedium;
        reassessStandard = reassessStandard == null ? Duration.ofDays(28) : reassessStandard;
        recordingDecision = recordingDecision == null ? Duration.ofHours(24) : recordingDecision;
    }

    public static ReviewSchedule defaults() {
        return new ReviewSchedule(null, null, null, null, null);
    }

    public Duration reassessment(RiskLevel level) {
        return switch (level) {
            case HIGH -> reassessHigh;
            case MEDIUM -> reassessMedium;
            case STANDARD -> reassessStandard;
        };
    }
}
