package uk.police.hcir.portal.cases;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.police.hcir.portal.services.ServiceCallException;
import uk.police.hcir.portal.victimcare.VictimCareApi;

/**
 * One case: its summary, what is still to do (motivation, flags, the recording decision within its deadline, the
 * risk assessment and a supervisor's review), the investigation's milestones, the victim's contact, and its history.
 * Victim contact and the history come from other services: if one does not answer, the rest of the page still shows.
 */
@Controller
class CaseController {

    private static final Logger LOG = LoggerFactory.getLogger(CaseController.class);
    private static final String MILESTONE_EVENT = "investigative-milestone-reached";
    private static final String RISK_EVENT = "risk-assessed";

    private final CaseApi cases;
    private final VictimCareApi victims;
    private final Clock clock;

    CaseController(CaseApi cases, VictimCareApi victims, Clock clock) {
        this.cases = cases;
        this.victims = victims;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}")
    String casePage(@PathVariable String caseId, Model model) {
        CaseSummary summary = cases.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("summary", summary);
        model.addAttribute("now", clock.instant());

        List<TimelineEntry> timeline = null;
        try {
            timeline = cases.timeline(caseId);
        } catch (ServiceCallException e) {
            LOG.warn("The history of case {} could not be read: {}", caseId, e.getMessage());
        }
        model.addAttribute("timeline", timeline == null ? null
                : timeline.stream().sorted(Comparator.comparing(TimelineEntry::occurredAt,
                                                                Comparator.nullsLast(Comparator.reverseOrder())))
                          .toList());
        model.addAttribute("milestones", timeline == null ? null
                : timeline.stream().filter(entry -> MILESTONE_EVENT.equals(entry.name())).toList());
        Optional<TimelineEntry> lastRisk = timeline == null ? Optional.empty()
                : timeline.stream().filter(entry -> RISK_EVENT.equals(entry.name())).reduce((first, second) -> second);
        model.addAttribute("lastRiskAssessment", lastRisk.orElse(null));

        try {
            model.addAttribute("care", victims.care(caseId).orElse(null));
            model.addAttribute("careAvailable", true);
        } catch (ServiceCallException e) {
            LOG.warn("The victim care of case {} could not be read: {}", caseId, e.getMessage());
            model.addAttribute("careAvailable", false);
        }
        return "cases/case";
    }
}
