package uk.police.hcir.portal.audit;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import uk.police.hcir.portal.forms.FormErrors;

/**
 * Auditors: rebuild a view of the reporting service from the events beside the one serving, and follow its
 * progress. The progress page works without JavaScript (a link to check again); with it, a script polls the
 * progress as JSON and moves the bar.
 */
@Controller
class RebuildsController {

    static final String PATH = "/audit/rebuilds";
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Map<String, String> TITLES = Map.of(
            "case-state", "Each case as it stands now (also behind every dashboard)",
            "audit-trail", "The audit trail and its hash chains");

    private final AuditRecords records;

    RebuildsController(AuditRecords records) {
        this.records = records;
    }

    @GetMapping(PATH)
    String rebuilds(Model model) {
        return page(model, FormErrors.none());
    }

    @PostMapping(PATH)
    String start(@RequestParam(required = false) String projection, Model model) {
        AuditRecords.Rebuilds rebuilds = records.rebuilds();
        if (projection == null || !rebuilds.projections().contains(projection)) {
            return page(model, FormErrors.of(new FormErrors.FieldError(
                    "projection", "Select the view to rebuild")));
        }
        AuditRecords.RebuildProgress started = records.startRebuild(projection);
        return "redirect:" + PATH + "/" + started.rebuildId();
    }

    @GetMapping(PATH + "/{rebuildId}")
    String progress(@PathVariable String rebuildId, Model model) {
        model.addAttribute("rebuild", rebuildOf(rebuildId));
        model.addAttribute("titles", TITLES);
        return "audit/rebuild";
    }

    /** The progress as JSON, for the page's script to poll. */
    @GetMapping(PATH + "/{rebuildId}/progress")
    @ResponseBody
    AuditRecords.RebuildProgress progressJson(@PathVariable String rebuildId) {
        return rebuildOf(rebuildId);
    }

    private AuditRecords.RebuildProgress rebuildOf(String rebuildId) {
        if (!ID.matcher(rebuildId).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return records.rebuild(rebuildId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Model model, FormErrors errors) {
        AuditRecords.Rebuilds rebuilds = records.rebuilds();
        model.addAttribute("projections", rebuilds.projections());
        model.addAttribute("runs", rebuilds.runs());
        model.addAttribute("titles", TITLES);
        model.addAttribute("errors", errors);
        return "audit/rebuilds";
    }
}
