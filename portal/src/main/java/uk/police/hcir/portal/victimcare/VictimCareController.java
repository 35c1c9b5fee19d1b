package uk.police.hcir.portal.victimcare;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.hcir.portal.cases.CaseApi;
import uk.police.hcir.portal.cases.CaseSummary;
import uk.police.hcir.portal.forms.FormErrors;
import uk.police.hcir.portal.forms.FormErrors.FieldError;
import uk.police.hcir.portal.services.ServiceCallException;
import uk.police.hcir.portal.services.ServiceRefusedException;
import uk.police.hcir.portal.victimcare.VictimCareApi.Care;
import uk.police.hcir.portal.victimcare.VictimCareApi.DutyItem;
import uk.police.hcir.portal.victimcare.VictimCareApi.Queue;

/**
 * Victims' Code work: the updates due today and overdue, the victims whose needs are still to be assessed, the
 * referrals owed, and for each victim their care with the forms to record an update, a needs assessment, a referral
 * (with the victim's consent) and a referral's outcome.
 */
@Controller
class VictimCareController {

    private static final Logger LOG = LoggerFactory.getLogger(VictimCareController.class);
    static final int TEXT_MAX = 2000;

    private final VictimCareApi victims;
    private final CaseApi cases;
    private final Clock clock;

