package uk.police.hcir.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.police.hcir.portal.forms.FormErrors;

/**
 * Auditors: find a case, replay its history to any moment, verify its hash chain, and export it as JSON or print it.
 * The history is listed in the order the reporting service received it (its chain order); moving through time goes
 * by when each event occurred.
 */
@Controller
class AuditCaseController {

    static final String FIND = "/audit/cases";
    private static final Pattern CASE_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                                   + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9/_.:-]{1,64}");

    private final AuditRecords records;
    private final Clock clock;

    AuditCaseController(AuditRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @GetMapping(FIND)
    String find(@RequestParam(name = "case", required = false) String wanted, Model model) {
        model.addAttribute("wanted", wanted == null ? "" : wanted);
        model.addAttribute("errors", FormErrors.none());
        if (wanted == null) {
            return "audit/find-case";
        }
        String text = wanted.trim();
        if (text.isEmpty()) {
            return findError(model, "Enter a case reference or case ID");
        }
        if (!SAFE.matcher(text).matches()) {
            return findError(model, "Enter a case reference such as HC-26-000123, or a case ID");
        }
        if (CASE_ID.matcher(text).matches() && records.auditTrail(text.toLowerCase()).isPresent()) {
            return "redirect:" + FIND + "/" + text.toLowerCase();
        }
        List<String> found = records.casesWithReference(text);
        if (found.size() == 1) {
            return "redirect:" + FIND + "/" + found.get(0);
        }
        if (found.isEmpty()) {
            return findError(model, "No case has that reference or ID. Check it and try again");
        }
        model.addAttribute("matches", found);
        return "audit/find-case";
    }

    private static String findError(Model model, String message) {
        model.addAttribute("errors", FormErrors.of(new FormErrors.FieldError("case", message)));
        return "audit/find-case";
    }

    @GetMapping(FIND + "/{caseId}")
    String history(@PathVariable String caseId, @RequestParam(required = false) String at,
                   @RequestParam(required = false) String verify, Model model) {
        AuditRecords.AuditTrail trail = trailOf(caseId);
        model.addAttribute("trail", trail);
        model.addAttribute("reference", referenceOf(trail));
        model.addAttribute("errors", FormErrors.none());
        List<Instant> times = trail.entries().stream().map(AuditRecords.Entry::occurredAt).distinct().sorted()
                                   .toList();
        Instant shown = null;
        if (at != null && !at.isBlank()) {
            Optional<Instant> parsed = instant(at.trim());
            if (parsed.isEmpty()) {
                model.addAttribute("errors", FormErrors.of(new FormErrors.FieldError(
                        "at", "Enter a real date and time, for example 4 May 2026 at 9:15am")));
                model.addAttribute("atValue", at);
            } else {
                shown = parsed.get();
            }
        }
        boolean now = shown == null;
        Instant moment = now ? clock.instant() : shown;
        int position = lastAtOrBefore(times, moment);
        model.addAttribute("now", now);
        model.addAttribute("moment", moment);
        model.addAttribute("momentText", CaseFields.time(moment));
        if (!model.containsAttribute("atValue")) {
            model.addAttribute("atValue", now ? "" : LocalDateTime.ofInstant(moment, CaseFields.UK)
                                                                  .truncatedTo(ChronoUnit.SECONDS).toString());
        }
        Instant until = moment;
        model.addAttribute("eventsSoFar", trail.entries().stream().filter(e -> !e.occurredAt().isAfter(until))
                                               .count());
        model.addAttribute("previousEvent", position >= 1 ? times.get(position - 1).toString() : null);
        model.addAttribute("nextEvent", position + 1 < times.size() ? times.get(position + 1).toString() : null);
        model.addAttribute("beforeFirst", position < 0);
        if (position >= 0) {
            Instant eventTime = times.get(position);
            Instant from = position >= 1 ? times.get(position - 1) : eventTime.minus(1, ChronoUnit.MICROS);
            model.addAttribute("fields", CaseFields.of(records.stateAt(caseId, moment)));
            model.addAttribute("changes", records.changes(caseId, from, eventTime));
            model.addAttribute("changedAt", CaseFields.time(eventTime));
        }
        if (verify != null) {
            model.addAttribute("verification", records.verify(caseId));
        }
        return "audit/case";
    }

    @GetMapping(FIND + "/{caseId}/print")
    String print(@PathVariable String caseId, Model model) {
        AuditRecords.AuditTrail trail = trailOf(caseId);
        JsonNode export = records.exportDocument(caseId);
        model.addAttribute("trail", trail);
        model.addAttribute("reference", referenceOf(trail));
        model.addAttribute("export", export);
        List<PrintedLink> links = new java.util.ArrayList<>();
        export.path("events").forEach(link -> links.add(new PrintedLink(
                link.path("seq").asInt(), link.path("eventType").asText(), CaseFields.value(link.path("occurredAt")),
                link.path("actorId").isTextual()
                        ? link.path("actorId").asText() + (link.path("actorRole").isTextual()
                                ? " (" + link.path("actorRole").asText() + ")" : "")
                        : "Not recorded",
                link.path("reason").isTextual() ? link.path("reason").asText() : "",
                link.path("chainHash").asText())));
        model.addAttribute("links", links);
        model.addAttribute("verification", export.path("verification"));
        model.addAttribute("fields", CaseFields.of(records.stateAt(caseId, clock.instant())));
        model.addAttribute("printedAt", CaseFields.time(clock.instant()));
        return "audit/print";
    }

    @GetMapping(FIND + "/{caseId}/export.json")
    ResponseEntity<byte[]> export(@PathVariable String caseId) {
        trailOf(caseId);
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_JSON)
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("audit-trail-" + caseId + ".json").build().toString())
                             .body(records.export(caseId));
    }

    /** One link of the exported chain, as the printable page shows it. */
    record PrintedLink(int seq, String eventType, String occurred, String by, String reason, String chainHash) {
    }

    private AuditRecords.AuditTrail trailOf(String caseId) {
        if (!CASE_ID.matcher(caseId).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return records.auditTrail(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String referenceOf(AuditRecords.AuditTrail trail) {
        return trail.entries().stream()
                    .map(entry -> entry.data() == null ? null
                            : entry.data().hasNonNull("reportReference") ? entry.data().get("reportReference")
                            : entry.data().get("reference"))
                    .filter(value -> value != null && value.isTextual())
                    .map(JsonNode::asText).findFirst().orElse(null);
    }

    private static int lastAtOrBefore(List<Instant> times, Instant moment) {
        int position = -1;
        for (int i = 0; i < times.size(); i++) {
            if (!times.get(i).isAfter(moment)) {
                position = i;
            }
        }
        return position;
    }

    /** An exact instant, as the previous and next links give it, or a date and time in UK local time. */
    static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(CaseFields.UK).toInstant());
            } catch (DateTimeParseException notALocalTime) {
                return Optional.empty();
            }
        }
    }
}
