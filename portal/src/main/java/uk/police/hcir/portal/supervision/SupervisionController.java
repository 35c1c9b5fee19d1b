package uk.police.hcir.portal.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.hcir.portal.cases.CaseApi;
import uk.police.hcir.portal.cases.CaseChanged;
import uk.police.hcir.portal.cases.CaseSummary;
import uk.police.hcir.portal.forms.FormErrors;
import uk.police.hcir.portal.forms.FormErrors.FieldError;
import uk.police.hcir.portal.services.ServiceCallException;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.victimcare.VictimCareApi;

/**
 * Supervisors: high-risk cases waiting for their review, each approved or returned with what must change and a
 * decision on a multi-agency referral; and the work that is past its time across the force.
 */
@Controller
class SupervisionController {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionController.class);
    static final List<String> OUTCOMES = List.of("APPROVED", "RETURNED");
    static final List<String> REFERRALS = List.of("REFERRED", "NOT_NEEDED", "NOT_DECIDED");
    static final int TEXT_MAX = 2000;

    private final CaseApi cases;
    private final VictimCareApi victims;
    private final Clock clock;

    SupervisionController(CaseApi cases, VictimCareApi victims, Clock clock) {
        this.cases = cases;
        this.victims = victims;
        this.clock = clock;
    }

    @GetMapping("/supervision/reviews")
    String reviews(Model model) {
        model.addAttribute("cases", cases.supervisorQueue().stream().filter(CaseSummary::awaitingSupervisorReview)
                                         .toList());
        model.addAttribute("now", clock.instant());
        return "supervision/reviews";
    }

    @GetMapping("/supervision/overdue")
    String overdue(Model model) {
        Instant now = clock.instant();
        List<CaseSummary> queue = cases.supervisorQueue();
        model.addAttribute("decisions", queue.stream().filter(summary -> summary.decisionLate(now)).toList());
        model.addAttribute("riskReviews", queue.stream().filter(summary -> summary.riskReviewLate(now)
                || summary.supervisorReviewLate(now)).toList());
        try {
            model.addAttribute("victimUpdates", victims.queue(VictimCareApi.Queue.OVERDUE));
        } catch (ServiceCallException e) {
            LOG.warn("Overdue victim updates could not be read: {}", e.getMessage());
            model.addAttribute("victimUpdates", null);
        }
        model.addAttribute("now", now);
        return "supervision/overdue";
    }

    public record ReviewForm(String outcome, String comments, String referral, String agency,
                             Long expectedVersion) {
    }

    @GetMapping("/supervision/reviews/{caseId}")
    String review(@PathVariable String caseId, Model model) {
        CaseSummary summary = summary(caseId);
        return reviewPage(summary, new ReviewForm(null, null, null, null, summary.version()), FormErrors.none(), null,
                          model);
    }

    @PostMapping("/supervision/reviews/{caseId}")
    String recordReview(@PathVariable String caseId, ReviewForm form, Model model, RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (form.outcome() == null || !OUTCOMES.contains(form.outcome())) {
            problems.add(new FieldError("outcome", "Select whether you approve the case or return it"));
        } else if ("RETURNED".equals(form.outcome()) && blank(form.comments())) {
            problems.add(new FieldError("comments", "Enter what must change before the case is approved"));
        }
        if (form.comments() != null && form.comments().length() > TEXT_MAX) {
            problems.add(new FieldError("comments", "Comments must be " + TEXT_MAX + " characters or fewer"));
        }
        boolean high = "HIGH".equals(summary.riskLevel());
        if (form.referral() == null || !REFERRALS.contains(form.referral())) {
            if (high) {
                problems.add(new FieldError("referral", "Select whether the case is referred to a multi-agency "
                        + "risk panel"));
            }
        } else if (high && "NOT_DECIDED".equals(form.referral())) {
            problems.add(new FieldError("referral", "A high-risk case needs a decision on a multi-agency referral"));
        } else if ("REFERRED".equals(form.referral()) && blank(form.agency())) {
            problems.add(new FieldError("agency", "Enter the agency or panel the case is referred to"));
        }
        if (form.agency() != null && form.agency().length() > 200) {
            problems.add(new FieldError("agency", "The agency must be 200 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            return reviewPage(summary, form, FormErrors.of(problems.toArray(FieldError[]::new)), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", form.outcome());
        body.put("comments", blank(form.comments()) ? null : form.comments().trim());
        body.put("multiAgencyReferral", form.referral());
        body.put("referralAgency", "REFERRED".equals(form.referral()) ? form.agency().trim() : null);
        long version = form.expectedVersion() != null ? form.expectedVersion() : summary.version();
        try {
            cases.change(caseId, "supervisor-reviews", version, body);
        } catch (ServiceRefusedException refusal) {
            Optional<CaseChanged> changed = CaseChanged.in(refusal);
            if (changed.isPresent()) {
                return reviewPage(summary(caseId), new ReviewForm(form.outcome(), form.comments(), form.referral(),
                                                                  form.agency(), changed.get().currentVersion()),
                                  FormErrors.none(), changed.get(), model);
            }
            return reviewPage(summary, form, FormErrors.fromRefusal(refusal, field -> switch (field) {
                case "outcome", "comments" -> field;
                case "multiAgencyReferral" -> "referral";
                case "referralAgency" -> "agency";
                default -> null;
            }), null, model);
        }
        redirect.addFlashAttribute("done", "Case " + reference(summary) + ("APPROVED".equals(form.outcome())
                ? " approved" : " returned to the officer"));
        return "redirect:/supervision/reviews";
    }

    private String reviewPage(CaseSummary summary, ReviewForm form, FormErrors errors, CaseChanged changed,
                              Model model) {
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("changed", changed);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("referrals", REFERRALS);
        model.addAttribute("now", clock.instant());
        return "supervision/review";
    }

    private CaseSummary summary(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String reference(CaseSummary summary) {
        return summary.reportReference() != null ? summary.reportReference() : summary.caseId();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
