package uk.police.hcir.portal.partnerreport;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.hcir.portal.forms.FormErrors;
import uk.police.hcir.portal.intakeapi.IntakeApi;
import uk.police.hcir.portal.reportforms.PageOrder;
import uk.police.hcir.portal.reportforms.ReportChoices;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * The page for third-party reporting centres, such as the Stop Hate in Norfolk partners: a report made on a
 * victim's behalf with the victim's consent choices, and a look-up of where a report the centre sent stands. Each
 * request carries the centre's own key to intake's partner API; the portal keeps it for that request only.
 */
@Controller
class PartnerReportController {

    static final String PATH = "/partner";
    static final String CONFIRMATION_PATH = PATH + "/confirmation";
    static final String STATUS_PATH = PATH + "/status";

    private static final String KEY_NOT_RECOGNISED = "Your centre's reporting key was not recognised. Check it and "
            + "enter it again";
    private static final Map<String, String> STATUSES = Map.of(
            "RECEIVED", "Received by the police",
            "LINKED", "Linked to another report of the same incident",
            "WITHDRAWN", "Withdrawn");
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
                                                                       .withZone(ZoneId.of("Europe/London"));

    private final IntakeApi intake;
    private final Clock clock;

    PartnerReportController(IntakeApi intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @ModelAttribute("choices")
    ReportChoices choices() {
        return ReportChoices.ALL;
    }

    @GetMapping(PATH)
    String form(Model model) {
        return page(new PartnerReportForm(), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    String submit(@Valid @ModelAttribute("report") PartnerReportForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        form.checkAnswers(result, clock);
        if (result.hasErrors()) {
            return page(form, PageOrder.errors(result, PartnerReportForm.PAGE_ORDER), model);
        }
        IntakeApi.Accepted accepted;
        try {
            accepted = intake.submit(IntakeApi.Channel.THIRD_PARTY, form.toReport(clock), form.getSubmissionKey(),
                                     form.getCentreKey().trim());
        } catch (ServiceRefusedException refusal) {
            FormErrors errors = switch (refusal.status()) {
                case 401 -> FormErrors.of(new FormErrors.FieldError("centreKey", KEY_NOT_RECOGNISED));
                case 429 -> FormErrors.of(new FormErrors.FieldError(FormErrors.FORM,
                        "Your centre has sent too many reports in the last minute. Wait a minute, then send the "
                                + "report again"));
                case 400, 422 -> FormErrors.fromRefusal(refusal, PartnerReportForm::formFieldFor);
                default -> throw refusal;
            };
            return page(form, errors, model);
        }
        redirect.addFlashAttribute("accepted", accepted);
        redirect.addFlashAttribute("centreReference", form.getCentreReference().trim());
        return "redirect:" + CONFIRMATION_PATH;
    }

    @GetMapping(CONFIRMATION_PATH)
    String confirmation(Model model) {
        if (!model.containsAttribute("accepted")) {
            return "redirect:" + PATH;
        }
        return "partnerreport/report-sent";
    }

    @GetMapping(STATUS_PATH)
    String lookUp(Model model) {
        return statusPage(new StatusLookupForm(), FormErrors.none(), null, model);
    }

    @PostMapping(STATUS_PATH)
    String status(@Valid @ModelAttribute("lookup") StatusLookupForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return statusPage(form, PageOrder.errors(result, java.util.List.of("lookupKey", "lookupReference")),
                              null, model);
        }
        try {
            IntakeApi.PartnerReportStatus status = intake.partnerReportStatus(form.getLookupKey().trim(),
                                                                              form.getLookupReference().trim());
            return statusPage(form, FormErrors.none(), status, model);
        } catch (ServiceRefusedException refusal) {
            FormErrors errors = switch (refusal.status()) {
                case 401 -> FormErrors.of(new FormErrors.FieldError("lookupKey", KEY_NOT_RECOGNISED));
                case 404 -> FormErrors.of(new FormErrors.FieldError("lookupReference",
                                                                    "Your centre has sent no report with that reference"));
                case 400 -> FormErrors.fromRefusal(refusal, field -> "lookupReference");
                default -> throw refusal;
            };
            return statusPage(form, errors, null, model);
        }
    }

    private String page(PartnerReportForm form, FormErrors errors, Model model) {
        model.addAttribute("report", form);
        model.addAttribute("errors", errors);
        return "partnerreport/report";
    }

    private String statusPage(StatusLookupForm form, FormErrors errors, IntakeApi.PartnerReportStatus status,
                              Model model) {
        model.addAttribute("lookup", form);
        model.addAttribute("errors", errors);
        model.addAttribute("status", status);
        if (status != null) {
            model.addAttribute("statusText", STATUSES.getOrDefault(status.status(), status.status()));
            model.addAttribute("receivedText", status.receivedAt() == null ? "" : RECEIVED.format(status.receivedAt()));
        }
        return "partnerreport/status";
    }
}
