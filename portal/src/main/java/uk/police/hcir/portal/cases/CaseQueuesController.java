package uk.police.hcir.portal.cases;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.hcir.portal.forms.FormErrors;
import uk.police.hcir.portal.security.SignedInUser;

/**
 * Officers' and supervisors' lists of cases: their own, a team's, and a search. The queues can be narrowed by status,
 * risk level and whether anything is overdue, and are shown a page at a time.
 */
@Controller
class CaseQueuesController {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("OPEN", "CLOSED");
    static final List<String> RISK_LEVELS = List.of("HIGH", "MEDIUM", "STANDARD", "NOT_ASSESSED");

    private final CaseApi cases;
    private final Clock clock;

    CaseQueuesController(CaseApi cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/cases/mine")
    String mine(QueueFilter filter, Authentication authentication, Model model) {
        String officer = SignedInUser.from(authentication).orElseThrow().id();
        List<CaseSummary> all = cases.search(new CaseApi.Search(null, null, filter.statusOrOpen(), officer, null,
                                                                null, null, CaseApi.QUEUE_LIMIT, 0));
        showQueue(filter, all, "/cases/mine", model);
        return "cases/mine";
    }

    @GetMapping("/cases/team")
    String team(QueueFilter filter, Model model) {
        String team = filter.team() == null ? "" : filter.team().trim();
        if (!team.isEmpty()) {
            List<CaseSummary> all = cases.search(new CaseApi.Search(null, null, filter.statusOrOpen(), null, team,
                                                                    null, null, CaseApi.QUEUE_LIMIT, 0));
            showQueue(filter, all, "/cases/team", model);
        } else {
            model.addAttribute("filter", filter);
        }
        model.addAttribute("teamChosen", !team.isEmpty());
        return "cases/team";
    }

    private void showQueue(QueueFilter filter, List<CaseSummary> all, String path, Model model) {
        Instant now = clock.instant();
        List<CaseSummary> matching = all.stream()
                                        .filter(summary -> filter.risk() == null || filter.risk().isBlank()
                                                || filter.risk().equals(riskOf(summary)))
                                        .filter(summary -> !filter.overdueOnly() || summary.overdue(now))
                                        .toList();
        Paging paging = Paging.of(matching.size(), filter.currentPage(), PAGE_SIZE, path, filter.queryWithoutPage());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("riskLevels", RISK_LEVELS);
        model.addAttribute("cases", matching.subList(paging.from(), paging.to()));
        model.addAttribute("paging", paging);
        model.addAttribute("now", now);
        model.addAttribute("truncated", all.size() >= CaseApi.QUEUE_LIMIT);
    }

    private static String riskOf(CaseSummary summary) {
        return summary.riskLevel() == null ? "NOT_ASSESSED" : summary.riskLevel();
    }

    @GetMapping("/cases/search")
    String search(@RequestParam(required = false) String reference,
                  @RequestParam(required = false) String strand,
                  @RequestParam(required = false) String status,
                  @RequestParam(name = "reported-from", required = false) String reportedFrom,
                  @RequestParam(name = "reported-to", required = false) String reportedTo,
                  @RequestParam(defaultValue = "1") int page,
                  Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("strand", strand);
        model.addAttribute("status", status);
        model.addAttribute("reportedFrom", reportedFrom);
        model.addAttribute("reportedTo", reportedTo);
        model.addAttribute("strands", CaseForms.STRANDS);
        model.addAttribute("statuses", STATUSES);
        boolean searched = reference != null || strand != null || status != null || reportedFrom != null
                || reportedTo != null;
        model.addAttribute("searched", searched);
        if (!searched) {
            model.addAttribute("errors", FormErrors.none());
            return "cases/search";
        }
        List<FormErrors.FieldError> problems = new ArrayList<>();
        Instant from = day(reportedFrom, "reported-from", "Enter the first day as a date, like 27/3/2026", problems);
        Instant to = day(reportedTo, "reported-to", "Enter the last day as a date, like 31/3/2026", problems);
        if (to != null) {
            to = to.plusSeconds(86_400);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new FormErrors.FieldError("reported-to", "The last day must be on or after the first day"));
        }
        FormErrors errors = FormErrors.of(problems.toArray(FormErrors.FieldError[]::new));
        model.addAttribute("errors", errors);
        if (errors.any()) {
            return "cases/search";
        }
        int current = Math.max(1, page);
        List<CaseSummary> found = cases.search(new CaseApi.Search(
                blankToNull(reference == null ? null : reference.trim().toUpperCase(Locale.UK)), blankToNull(strand),
                blankToNull(status), null, null, from, to, PAGE_SIZE + 1, (current - 1) * PAGE_SIZE));
        model.addAttribute("cases", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("now", clock.instant());
        return "cases/search";
    }

    private Instant day(String text, String field, String message, List<FormErrors.FieldError> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = text.trim().split("[/.\\-]");
            LocalDate date = parts.length == 3 && parts[0].length() <= 2
                    ? LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]))
                    : LocalDate.parse(text.trim());
            return date.atStartOfDay(clock.getZone()).toInstant();
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FormErrors.FieldError(field, message));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
