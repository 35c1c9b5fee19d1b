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
        String victim = cases.find(caseId).map(summary -> summary.victimSubjectId()).orElse(null);
        return personalData.sealAbout(victim, SubjectKind.REPORT_NARRATIVE, text);
    }
}
