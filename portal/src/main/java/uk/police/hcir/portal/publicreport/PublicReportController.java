package uk.police.hcir.portal.publicreport;

import jakarta.validation.Valid;
import java.time.Clock;
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

/** The public's online report form: no sign-in, plain English, and the choice to stay anonymous. */
@Controller
class PublicReportController {

    static final String PATH = "/report";
    static final String CONFIRMATION_PATH = PATH + "/confirmation";

    private final IntakeApi intake;
    private final Clock clock;

    PublicReportController(IntakeApi intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @ModelAttribute("choices")
    ReportChoices choices() {
        return ReportChoices.ALL;
    }

    @ModelAttribute("reporterRoles")
    java.util.Map<String, String> reporterRoles() {
        return PublicReportForm.REPORTER_ROLES;
    }

    @GetMapping(PATH)
    String form(Model model) {
        return page(new PublicReportForm(), FormErrors.none(), model);
    }

    @PostMapping(PATH)
    String submit(@Valid @ModelAttribute("report") PublicReportForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        form.checkAnswers(result, clock);
        if (result.hasErrors()) {
            return page(form, PageOrder.errors(result, PublicReportForm.PAGE_ORDER), model);
        }
        IntakeApi.Accepted accepted;
        try {
            accepted = intake.submit(IntakeApi.Channel.ONLINE, form.toReport(clock), form.getSubmissionKey(), null);
        } catch (ServiceRefusedException refusal) {
            if (refusal.status() == 429) {
                return page(form, FormErrors.of(new FormErrors.FieldError(FormErrors.FORM,
                        "Too many reports have been sent in the last minute. Wait a minute, then send your report "
                                + "again")), model);
            }
            if (refusal.status() != 400 && refusal.status() != 422) {
                throw refusal;
            }
            return page(form, FormErrors.fromRefusal(refusal, PublicReportForm::formFieldFor), model);
        }
        redirect.addFlashAttribute("accepted", accepted);
        return "redirect:" + CONFIRMATION_PATH;
    }

    @GetMapping(CONFIRMATION_PATH)
    String confirmation(Model model) {
        if (!model.containsAttribute("accepted")) {
            return "redirect:" + PATH;
        }
        return "publicreport/report-sent";
    }

    private String page(PublicReportForm form, FormErrors errors, Model model) {
        model.addAttribute("report", form);
        model.addAttribute("errors", errors);
        return "publicreport/report";
    }
}
