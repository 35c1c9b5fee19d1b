package uk.police.hcir.victimcontact.care.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.hcir.victimcontact.calendar.WorkingDays;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.AssessNeeds;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.ChangeContactPreferences;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.OverrideEnhancedRights;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordContact;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordHostility;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordMilestone;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordPersistentTargeting;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RecordReferralOutcome;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.ReferVictim;
import uk.police.hcir.victimcontact.care.command.VictimCareCommands.RegisterVictim;
import uk.police.hcir.victimcontact.events.ContactPreferencesChanged;
import uk.police.hcir.victimcontact.events.EnhancedRightsDetermined;
import uk.police.hcir.victimcontact.events.NeedsAssessed;
import uk.police.hcir.victimcontact.events.ReferralOutcomeRecorded;
import uk.police.hcir.victimcontact.events.UpdateBecameOverdue;
import uk.police.hcir.victimcontact.events.UpdateDue;
import uk.police.hcir.victimcontact.events.VictimReferred;
import uk.police.hcir.victimcontact.events.VictimRegistered;
import uk.police.hcir.victimcontact.events.VictimUpdated;

/**
 * The Victims' Code duties owed to the victim of one case, identified by the case id. Case-service's and intake's
 * events may arrive in any order, so every command can be the first: the first always determines enhanced rights,
 * which gives the record its identity.
 */
@Aggregate
public class VictimCare {

    static final String DUTY_DEADLINE = "victim-duty";
    static final String REFERRAL = "REFERRAL";
    static final String ROUTINE = "ROUTINE";
    static final String CASE_CLOSED = "CASE_CLOSED";
    static final String CONTACT_AT_CLOSURE = "AT_CLOSURE";
    private static final Set<String> NO_POLICE_CONTACT = Set.of("FULLY_ANONYMOUS", "IDENTIFIED_NO_POLICE_CONTACT");

    record Duty(String reason, Instant dueBy) {
    }

    @AggregateIdentifier
    private String caseId;
    private boolean registered;
    private boolean contactAllowed = true;
    private boolean referralConsent;
    private boolean overridden;
    private List<String> grounds;
    private int updateWorkingDays;
    private Integer routineEveryDays;
    private boolean needsAssessed;
    private boolean closed;
    private int routineCount;
    private final Set<String> knownDuties = new HashSet<>();
    private final Map<String, Duty> openDuties = new LinkedHashMap<>();
    private final Set<String> overdue = new HashSet<>();
    private final Set<String> referrals = new HashSet<>();

