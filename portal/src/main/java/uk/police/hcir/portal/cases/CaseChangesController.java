package uk.police.hcir.portal.cases;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.hcir.portal.forms.FormErrors;
import uk.police.hcir.portal.forms.FormErrors.FieldError;
import uk.police.hcir.portal.security.SignedInUser;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * The changes officers make to a case, one form each: the perceived motivation, the hate flags, the recording
 * decision, the risk assessment, an investigative milestone and the allocation. Each form carries the case version
 * the officer saw; if the case changed since, the form comes back with what changed and the current details.
 */
@Controller
class CaseChangesController {

    static final int OWN_WORDS_MAX = 5000;
    static final int REASON_MAX = 2000;

    private final CaseApi cases;
    private final Clock clock;

    CaseChangesController(CaseApi cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    // ---- Motivation -------------------------------------------------------------------------------------------

    public record MotivationForm(String hostility, List<String> perceivedBy, List<String> strands, String ownWords,
                                 String online, Long expectedVersion) {

        public MotivationForm {
            perceivedBy = perceivedBy == null ? List.of() : perceivedBy;
            strands = strands == null ? List.of() : strands;
        }
    }

    @GetMapping("/cases/{caseId}/motivation")
    String motivation(@PathVariable String caseId, Model model) {
        CaseSummary summary = summary(caseId);
        return motivationPage(summary, new MotivationForm(null, List.of(), List.of(), null, null, summary.version()),
                              FormErrors.none(), null, model);
    }

    @PostMapping("/cases/{caseId}/motivation")
    String recordMotivation(@PathVariable String caseId, MotivationForm form, Model model,
                            RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (!"yes".equals(form.hostility()) && !"no".equals(form.hostility())) {
            problems.add(new FieldError("hostility", "Select yes if anyone perceives the incident was motivated by "
                    + "hostility or prejudice"));
        } else if ("yes".equals(form.hostility())) {
            if (form.perceivedBy().isEmpty()) {
                problems.add(new FieldError("perceivedBy", "Select who perceives hostility or prejudice"));
            }
            if (form.strands().isEmpty()) {
                problems.add(new FieldError("strands", "Select the characteristics the hostility is perceived to "
                        + "target"));
            }
        }
        if (form.ownWords() != null && form.ownWords().length() > OWN_WORDS_MAX) {
            problems.add(new FieldError("ownWords", "Their own words must be " + OWN_WORDS_MAX
                    + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            return motivationPage(summary, form, errors(problems), null, model);
        }
        boolean hostile = "yes".equals(form.hostility());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hostilityPerceived", hostile);
        body.put("perceivedBy", hostile ? form.perceivedBy() : List.of());
        body.put("strands", hostile ? form.strands() : List.of());
        if (!blank(form.ownWords())) {
            body.put("ownWords", form.ownWords());
        }
        body.put("onlineElement", "yes".equals(form.online()));
        return change(caseId, "motivation", version(form.expectedVersion(), summary), body, redirect,
                      "Motivation recorded",
                      refusal -> motivationPage(summary, form, FormErrors.fromRefusal(refusal, Function.identity()),
                                                null, model),
                      changed -> motivationPage(summary(caseId), withVersion(form, changed), FormErrors.none(),
                                                changed, model));
    }

    private static MotivationForm withVersion(MotivationForm form, CaseChanged changed) {
        return new MotivationForm(form.hostility(), form.perceivedBy(), form.strands(), form.ownWords(),
                                  form.online(), changed.currentVersion());
    }

    private String motivationPage(CaseSummary summary, MotivationForm form, FormErrors errors, CaseChanged changed,
                                  Model model) {
        model.addAttribute("form", form);
        model.addAttribute("perceivers", CaseForms.PERCEIVERS);
        model.addAttribute("strands", CaseForms.STRANDS);
        return page("cases/motivation", summary, errors, changed, model);
    }

    // ---- Hate flags -------------------------------------------------------------------------------------------

    public record FlagsForm(List<String> strands, String online, String reason, Long expectedVersion) {

        public FlagsForm {
            strands = strands == null ? List.of() : strands;
        }
    }

    @GetMapping("/cases/{caseId}/flags")
    String flags(@PathVariable String caseId, Model model) {
        CaseSummary summary = summary(caseId);
        FlagsForm form = summary.flagged()
                ? new FlagsForm(summary.flags(), summary.onlineFlag() ? "yes" : null, null, summary.version())
                : new FlagsForm(summary.perceivedStrands(), null, null, summary.version());
        return flagsPage(summary, form, FormErrors.none(), null, model);
    }

    @PostMapping("/cases/{caseId}/flags")
    String applyFlags(@PathVariable String caseId, FlagsForm form, Model model, RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        boolean correcting = summary.flagged();
        List<FieldError> problems = new ArrayList<>();
        if (form.strands().isEmpty() && !correcting) {
            problems.add(new FieldError("strands", "Select at least one strand to flag"));
        }
        if (correcting && blank(form.reason())) {
            problems.add(new FieldError("reason", "Enter why the flags were wrong"));
        } else if (form.reason() != null && form.reason().length() > REASON_MAX) {
            problems.add(new FieldError("reason", "The reason must be " + REASON_MAX + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            return flagsPage(summary, form, errors(problems), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("strands", form.strands());
        body.put("online", "yes".equals(form.online()));
        if (correcting) {
            body.put("reason", form.reason());
        }
        return change(caseId, correcting ? "flags/correction" : "flags", version(form.expectedVersion(), summary),
                      body, redirect, correcting ? "Hate flags corrected" : "Hate flags applied",
                      refusal -> flagsPage(summary, form, FormErrors.fromRefusal(refusal, Function.identity()), null,
                                           model),
                      changed -> flagsPage(summary(caseId), new FlagsForm(form.strands(), form.online(),
                                                                          form.reason(), changed.currentVersion()),
                                           FormErrors.none(), changed, model));
    }

    private String flagsPage(CaseSummary summary, FlagsForm form, FormErrors errors, CaseChanged changed,
                             Model model) {
        model.addAttribute("form", form);
        model.addAttribute("correcting", summary.flagged());
        return page("cases/flags", summary, errors, changed, model);
    }

    // ---- Recording decision -----------------------------------------------------------------------------------

    public record DecisionForm(String decision, String offenceCode, String offenceGroup, String crimeNumber,
                               String reason, List<String> nchi, Long expectedVersion) {

        public DecisionForm {
            nchi = nchi == null ? List.of() : nchi;
        }
    }

    @GetMapping("/cases/{caseId}/recording-decision")
    String decision(@PathVariable String caseId, Model model) {
        CaseSummary summary = summary(caseId);
        return decisionPage(summary, new DecisionForm(null, null, null, null, null, List.of(), summary.version()),
                            FormErrors.none(), null, model);
    }

    @PostMapping("/cases/{caseId}/recording-decision")
    String decide(@PathVariable String caseId, DecisionForm form, Model model, RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (form.decision() == null || !CaseForms.DECISIONS.contains(form.decision())) {
            problems.add(new FieldError("decision", "Select what the report is recorded as"));
        } else if ("CRIME".equals(form.decision())) {
            if (blank(form.offenceCode())) {
                problems.add(new FieldError("offenceCode", "Enter the offence classification code"));
            } else if (form.offenceCode().length() > 16) {
                problems.add(new FieldError("offenceCode", "The offence code must be 16 characters or fewer"));
            }
            if (form.offenceGroup() == null || !CaseForms.OFFENCE_GROUPS.contains(form.offenceGroup())) {
                problems.add(new FieldError("offenceGroup", "Select the offence group"));
            }
            if (blank(form.crimeNumber())) {
                problems.add(new FieldError("crimeNumber", "Enter the crime number"));
            } else if (form.crimeNumber().length() > 32) {
                problems.add(new FieldError("crimeNumber", "The crime number must be 32 characters or fewer"));
            }
        }
        if (blank(form.reason())) {
            problems.add(new FieldError("reason", "Enter the reason for the recording decision"));
        } else if (form.reason().length() > REASON_MAX) {
            problems.add(new FieldError("reason", "The reason must be " + REASON_MAX + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            return decisionPage(summary, form, errors(problems), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", form.decision());
        body.put("reason", form.reason().trim());
        if ("CRIME".equals(form.decision())) {
            body.put("offenceCode", form.offenceCode().trim());
            body.put("offenceGroup", form.offenceGroup());
            body.put("crimeNumber", form.crimeNumber().trim());
        }
        if ("NON_CRIME_HATE_INCIDENT".equals(form.decision())) {
            Map<String, Object> assessment = new LinkedHashMap<>();
            CaseForms.NCHI_QUESTIONS.forEach(question -> assessment.put(question.name(),
                                                                        form.nchi().contains(question.name())));
            body.put("nchiAssessment", assessment);
        }
        return change(caseId, "recording-decision", version(form.expectedVersion(), summary), body, redirect,
                      "Recording decision made",
                      refusal -> decisionPage(summary, form, FormErrors.fromRefusal(refusal, Function.identity()),
                                              null, model),
                      changed -> decisionPage(summary(caseId), new DecisionForm(
                              form.decision(), form.offenceCode(), form.offenceGroup(), form.crimeNumber(),
                              form.reason(), form.nchi(), changed.currentVersion()), FormErrors.none(), changed,
                                              model));
    }

    private String decisionPage(CaseSummary summary, DecisionForm form, FormErrors errors, CaseChanged changed,
                                Model model) {
        model.addAttribute("form", form);
        model.addAttribute("decisions", CaseForms.DECISIONS);
        model.addAttribute("offenceGroups", CaseForms.OFFENCE_GROUPS);
        model.addAttribute("nchiQuestions", CaseForms.NCHI_QUESTIONS);
        return page("cases/recording-decision", summary, errors, changed, model);
    }

    // ---- Risk assessment --------------------------------------------------------------------------------------

    @GetMapping("/cases/{caseId}/risk-assessment")
    String risk(@PathVariable String caseId, Model model) {
        CaseSummary summary = summary(caseId);
        return riskPage(summary, new LinkedHashMap<>(), null, null, summary.version(), FormErrors.none(), null,
                        model);
    }

    @PostMapping("/cases/{caseId}/risk-assessment")
    String assessRisk(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> fields, Model model,
                      RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        Questionnaire questionnaire = cases.questionnaire();
        Map<String, String> answers = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (Questionnaire.Question question : questionnaire.questions()) {
            String answer = fields.getFirst("answer-" + question.id());
            if (answer != null && CaseForms.ANSWERS.contains(answer)) {
                answers.put(question.id(), answer);
            } else {
                problems.add(new FieldError("answer-" + question.id(), "Answer question " + question.id() + ": "
                        + question.text()));
            }
        }
        String level = blankToNull(fields.getFirst("level"));
        String levelReason = blankToNull(fields.getFirst("levelReason"));
        Questionnaire.Score score = questionnaire.score(answers);
        if (level != null && !CaseForms.RISK_LEVELS.contains(level)) {
            level = null;
        }
        if (problems.isEmpty() && level != null && !level.equals(score.level()) && levelReason == null) {
            problems.add(new FieldError("levelReason", "Enter why the risk level differs from the scored level"));
        }
        if (levelReason != null && levelReason.length() > REASON_MAX) {
            problems.add(new FieldError("levelReason", "The reason must be " + REASON_MAX + " characters or fewer"));
        }
        long expectedVersion = version(parseLong(fields.getFirst("expectedVersion")), summary);
        String chosenLevel = level;
        if (!problems.isEmpty()) {
            return riskPage(summary, answers, level, levelReason, expectedVersion, errors(problems), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        if (level != null) {
            body.put("level", level);
            body.put("levelReason", levelReason);
        }
        String decided = level == null ? score.level() : level;
        return change(caseId, "risk-assessments", expectedVersion, body, redirect,
                      "Risk assessed: score " + score.points() + ", " + labelOf(decided) + " risk",
                      refusal -> riskPage(summary, answers, chosenLevel, levelReason, expectedVersion,
                                          FormErrors.fromRefusal(refusal, field -> null), null, model),
                      changed -> riskPage(summary(caseId), answers, chosenLevel, levelReason,
                                          changed.currentVersion(), FormErrors.none(), changed, model));
    }

    private String riskPage(CaseSummary summary, Map<String, String> answers, String level, String levelReason,
                            long expectedVersion, FormErrors errors, CaseChanged changed, Model model) {
        Questionnaire questionnaire = cases.questionnaire();
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("answers", answers);
        model.addAttribute("score", questionnaire.score(answers));
        model.addAttribute("answered", answers.size());
        model.addAttribute("level", level);
        model.addAttribute("levelReason", levelReason);
        model.addAttribute("expectedVersion", expectedVersion);
        model.addAttribute("riskLevels", CaseForms.RISK_LEVELS);
        model.addAttribute("answerChoices", CaseForms.ANSWERS);
        return page("cases/risk-assessment", summary, errors, changed, model);
    }

    private static String labelOf(String level) {
        return switch (level) {
            case "HIGH" -> "high";
            case "MEDIUM" -> "medium";
            default -> "standard";
        };
    }

    // ---- Milestones -------------------------------------------------------------------------------------------

    public record MilestoneForm(String milestone, String day, String month, String year, String time,
                                Long expectedVersion) {
    }

    @GetMapping("/cases/{caseId}/milestones")
    String milestone(@PathVariable String caseId, Model model) {
        CaseSummary summary = summary(caseId);
        return milestonePage(summary, new MilestoneForm(null, null, null, null, null, summary.version()),
                             FormErrors.none(), null, model);
    }

    @PostMapping("/cases/{caseId}/milestones")
    String recordMilestone(@PathVariable String caseId, MilestoneForm form, Model model,
                           RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (form.milestone() == null || !CaseForms.MILESTONES.contains(form.milestone())) {
            problems.add(new FieldError("milestone", "Select the milestone reached"));
        }
        Instant reachedAt = null;
        if (blank(form.day()) && blank(form.month()) && blank(form.year())) {
            problems.add(new FieldError("reachedAt-day", "Enter the date it happened"));
        } else {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(form.year().trim()),
                                              Integer.parseInt(form.month().trim()),
                                              Integer.parseInt(form.day().trim()));
                LocalTime time = blank(form.time()) ? LocalTime.NOON : LocalTime.parse(pad(form.time().trim()));
                reachedAt = date.atTime(time).atZone(clock.getZone()).toInstant();
                if (blank(form.time()) && date.equals(LocalDate.now(clock))) {
                    reachedAt = clock.instant();
                }
                if (reachedAt.isAfter(clock.instant())) {
                    problems.add(new FieldError("reachedAt-day", "The date it happened must be today or in the past"));
                }
            } catch (NumberFormatException | NullPointerException | DateTimeException e) {
                problems.add(new FieldError("reachedAt-day", "The date it happened must be a real date"));
            }
        }
        if (!problems.isEmpty()) {
            return milestonePage(summary, form, errors(problems), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("milestone", form.milestone());
        body.put("reachedAt", reachedAt.toString());
        return change(caseId, "milestones", version(form.expectedVersion(), summary), body, redirect,
                      "Milestone recorded",
                      refusal -> milestonePage(summary, form, FormErrors.fromRefusal(
                              refusal, field -> "reachedAt".equals(field) ? "reachedAt-day" : field), null, model),
                      changed -> milestonePage(summary(caseId), new MilestoneForm(
                              form.milestone(), form.day(), form.month(), form.year(), form.time(),
                              changed.currentVersion()), FormErrors.none(), changed, model));
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private String milestonePage(CaseSummary summary, MilestoneForm form, FormErrors errors, CaseChanged changed,
                                 Model model) {
        model.addAttribute("form", form);
        model.addAttribute("milestones", CaseForms.MILESTONES);
        return page("cases/milestone", summary, errors, changed, model);
    }

    // ---- Allocation -------------------------------------------------------------------------------------------

    public record AllocationForm(String team, String officer, Long expectedVersion) {
    }

    @GetMapping("/cases/{caseId}/allocation")
    String allocation(@PathVariable String caseId, Authentication authentication, Model model) {
        CaseSummary summary = summary(caseId);
        String me = SignedInUser.from(authentication).orElseThrow().id();
        return allocationPage(summary, new AllocationForm(summary.teamId(),
                                                          summary.officerId() == null ? me : summary.officerId(),
                                                          summary.version()), FormErrors.none(), null, model);
    }

    @PostMapping("/cases/{caseId}/allocation")
    String allocate(@PathVariable String caseId, AllocationForm form, Model model, RedirectAttributes redirect) {
        CaseSummary summary = summary(caseId);
        List<FieldError> problems = new ArrayList<>();
        if (blank(form.team())) {
            problems.add(new FieldError("team", "Enter the team the case is allocated to"));
        } else if (form.team().trim().length() > 128) {
            problems.add(new FieldError("team", "The team must be 128 characters or fewer"));
        }
        if (form.officer() != null && form.officer().trim().length() > 128) {
            problems.add(new FieldError("officer", "The officer must be 128 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            return allocationPage(summary, form, errors(problems), null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teamId", form.team().trim());
        body.put("officerId", blankToNull(form.officer() == null ? null : form.officer().trim()));
        return change(caseId, "allocation", version(form.expectedVersion(), summary), body, redirect,
                      "Case allocated",
                      refusal -> allocationPage(summary, form, FormErrors.fromRefusal(
                              refusal, field -> "teamId".equals(field) ? "team"
                                      : "officerId".equals(field) ? "officer" : null), null, model),
                      changed -> allocationPage(summary(caseId), new AllocationForm(
                              form.team(), form.officer(), changed.currentVersion()), FormErrors.none(), changed,
                                                model));
    }

    private String allocationPage(CaseSummary summary, AllocationForm form, FormErrors errors, CaseChanged changed,
                                  Model model) {
        model.addAttribute("form", form);
        return page("cases/allocation", summary, errors, changed, model);
    }

    // ---- Shared -----------------------------------------------------------------------------------------------

    private String change(String caseId, String action, long expectedVersion, Map<String, Object> body,
                          RedirectAttributes redirect, String done, Function<ServiceRefusedException, String> refused,
                          Function<CaseChanged, String> stale) {
        try {
            cases.change(caseId, action, expectedVersion, body);
        } catch (ServiceRefusedException refusal) {
            Optional<CaseChanged> changed = CaseChanged.in(refusal);
            return changed.isPresent() ? stale.apply(changed.get()) : refused.apply(refusal);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/cases/" + caseId;
    }

    private String page(String view, CaseSummary summary, FormErrors errors, CaseChanged changed, Model model) {
        model.addAttribute("summary", summary);
        model.addAttribute("errors", errors);
        model.addAttribute("changed", changed);
        model.addAttribute("now", clock.instant());
        return view;
    }

    private CaseSummary summary(String caseId) {
        return cases.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static long version(Long fromForm, CaseSummary summary) {
        return fromForm != null ? fromForm : summary.version();
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static FormErrors errors(List<FieldError> problems) {
        return FormErrors.of(problems.toArray(FieldError[]::new));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text;
    }
}
