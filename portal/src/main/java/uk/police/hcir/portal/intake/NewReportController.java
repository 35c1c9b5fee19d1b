package uk.police.hcir.portal.intake;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.core.Authentication;
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
import uk.police.hcir.portal.security.Role;
import uk.police.hcir.portal.security.SignedInUser;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * The control room's report form: a call handler records a call, asking the perception question and grading the
 * call with THRIVE. An officer uses the same page for a report they raise, which goes to intake's officer
 * channel and has no THRIVE grading. The reference is shown on a confirmation page.
 */
@Controller
class NewReportController {

    static final String PATH = "/reports/new";
    static final String CONFIRMATION_PATH = PATH + "/confirmation";

    private final IntakeApi intake;
    private final Clock clock;

    NewReportController(IntakeApi intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @ModelAttribute("choices")
    ReportChoices choices() {
        return ReportChoices.ALL;
    }

    @GetMapping(PATH)
    String form(Authentication authentication, Model model) {
        return page(new CallReportForm(), FormErrors.none(), authentication, model);
    }

    @PostMapping(PATH)
    String submit(@Valid @ModelAttribute("report") CallReportForm form, BindingResult result,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        boolean officer = isOfficerChannel(authentication);
        form.checkAnswers(result, clock, officer);
        if (result.hasErrors()) {
            return page(form, PageOrder.errors(result, CallReportForm.PAGE_ORDER), authentication, model);
        }
        IntakeApi.Accepted accepted;
        try {
            accepted = intake.submit(officer ? IntakeApi.Channel.OFFICER : IntakeApi.Channel.CONTROL_ROOM,
                                     form.toReport(clock, officer), form.getSubmissionKey(), null);
        } catch (ServiceRefusedException refusal) {
            if (refusal.status() != 400 && refusal.status() != 422) {
                throw refusal;
            }
            return page(form, FormErrors.fromRefusal(refusal, CallReportForm::formFieldFor), authentication, model);
        }
        redirect.addFlashAttribute("accepted", accepted);
        return "redirect:" + CONFIRMATION_PATH;
    }

    @GetMapping(CONFIRMATION_PATH)
    String confirmation(Model model) {
        if (!model.containsAttribute("accepted")) {
            return "redirect:" + PATH;
        }
        return "intake/report-recorded";
    }

    private String page(CallReportForm form, FormErrors errors, Authentication authentication, Model model) {
        model.addAttribute("report", form);
        model.addAttribute("errors", errors);
        model.addAttribute("officerChannel", isOfficerChannel(authentication));
        return "intake/new-report";
    }

    /**
     * Whether the report goes to the officer channel: when the user acts as an officer. A user holding several roles
     * acts in the first, as the services are told.
     */
    static boolean isOfficerChannel(Authentication authentication) {
        return SignedInUser.from(authentication).flatMap(SignedInUser::primaryRole)
                           .filter(role -> role == Role.OFFICER).isPresent();
    }
}
