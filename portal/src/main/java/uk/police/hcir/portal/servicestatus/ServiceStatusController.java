package uk.police.hcir.portal.servicestatus;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators: whether each service is ready to take work, asked afresh on every visit. */
@Controller
class ServiceStatusController {

    static final String PATH = "/admin/service-status";

    private final ServiceStatusChecker checker;
    private final Clock clock;

    ServiceStatusController(ServiceStatusChecker checker, Clock clock) {
        this.checker = checker;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String serviceStatus(Model model) {
        List<ServiceStatus> statuses = checker.checkAll();
        model.addAttribute("statuses", statuses);
        model.addAttribute("allReady", statuses.stream().allMatch(status -> status.readiness() == Readiness.READY));
        model.addAttribute("checkedAt", ZonedDateTime.now(clock));
        return "admin/service-status";
    }
}
