package uk.police.hcir.portal.cases;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceRefusedException;

/** Cases and refusals as case-service gives them, for the page tests. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    public static CaseSummary openCase(String caseId, String reference, long version) {
        Instant reported = Instant.now().minus(Duration.ofHours(2));
        return new CaseSummary(caseId, reference, "CONTROL_ROOM", "OPEN", reported, reported.plusSeconds(5), false,
                               true, List.of("RACE", "RELIGION"), null, false, 0, null,
                               reported.plus(Duration.ofHours(24)), false, null, null, null, null, null, false, null,
                               false, "officer", "NORWICH-EAST", null, null, null, reported, version);
    }

    public static CaseSummary highRiskCase(String caseId, String reference, long version) {
        Instant reported = Instant.now().minus(Duration.ofHours(3));
        return new CaseSummary(caseId, reference, "CONTROL_ROOM", "OPEN", reported, reported, false, true,
                               List.of("RACE"), List.of("RACE"), false, 0, "CRIME", reported.plus(Duration.ofHours(24)),
                               false, reported.plusSeconds(600), "PUBLIC_ORDER", "37/1/26", "HIGH",
                               reported.plus(Duration.ofDays(7)), false, Instant.now().plus(Duration.ofHours(5)),
                               false, "officer", "NORWICH-EAST", null, null, null, reported, version);
    }

    public static Questionnaire questionnaire() {
        return new Questionnaire("HCRA-1", 7, 14, List.of(
                new Questionnaire.Question("H1", "History and escalation", "Earlier incidents?", 3, false),
                new Questionnaire.Question("O4", "Offender", "Was a weapon used or threatened?", 4, true),
                new Questionnaire.Question("W2", "Victim's view", "Does the victim feel unsafe?", 2, false)));
    }

    public static ServiceRefusedException changedSince(String caseId, long currentVersion) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                                                                 "Case " + caseId + " is at version " + currentVersion);
        problem.setType(URI.create("https://hcir.police.uk/problems/case-changed"));
        problem.setTitle("The case has changed since you looked at it");
        problem.setProperty("currentVersion", currentVersion);
        problem.setProperty("changes", List.of(Map.of("version", currentVersion, "event", "MotivationRecorded",
                                                      "by", "pc-2002", "role", "OFFICER",
                                                      "at", "2026-03-01T14:05:00Z")));
        return new ServiceRefusedException(BackendService.CASE, 409, problem);
    }

    public static ServiceRefusedException refused(int status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(URI.create("https://hcir.police.uk/problems/" + code));
        return new ServiceRefusedException(BackendService.CASE, status, problem);
    }
}
