package uk.police.hcir.portal.deadletters;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * Administrators: the events each service's handlers could not process, held in its dead-letter queue, and a retry
 * for each sequence once the cause has been put right.
 */
@Controller
class DeadLettersController {

    static final String PATH = "/admin/dead-letters";

    private final DeadLetterClient client;

    DeadLettersController(DeadLetterClient client) {
        this.client = client;
    }

    @GetMapping(PATH)
    String deadLetters(Model model) {
        return page(model);
    }

    @PostMapping(PATH + "/retry")
    String retry(@ModelAttribute RetryForm form, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        List<String> errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", errors);
            return page(model);
        }
        BackendService service = form.backendService().orElseThrow();
        try {
            RetryResult result = client.retry(service, form.processingGroup(), form.sequenceId());
            redirect.addFlashAttribute("retried", new Retried(service.title(), form.processingGroup(),
                                                              form.sequenceId(), result != null
                                                                      && result.retried() > 0));
        } catch (ServiceRefusedException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", List.of(refused.problem().map(problem -> problem.getDetail())
                                                        .orElse(service.title() + " refused the retry")));
            return page(model);
        }
        return "redirect:" + PATH;
    }

    private String page(Model model) {
        List<ServiceDeadLetters> services = client.all();
        model.addAttribute("services", services);
        model.addAttribute("total", services.stream().mapToInt(s -> s.sequences().size()).sum());
        model.addAttribute("unavailable", services.stream().filter(s -> !s.available()).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "admin/dead-letters";
    }

    /** The confirmation shown after a retry. */
    record Retried(String service, String processingGroup, String sequenceId, boolean handled) {
    }
}