    VictimCareController(VictimCareApi victims, CaseApi cases, Clock clock) {
        this.victims = victims;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/victim-care/updates")
    String updates(Model model) {
        model.addAttribute("overdue", victims.queue(Queue.OVERDUE).stream().filter(item -> !item.isReferral())
                                             .toList());
        model.addAttribute("dueToday", victims.queue(Queue.DUE_TODAY).stream().filter(item -> !item.isReferral())
                                              .toList());
        return "victimcare/updates";
    }

    @GetMapping("/victim-care/referrals")
    String referrals(Model model) {
        List<DutyItem> owed = Stream.concat(victims.queue(Queue.OVERDUE).stream(),
                                            victims.queue(Queue.DUE_TODAY).stream())
                                    .filter(DutyItem::isReferral).toList();
        model.addAttribute("referrals", owed);
        return "victimcare/referrals";
    }

    @GetMapping("/victim-care/needs")
    String needs(Model model) {
        model.addAttribute("victims", victims.needsAssessmentsDue());
        return "victimcare/needs";
    }

    @GetMapping("/victim-care/victims/{caseId}")
    String victim(@PathVariable String caseId, Model model) {
        Care care = care(caseId);
        model.addAttribute("care", care);
        model.addAttribute("reference", reference(caseId));
        model.addAttribute("now", clock.instant());
        return "victimcare/victim";
    }

    // ---- Updates ----------------------------------------------------------------------------------------------

    public record ContactForm(String method, String summary) {
    }

    @GetMapping("/victim-care/victims/{caseId}/contacts")
    String contactForm(@PathVariable String caseId, Model model) {
        Care care = care(caseId);
        return page("victimcare/contact", caseId, care, new ContactForm(care.contactMethod(), null),
                    FormErrors.none(), model);
    }

    @PostMapping("/victim-care/victims/{caseId}/contacts")
    String recordContact(@PathVariable String caseId, ContactForm form, Model model, RedirectAttributes redirect) {
        Care care = care(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (form.method() == null || !VictimCareForms.CONTACT_METHODS.contains(form.method())) {
            problems.add(new FieldError("method", "Select how you contacted the victim"));
        }
        if (form.summary() == null || form.summary().isBlank()) {
            problems.add(new FieldError("summary", "Enter what you told the victim"));
        } else if (form.summary().length() > TEXT_MAX) {
            problems.add(new FieldError("summary", "What you told the victim must be " + TEXT_MAX
                    + " characters or fewer"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", form.method());
        body.put("summary", form.summary() == null ? null : form.summary().trim());
        return record(caseId, "contacts", body, problems, redirect, "Update recorded",
                      errors -> page("victimcare/contact", caseId, care, form, errors, model),
                      field -> switch (field) {
                          case "method", "summary" -> field;
                          default -> null;
                      });
    }

    // ---- Needs assessment -------------------------------------------------------------------------------------

    @GetMapping("/victim-care/victims/{caseId}/needs-assessment")
    String needsForm(@PathVariable String caseId, Model model) {
        return needsPage(caseId, care(caseId), Map.of(), null, FormErrors.none(), model);
    }

    @PostMapping("/victim-care/victims/{caseId}/needs-assessment")
    String assessNeeds(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> fields, Model model,
                       RedirectAttributes redirect) {
        Care care = care(caseId);
        Map<String, String> answers = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (VictimCareForms.NeedsQuestion question : VictimCareForms.NEEDS_QUESTIONS) {
            String answer = fields.getFirst("need-" + question.id());
            if (answer != null && VictimCareForms.NEEDS_ANSWERS.contains(answer)) {
                answers.put(question.id(), answer);
            } else {
                problems.add(new FieldError("need-" + question.id(), "Answer: " + question.text()));
            }
        }
        String outcome = fields.getFirst("outcome");
        if (outcome == null || !VictimCareForms.NEEDS_OUTCOMES.contains(outcome)) {
            problems.add(new FieldError("outcome", "Select the outcome of the needs assessment"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        body.put("outcome", outcome);
        return record(caseId, "needs-assessments", body, problems, redirect, "Needs assessment recorded",
                      errors -> needsPage(caseId, care, answers, outcome, errors, model),
                      field -> "outcome".equals(field) ? "outcome" : null);
    }

    private String needsPage(String caseId, Care care, Map<String, String> answers, String outcome, FormErrors errors,
                             Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("outcome", outcome);
        model.addAttribute("questions", VictimCareForms.NEEDS_QUESTIONS);
        model.addAttribute("answerChoices", VictimCareForms.NEEDS_ANSWERS);
        model.addAttribute("outcomes", VictimCareForms.NEEDS_OUTCOMES);
        return page("victimcare/needs-assessment", caseId, care, null, errors, model);
    }

    // ---- Referrals --------------------------------------------------------------------------------------------

    public record ReferralForm(String service, String consent) {
    }

    @GetMapping("/victim-care/victims/{caseId}/referrals")
    String referralForm(@PathVariable String caseId, Model model) {
        return referralPage(caseId, care(caseId), new ReferralForm(null, null), FormErrors.none(), model);
    }

    @PostMapping("/victim-care/victims/{caseId}/referrals")
    String refer(@PathVariable String caseId, ReferralForm form, Model model, RedirectAttributes redirect) {
        Care care = care(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (form.service() == null || !VictimCareForms.SUPPORT_SERVICES.contains(form.service())) {
            problems.add(new FieldError("service", "Select the service the victim is referred to"));
        }
        boolean consent = "yes".equals(form.consent());
        if (!consent && !care.referralConsent()) {
            problems.add(new FieldError("consent", "Confirm the victim consents to the referral. A victim is referred "
                    + "only with their consent"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", form.service());
        body.put("consentGiven", consent);
        return record(caseId, "referrals", body, problems, redirect, "Referral made",
                      errors -> referralPage(caseId, care, form, errors, model),
                      field -> switch (field) {
                          case "service" -> "service";
                          case "consentGiven" -> "consent";
                          default -> null;
                      });
    }

    private String referralPage(String caseId, Care care, ReferralForm form, FormErrors errors, Model model) {
        model.addAttribute("services", VictimCareForms.SUPPORT_SERVICES);
        return page("victimcare/referral", caseId, care, form, errors, model);
    }

    public record ReferralOutcomeForm(String status, String reason) {
    }

    @GetMapping("/victim-care/victims/{caseId}/referrals/{referralId}/outcome")
    String referralOutcomeForm(@PathVariable String caseId, @PathVariable String referralId, Model model) {
        Care care = care(caseId);
        return referralOutcomePage(caseId, care, referral(care, referralId), new ReferralOutcomeForm(null, null),
                                   FormErrors.none(), model);
    }

    @PostMapping("/victim-care/victims/{caseId}/referrals/{referralId}/outcome")
    String recordReferralOutcome(@PathVariable String caseId, @PathVariable String referralId,
                                 ReferralOutcomeForm form, Model model, RedirectAttributes redirect) {
        Care care = care(caseId);
        VictimCareApi.Referral referral = referral(care, referralId);
        List<FieldError> problems = new ArrayList<>();
        if (form.status() == null || !VictimCareForms.REFERRAL_OUTCOMES.contains(form.status())) {
            problems.add(new FieldError("status", "Select whether the service accepted the referral"));
        } else if ("DECLINED".equals(form.status()) && (form.reason() == null || form.reason().isBlank())) {
            problems.add(new FieldError("reason", "Enter why the referral was declined"));
        }
        if (form.reason() != null && form.reason().length() > TEXT_MAX) {
            problems.add(new FieldError("reason", "The reason must be " + TEXT_MAX + " characters or fewer"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", form.status());
        body.put("reason", form.reason() == null || form.reason().isBlank() ? null : form.reason().trim());
        return record(caseId, "referrals/" + referralId + "/outcome", body, problems, redirect,
                      "Referral outcome recorded",
                      errors -> referralOutcomePage(caseId, care, referral, form, errors, model),
                      field -> switch (field) {
                          case "status", "reason" -> field;
                          default -> null;
                      });
    }

    private String referralOutcomePage(String caseId, Care care, VictimCareApi.Referral referral,
                                       ReferralOutcomeForm form, FormErrors errors, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("statuses", VictimCareForms.REFERRAL_OUTCOMES);
        return page("victimcare/referral-outcome", caseId, care, form, errors, model);
    }

    // ---- Shared -----------------------------------------------------------------------------------------------

    private String record(String caseId, String action, Map<String, Object> body, List<FieldError> problems,
                          RedirectAttributes redirect, String done, Function<FormErrors, String> showErrors,
                          Function<String, String> toFormField) {
        if (!problems.isEmpty()) {
            return showErrors.apply(FormErrors.of(problems.toArray(FieldError[]::new)));
        }
        try {
            victims.record(caseId, action, body);
        } catch (ServiceRefusedException refusal) {
            return showErrors.apply(FormErrors.fromRefusal(refusal, toFormField));
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/victim-care/victims/" + caseId;
    }

    private String page(String view, String caseId, Care care, Object form, FormErrors errors, Model model) {
        model.addAttribute("care", care);
        model.addAttribute("reference", reference(caseId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("methods", VictimCareForms.CONTACT_METHODS);
        model.addAttribute("now", clock.instant());
        return view;
    }

    private Care care(String caseId) {
        return victims.care(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static VictimCareApi.Referral referral(Care care, String referralId) {
        return care.referral(referralId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The case's report reference, which people know a case by; its id when case-service cannot say. */
    private String reference(String caseId) {
        try {
            return cases.find(caseId).map(CaseSummary::reportReference).orElse(caseId);
        } catch (ServiceCallException e) {
            LOG.warn("The reference of case {} could not be read: {}", caseId, e.getMessage());
            return caseId;
        }
    }
}
