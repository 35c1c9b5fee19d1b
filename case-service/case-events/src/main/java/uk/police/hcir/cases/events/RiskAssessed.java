package uk.police.hcir.cases.events;

import java.time.Instant;
import java.util.Map;

/**
 * A structured hate crime risk assessment: the answers, the score they give, the level that score means, and the
 * level decided. A first assessment and every review are each one of these.
 *
 * @param caseId                the case
 * @param questionnaire         the questionnaire and its version, such as HCRA-1
 * @param answers               each question's answer: YES, NO or UNKNOWN
 * @param score                 the score of the answers
 * @param scoredLevel           the level the score gives: STANDARD, MEDIUM or HIGH
 * @param level                 the level decided; differs from the scored level only with a reason
 * @param levelReason           why the level differs from the scored level
 * @param review                whether this is a review of an earlier assessment
 * @param nextReviewDue         when the assessment must be reviewed
 * @param supervisorReviewDue   for a high level, when a supervisor must have reviewed the case
 */
public record RiskAssessed(String caseId,
                           String questionnaire,
                           Map<String, String> answers,
                           int score,
                           String scoredLevel,
                           String level,
                           String levelReason,
                           boolean review,
                           Instant nextReviewDue,
                           Instant supervisorReviewDue) {

    public static final String EVENT_TYPE = "uk.police.hcir.case.risk-assessed";
    public static final String REVISION = "1";
}