    protected VictimCare() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterVictim command, VictimCareRules rules, WorkingDays calendar, DeadlineManager deadlines) {
        if (registered) {
            return;
        }
        apply(new VictimRegistered(command.caseId(), command.victimSubjectId(), command.anonymous(),
                                   command.ageGroup(), command.policeContact(), command.referralConsent(),
                                   command.contactMethod()));
        determine(command.caseId(), rules, Map.of("VULNERABLE_OR_INTIMIDATED", command.vulnerabilityIndicated(),
                                                  "UNDER_18", "CHILD".equals(command.ageGroup())));
        if (contactAllowed && referralConsent) {
            due(REFERRAL, REFERRAL, calendar.deadline(command.reportedAt(), rules.referralWorkingDays()), deadlines);
        }
        if (contactAllowed && routineCount == 0 && !closed) {
            dueRoutine(command.reportedAt(), rules, deadlines);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordHostility command, VictimCareRules rules) {
        determine(command.caseId(), rules, Map.of("HATE_CRIME", command.hostilityPerceived()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPersistentTargeting command, VictimCareRules rules) {
        determine(command.caseId(), rules, Map.of("PERSISTENTLY_TARGETED", true));
    }

    @CommandHandler
    void handle(OverrideEnhancedRights command, VictimCareRules rules) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new VictimCareRefused("reason-needed", "Setting enhanced rights by hand needs a reason");
        }
        apply(new EnhancedRightsDetermined(caseId, command.enhanced(), grounds == null ? List.of() : grounds,
                                           workingDaysFor(command.enhanced(), rules), command.reason()));
    }

    @CommandHandler
    void handle(AssessNeeds command) {
        apply(new NeedsAssessed(caseId, Map.copyOf(command.answers()), command.outcome(), needsAssessed));
    }

    @CommandHandler
    void handle(ChangeContactPreferences command, VictimCareRules rules) {
        int every = command.routineEveryDays() != null ? command.routineEveryDays() : routineDays(rules);
        apply(new ContactPreferencesChanged(caseId, command.method(), command.timesSealed(), command.language(),
                                            command.interpreterNeeded(), command.accessibilitySealed(), every));
    }

    @CommandHandler
    void handle(ReferVictim command) {
        if (!referralConsent && !command.consentGiven()) {
            throw new VictimCareRefused("referral-consent-needed",
                                        "A victim is referred to support only with their consent; record it first");
        }
        Duty duty = openDuties.get(REFERRAL);
        boolean late = duty != null && command.referredAt().isAfter(duty.dueBy());
        apply(new VictimReferred(caseId, caseId + "-R" + (referrals.size() + 1), command.service(), late));
    }

    @CommandHandler
    void handle(RecordReferralOutcome command) {
        if (!referrals.contains(command.referralId())) {
            throw new VictimCareRefused("unknown-referral", "Case " + caseId + " has no referral "
                                                            + command.referralId());
        }
        apply(new ReferralOutcomeRecorded(caseId, command.referralId(), command.status(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordMilestone command, VictimCareRules rules, WorkingDays calendar, DeadlineManager deadlines) {
        determine(command.caseId(), rules, Map.of());
        String dutyId = command.milestone().toLowerCase() + "-" + command.sourceEventId();
        if (knownDuties.contains(dutyId) || !contactAllowed || closed) {
            return;
        }
        if (command.updateAlreadyGiven()) {
            meetOpenDuties(command.reachedAt(), CONTACT_AT_CLOSURE, null);
            return;
        }
        due(dutyId, command.milestone(), calendar.deadline(command.reachedAt(), updateWorkingDays), deadlines);
    }

    @CommandHandler
    void handle(RecordContact command, VictimCareRules rules, DeadlineManager deadlines) {
        if (!contactAllowed) {
            throw new VictimCareRefused("no-contact-wanted", "The victim asked not to be contacted by the police");
        }
        meetOpenDuties(command.contactedAt(), command.method(), command.summarySealed());
        if (!closed) {
            dueRoutine(command.contactedAt(), rules, deadlines);
        }
    }

    @DeadlineHandler(deadlineName = DUTY_DEADLINE)
    void dutyDeadlinePassed(String dutyId) {
        Duty duty = openDuties.get(dutyId);
        if (duty != null && !overdue.contains(dutyId)) {
            apply(new UpdateBecameOverdue(caseId, dutyId, duty.reason(), duty.dueBy()));
        }
    }

    private void meetOpenDuties(Instant at, String method, String summarySealed) {
        List<String> met = new ArrayList<>();
        List<String> late = new ArrayList<>();
        openDuties.forEach((id, duty) -> {
            if (!REFERRAL.equals(duty.reason())) {
                met.add(id);
                if (at.isAfter(duty.dueBy())) {
                    late.add(id);
                }
            }
        });
        apply(new VictimUpdated(caseId, at, method, summarySealed, met, late));
    }

    private void dueRoutine(Instant from, VictimCareRules rules, DeadlineManager deadlines) {
        due("routine-" + (routineCount + 1), ROUTINE, from.plus(Duration.ofDays(routineDays(rules))), deadlines);
    }

    private void due(String dutyId, String reason, Instant dueBy, DeadlineManager deadlines) {
        apply(new UpdateDue(caseId, dutyId, reason, dueBy));
        deadlines.schedule(dueBy, DUTY_DEADLINE, dutyId);
    }

    /**
     * Determines enhanced rights from the grounds known so far and the findings of this command (each ground present
     * or not), unless a supervisor set them; says so the first time and whenever the grounds change.
     */
    private void determine(String id, VictimCareRules rules, Map<String, Boolean> findings) {
        if (overridden) {
            return;
        }
        Set<String> found = new TreeSet<>(grounds == null ? List.of() : grounds);
        findings.forEach((ground, present) -> {
            if (present) {
                found.add(ground);
            } else {
                found.remove(ground);
            }
        });
        List<String> now = List.copyOf(found);
        if (!now.equals(grounds)) {
            boolean enhanced = !now.isEmpty();
            apply(new EnhancedRightsDetermined(id, enhanced, now, workingDaysFor(enhanced, rules), null));
        }
    }

    private static int workingDaysFor(boolean enhanced, VictimCareRules rules) {
        return enhanced ? rules.enhancedUpdateWorkingDays() : rules.standardUpdateWorkingDays();
    }

    private int routineDays(VictimCareRules rules) {
        return routineEveryDays != null ? routineEveryDays : rules.routineContactDays();
    }

    @EventSourcingHandler
    void on(VictimRegistered event) {
        caseId = event.caseId();
        registered = true;
        referralConsent = event.referralConsent();
        contactAllowed = !NO_POLICE_CONTACT.contains(event.policeContact()) && !"NO_CONTACT".equals(event.contactMethod());
    }

    @EventSourcingHandler
    void on(EnhancedRightsDetermined event) {
        caseId = event.caseId();
        grounds = event.grounds();
        updateWorkingDays = event.updateWorkingDays();
        overridden = overridden || event.overrideReason() != null;
    }

    @EventSourcingHandler
    void on(NeedsAssessed event) {
        needsAssessed = true;
    }

    @EventSourcingHandler
    void on(ContactPreferencesChanged event) {
        routineEveryDays = event.routineEveryDays();
        contactAllowed = !"NO_CONTACT".equals(event.method());
    }

    @EventSourcingHandler
    void on(VictimReferred event) {
        referrals.add(event.referralId());
        openDuties.remove(REFERRAL);
    }

    @EventSourcingHandler
    void on(UpdateDue event) {
        knownDuties.add(event.dutyId());
        openDuties.put(event.dutyId(), new Duty(event.reason(), event.dueBy()));
        if (ROUTINE.equals(event.reason())) {
            routineCount++;
        }
        if (CASE_CLOSED.equals(event.reason())) {
            closed = true;
        }
    }

    @EventSourcingHandler
    void on(VictimUpdated event) {
        event.dutiesMet().forEach(openDuties::remove);
        if (CONTACT_AT_CLOSURE.equals(event.method())) {
            closed = true;
        }
    }

    @EventSourcingHandler
    void on(UpdateBecameOverdue event) {
        overdue.add(event.dutyId());
    }
}
