package uk.police.hcir.portal.intake;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.hcir.portal.forms.FormErrors;
import uk.police.hcir.portal.intakeapi.IntakeApi;
import uk.police.hcir.portal.intakeapi.IntakeApi.DuplicateCandidate;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * The duplicate review queue: pairs of reports intake found may be about one incident, each to link (the later
 * report's case joins the earlier one's) or keep apart, with the reason.
 */
@Controller
class DuplicateReviewController {

    static final String PATH = "/reports/duplicates";

    /** One pair as the page shows it: its position names its fields, and a decision being corrected. */
    record PendingPair(int number, DuplicateCandidate candidate, String likeness, List<String> reasons,
                       String found, String decision, String reason) {

        public String decisionField() {
            return "decision-" + number;
        }

        public String reasonField() {
            return "reason-" + number;
        }
    }

    private static final DateTimeFormatter FOUND = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
                                                                    .withZone(ZoneId.of("Europe/London"));

    private final IntakeApi intake;

    DuplicateReviewController(IntakeApi intake) {
        this.intake = intake;
    }

    @GetMapping(PATH)
    String queue(Model model) {
        return page(null, FormErrors.none(), model);
    }

    @PostMapping(PATH)
    String decide(@Valid @ModelAttribute("decision") DuplicateDecisionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(form, errorsFor(form, result), model);
        }
        try {
            intake.decideDuplicate(form.getReportId(), form.getCandidateId(), form.getDecision(),
                                   form.getReason().trim());
        } catch (ServiceRefusedException refusal) {
            if (refusal.status() >= 500 || refusal.status() == 403) {
                throw refusal;
            }
            int number = numberOf(form, intake.pendingDuplicates());
            return page(form, FormErrors.fromRefusal(refusal, field -> "reason".equals(field)
                    ? "reason-" + number : "decision-" + number), model);
        }
        redirect.addFlashAttribute("decided", "LINK".equals(form.getDecision())
                ? "The reports are linked as one incident"
                : "The reports are kept apart");
        return "redirect:" + PATH;
    }

    private FormErrors errorsFor(DuplicateDecisionForm form, BindingResult result) {
        int number = numberOf(form, intake.pendingDuplicates());
        List<FormErrors.FieldError> errors = new ArrayList<>();
        if (result.hasFieldErrors("reportId") || result.hasFieldErrors("candidateId") || number == 0) {
            errors.add(new FormErrors.FieldError(FormErrors.FORM,
                                                 "That pair of reports is no longer waiting for a decision"));
        }
        if (number > 0 && result.hasFieldErrors("decision")) {
            errors.add(new FormErrors.FieldError("decision-" + number,
                                                 result.getFieldError("decision").getDefaultMessage()));
        }
        if (number > 0 && result.hasFieldErrors("reason")) {
            errors.add(new FormErrors.FieldError("reason-" + number,
                                                 result.getFieldError("reason").getDefaultMessage()));
        }
        return FormErrors.of(errors.toArray(FormErrors.FieldError[]::new));
    }

    private static int numberOf(DuplicateDecisionForm form, List<DuplicateCandidate> pending) {
        for (int i = 0; i < pending.size(); i++) {
            DuplicateCandidate candidate = pending.get(i);
            if (candidate.reportId().equals(form.getReportId())
                    && candidate.candidateId().equals(form.getCandidateId())) {
                return i + 1;
            }
        }
        return 0;
    }

    private String page(DuplicateDecisionForm posted, FormErrors errors, Model model) {
        List<DuplicateCandidate> pending = intake.pendingDuplicates();
        List<PendingPair> pairs = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            DuplicateCandidate candidate = pending.get(i);
            boolean isPosted = posted != null && candidate.reportId().equals(posted.getReportId())
                    && candidate.candidateId().equals(posted.getCandidateId());
            pairs.add(new PendingPair(i + 1, candidate, Math.round(candidate.score() * 100) + "%",
                                      candidate.matchedRules().stream().map(DuplicateReviewController::reason)
                                               .toList(),
                                      candidate.flaggedAt() == null ? "" : FOUND.format(candidate.flaggedAt()),
                                      isPosted ? posted.getDecision() : null, isPosted ? posted.getReason() : null));
        }
        model.addAttribute("pairs", pairs);
        model.addAttribute("errors", errors);
        return "intake/duplicates";
    }

    /** What a rule intake matched means, in words. */
    static String reason(String rule) {
        if (rule.startsWith("WORDS_")) {
            return "Their accounts share " + rule.substring("WORDS_".length()) + " of their words";
        }
        return switch (rule) {
            case "SAME_VICTIM" -> "The same victim";
            case "DIFFERENT_VICTIMS" -> "Different victims";
            case "SAME_LOCATION" -> "The same place";
            case "SAME_AREA" -> "The same area";
            case "SAME_TIME" -> "About the same time";
            case "SAME_DAY" -> "The same day";
            case "DIFFERENT_DAYS" -> "Different days";
            case "SAME_STRANDS" -> "The same kind of hostility";
            default -> rule.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }
}
