package uk.police.hcir.cases.lifecycle.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.police.hcir.cases.lifecycle.command.AllocateCaseCommand;
import uk.police.hcir.cases.lifecycle.command.CloseCaseCommand;
import uk.police.hcir.cases.lifecycle.command.RecordMilestoneCommand;
import uk.police.hcir.cases.lifecycle.command.ReopenCaseCommand;
import uk.police.hcir.cases.motivation.ApplyHateFlagsCommand;
import uk.police.hcir.cases.motivation.CorrectHateFlagsCommand;
import uk.police.hcir.cases.motivation.RecordMotivationCommand;
import uk.police.hcir.cases.outcome.HomeOfficeOutcome;
import uk.police.hcir.cases.outcome.RecordOutcomeCommand;
import uk.police.hcir.cases.recording.MakeRecordingDecisionCommand;
import uk.police.hcir.cases.recording.NchiAssessment;
import uk.police.hcir.cases.recording.OffenceGroup;
import uk.police.hcir.cases.recording.RecordingDecision;
import uk.police.hcir.cases.risk.AssessRiskCommand;
import uk.police.hcir.cases.risk.RecordSupervisorReviewCommand;
import uk.police.hcir.cases.risk.RiskLevel;
import uk.police.hcir.cases.risk.RiskQuestionnaire;

/**
 * Everything officers and supervisors decide about a case. Each request names the case version the user saw;
 * if the case has changed since, it is refused with what changed.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseCommandsController {

    private final CommandGateway commands;
    private final CasePersonalData personalData;
    private final Clock clock;

    CaseCommandsController(CommandGateway commands, CasePersonalData personalData, Clock clock) {
        this.commands = commands;
        this.personalData = personalData;
        this.clock = clock;
    }

    record Motivation(@NotNull Long expectedVersion, boolean hostilityPerceived,
                      @Size(max = 4) List<@NotBlank String> perceivedBy,
                      @Size(max = 10) List<@NotBlank @Size(max = 40) String> strands,
                      @Size(max = 5000) String ownWords, boolean onlineElement) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/motivation")
    ResponseEntity<Void> motivation(@PathVariable String caseId, @Valid @RequestBody Motivation body) {
        return done(new RecordMotivationCommand(caseId, body.hostilityPerceived(), body.perceivedBy(), body.strands(),
                                                personalData.seal(caseId, body.ownWords()), body.onlineElement(),
                                                body.expectedVersion()));
    }

    record Flags(@NotNull Long expectedVersion, @NotNull @Size(max = 10) List<@NotBlank String> strands,
                 boolean online) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/flags")
    ResponseEntity<Void> flags(@PathVariable String caseId, @Valid @RequestBody Flags body) {
        return done(new ApplyHateFlagsCommand(caseId, body.strands(), body.online(), body.expectedVersion()));
    }

    record FlagCorrection(@NotNull Long expectedVersion, @NotNull @Size(max = 10) List<@NotBlank String> strands,
                          boolean online, @NotBlank @Size(max = 2000) String reason) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/flags/correction")
    ResponseEntity<Void> correctFlags(@PathVariable String caseId, @Valid @RequestBody FlagCorrection body) {
        return done(new CorrectHateFlagsCommand(caseId, body.strands(), body.online(), body.reason(),
                                                body.expectedVersion()));
    }

    record Decision(@NotNull Long expectedVersion, @NotNull RecordingDecision decision,
                    @Size(max = 16) String offenceCode, OffenceGroup offenceGroup,
                    @Size(max = 32) String crimeNumber, @NotBlank @Size(max = 2000) String reason,
                    NchiAssessment nchiAssessment) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/recording-decision")
    ResponseEntity<Void> decide(@PathVariable String caseId, @Valid @RequestBody Decision body) {
        return done(new MakeRecordingDecisionCommand(caseId, body.decision(), body.offenceCode(), body.offenceGroup(),
                                                     body.crimeNumber(), body.reason(), body.nchiAssessment(),
                                                     clock.instant(), body.expectedVersion()));
    }

    record RiskAssessment(@NotNull Long expectedVersion,
                          @NotNull @Size(max = 40) Map<String, RiskQuestionnaire.Answer> answers,
                          RiskLevel level, @Size(max = 2000) String levelReason) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/risk-assessments")
    ResponseEntity<Void> assessRisk(@PathVariable String caseId, @Valid @RequestBody RiskAssessment body) {
        return done(new AssessRiskCommand(caseId, body.answers(), body.level(), body.levelReason(), clock.instant(),
                                          body.expectedVersion()));
    }

    record SupervisorReview(@NotNull Long expectedVersion, @NotBlank String outcome,
                            @Size(max = 2000) String comments, String multiAgencyReferral,
                            @Size(max = 200) String referralAgency) {
    }

    @RolesAllowed({"SUPERVISOR"})
    @PostMapping("/supervisor-reviews")
    ResponseEntity<Void> review(@PathVariable String caseId, @Valid @RequestBody SupervisorReview body) {
        return done(new RecordSupervisorReviewCommand(caseId, body.outcome(), body.comments(),
                                                      body.multiAgencyReferral(), body.referralAgency(),
                                                      body.expectedVersion()));
    }

    record Allocation(@NotNull Long expectedVersion, @Size(max = 128) String officerId,
                      @NotBlank @Size(max = 128) String teamId) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/allocation")
    ResponseEntity<Void> allocate(@PathVariable String caseId, @Valid @RequestBody Allocation body) {
        return done(new AllocateCaseCommand(caseId, body.officerId(), body.teamId(), body.expectedVersion()));
    }

    record Milestone(@NotNull Long expectedVersion, @NotBlank String milestone,
                     @NotNull @PastOrPresent Instant reachedAt) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/milestones")
    ResponseEntity<Void> milestone(@PathVariable String caseId, @Valid @RequestBody Milestone body) {
        return done(new RecordMilestoneCommand(caseId, body.milestone(), body.reachedAt(), body.expectedVersion()));
    }

    record Outcome(@NotNull Long expectedVersion, @NotNull HomeOfficeOutcome outcome,
                   @Size(max = 5000) String victimViews) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/outcome")
    ResponseEntity<Void> outcome(@PathVariable String caseId, @Valid @RequestBody Outcome body) {
        return done(new RecordOutcomeCommand(caseId, body.outcome(), personalData.seal(caseId, body.victimViews()),
                                             body.expectedVersion()));
    }

    record Closure(@NotNull Long expectedVersion, boolean closingUpdateGiven,
                   @Size(max = 2000) String noClosingUpdateReason) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/closure")
    ResponseEntity<Void> close(@PathVariable String caseId, @Valid @RequestBody Closure body) {
        return done(new CloseCaseCommand(caseId, body.closingUpdateGiven(), body.noClosingUpdateReason(),
                                         body.expectedVersion()));
    }

    record Reopening(@NotNull Long expectedVersion, @NotBlank @Size(max = 2000) String reason) {
    }

    @RolesAllowed({"OFFICER", "SUPERVISOR"})
    @PostMapping("/reopening")
    ResponseEntity<Void> reopen(@PathVariable String caseId, @Valid @RequestBody Reopening body) {
        return done(new ReopenCaseCommand(caseId, body.reason(), body.expectedVersion()));
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
