package uk.police.hcir.cases.lifecycle.web;

import org.springframework.stereotype.Component;
import uk.police.hcir.cases.summary.query.CaseSummaries;
import uk.police.hcir.platform.personaldata.PersonalData;
import uk.police.hcir.platform.personaldata.SubjectKind;

/**
 * Seals what officers write about a victim (their own words, their views on an outcome) under the victim's key,
 * or, where the case names no victim, under a key of its own.
 */
@Component
class CasePersonalData {

    private final PersonalData personalData;
    private final CaseSummaries cases;

    CasePersonalData(PersonalData personalData, CaseSummaries cases) {
        this.personalData = personalData;
        this.cases = cases;
    }

    String seal(String caseId, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String subject = cases.find(caseId)
                              .map(summary -> summary.victimSubjectId())
                              .filter(victim -> victim != null && !personalData.isErased(victim))
                              .orElseGet(() -> personalData.newSubject(SubjectKind.REPORT_NARRATIVE));
        return personalData.seal(subject, text);
    }
}
