package uk.police.hcir.victimcontact.care.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.platform.personaldata.PersonalData;
import uk.police.hcir.platform.personaldata.SubjectKind;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.AssessNeeds;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.ChangeContactPreferences;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.OverrideEnhancedRights;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordContact;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordReferralOutcome;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.ReferVictim;
import uk.police.hcir.victimcontact.care.query.VictimCareQueries;

/**
 * Victims' Code work on one victim: needs, preferences, referrals and each contact, and the queues of duties due
 * today and overdue. What a victim said and needs is sealed under their key before it is stored.
 */
@RestController
class VictimCareController {

    enum NeedsOutcome { NO_FURTHER_NEEDS, SUPPORT_NEEDED, SPECIALIST_SUPPORT_NEEDED }

    enum NeedsAnswer { YES, NO, DECLINED }

    enum Method { PHONE, EMAIL, LETTER, IN_PERSON, THROUGH_THIRD_PARTY, NO_CONTACT }

    enum ContactMethod { PHONE, EMAIL, LETTER, IN_PERSON, THROUGH_THIRD_PARTY }

    enum SupportService { VICTIM_SUPPORT, LOCAL_SPECIALIST, REPORTING_CENTRE }

    enum ReferralStatus { ACCEPTED, DECLINED }

    private final CommandGateway commands;
    private final VictimCareQueries queries;
    private final PersonalData personalData;
    private final Clock clock;

    VictimCareController(CommandGateway commands, VictimCareQueries queries, PersonalData personalData, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.personalData = personalData;
        this.clock = clock;
    }

    record Needs(@NotEmpty @Size(max = 30) Map<@NotBlank @Size(max = 60) String, @NotNull NeedsAnswer> answers,
                 @NotNull NeedsOutcome outcome) {
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR"})
    @PostMapping("/api/victims/{caseId}/needs-assessments")
    ResponseEntity<Void> assessNeeds(@PathVariable String caseId, @Valid @RequestBody Needs body) {
        Map<String, String> answers = new LinkedHashMap<>();
        body.answers().forEach((question, answer) -> answers.put(question, answer.name()));
        return done(new AssessNeeds(caseId, answers, body.outcome().name()));
    }

    record Preferences(@NotNull Method method, @Size(max = 500) String times,
                       @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") String language,
                       boolean interpreterNeeded, @Size(max = 2000) String accessibility,
                       @Min(1) @Max(90) Integer routineEveryDays) {
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR"})
    @PostMapping("/api/victims/{caseId}/contact-preferences")
    ResponseEntity<Void> preferences(@PathVariable String caseId, @Valid @RequestBody Preferences body) {
        return done(new ChangeContactPreferences(caseId, body.method().name(), seal(caseId, body.times()),
                                                 body.language(), body.interpreterNeeded(),
                                                 seal(caseId, body.accessibility()), body.routineEveryDays()));
    }

    record ReferralRequest(@NotNull SupportService service, boolean consentGiven) {
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR"})
    @PostMapping("/api/victims/{caseId}/referrals")
    ResponseEntity<Void> refer(@PathVariable String caseId, @Valid @RequestBody ReferralRequest body) {
        return done(new ReferVictim(caseId, body.service().name(), body.consentGiven(), clock.instant()));
    }

    record ReferralOutcome(@NotNull ReferralStatus status, @Size(max = 2000) String reason) {
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR"})
    @PostMapping("/api/victims/{caseId}/referrals/{referralId}/outcome")
    ResponseEntity<Void> referralOutcome(@PathVariable String caseId, @PathVariable String referralId,
                                         @Valid @RequestBody ReferralOutcome body) {
        return done(new RecordReferralOutcome(caseId, referralId, body.status().name(), body.reason()));
    }

    record ContactMade(@PastOrPresent Instant contactedAt, @NotNull ContactMethod method,
                       @NotBlank @Size(max = 2000) String summary) {
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR"})
    @PostMapping("/api/victims/{caseId}/contacts")
    ResponseEntity<Void> contact(@PathVariable String caseId, @Valid @RequestBody ContactMade body) {
        Instant at = body.contactedAt() == null ? clock.instant() : body.contactedAt();
        return done(new RecordContact(caseId, at, body.method().name(), seal(caseId, body.summary())));
    }

    record EnhancedRights(@NotNull Boolean enhanced, @NotBlank @Size(max = 2000) String reason) {
    }

    @RolesAllowed({"SUPERVISOR"})
    @PostMapping("/api/victims/{caseId}/enhanced-rights")
    ResponseEntity<Void> overrideEnhancedRights(@PathVariable String caseId, @Valid @RequestBody EnhancedRights body) {
        return done(new OverrideEnhancedRights(caseId, body.enhanced(), body.reason()));
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR", "AUDITOR"})
    @GetMapping("/api/victims/{caseId}")
    ResponseEntity<VictimCareQueries.Care> care(@PathVariable String caseId) {
        return queries.care(caseId).map(ResponseEntity::ok).orElseThrow(() -> notFound(caseId));
    }

    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR", "AUDITOR"})
    @GetMapping("/api/victims/{caseId}/compliance")
    ResponseEntity<VictimCareQueries.Compliance> compliance(@PathVariable String caseId) {
        return queries.compliance(caseId).map(ResponseEntity::ok).orElseThrow(() -> notFound(caseId));
    }

    /** Duties due today or overdue, for one officer, one team, or everyone. */
    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR", "AUDITOR"})
    @GetMapping("/api/victim-care/queue")
    List<VictimCareQueries.DutyItem> queue(@RequestParam(defaultValue = "OVERDUE") VictimCareQueries.Queue queue,
                                                    @RequestParam(required = false) String officer,
                                                    @RequestParam(required = false) String team) {
        return queries.queue(queue, officer, team);
    }

    /** Registered victims whose needs are still to be assessed. */
    @RolesAllowed({"VICTIM_CARE", "OFFICER", "SUPERVISOR", "AUDITOR"})
    @GetMapping("/api/victim-care/needs-assessments-due")
    List<VictimCareQueries.NeedsToAssess> needsAssessmentsDue() {
        return queries.needsToAssess();
    }

    private String seal(String caseId, String text) {
        return personalData.sealAbout(queries.victimSubjectOf(caseId).orElse(null), SubjectKind.REPORT_NARRATIVE,
                                      text);
    }

    private static ApiProblem notFound(String caseId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No victim is known for case " + caseId);
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
