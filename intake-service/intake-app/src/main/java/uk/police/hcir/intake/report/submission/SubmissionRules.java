package uk.police.hcir.intake.report.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.police.hcir.intake.report.command.Channel;
import uk.police.hcir.intake.report.command.ReporterRole;
import uk.police.hcir.intake.report.submission.Answers.PerceptionAsked;
import uk.police.hcir.intake.report.submission.Answers.PoliceContact;
import uk.police.hcir.intake.strands.StrandCatalogue;
import uk.police.hcir.platform.webapi.ApiProblem;
import uk.police.hcir.platform.webapi.ApiProblem.FieldError;

/**
 * The rules a report must meet beyond the shape of its fields, channel by channel. The perception question
 * cannot be skipped on any channel: it is answered, or the report says why it could not be.
 */
@Component
public class SubmissionRules {

    private final StrandCatalogue strands;
    private final Clock clock;

    SubmissionRules(StrandCatalogue strands, Clock clock) {
        this.strands = strands;
        this.clock = clock;
    }

    /** Refuses the report with every broken rule, by field, or returns normally. */
    public void check(Channel channel, ReportSubmission report) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        checkIncident(report.incident(), now, errors);
        checkPerception(report.perception(), errors);
        checkChannel(channel, report, errors);
        checkVictim(report, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private void checkIncident(ReportSubmission.Incident incident, Instant now, List<FieldError> errors) {
        if (incident.occurredFrom().isAfter(now)) {
            errors.add(new FieldError("incident.occurredFrom", "must not be in the future"));
        }
        if (incident.occurredTo() != null) {
            if (incident.occurredTo().isAfter(now)) {
                errors.add(new FieldError("incident.occurredTo", "must not be in the future"));
            }
            if (incident.occurredTo().isBefore(incident.occurredFrom())) {
                errors.add(new FieldError("incident.occurredTo", "must not be before incident.occurredFrom"));
            }
        }
    }

    private void checkPerception(ReportSubmission.Perception perception, List<FieldError> errors) {
        if (perception.asked() == PerceptionAsked.NOT_ASKED && isBlank(perception.notAskedReason())) {
            errors.add(new FieldError("perception.notAskedReason",
                                      "say why the perception question was not asked"));
        }
        if (perception.asked() == PerceptionAsked.ASKED && perception.hostilityPerceived() == null) {
            errors.add(new FieldError("perception.hostilityPerceived",
                                      "record whether hostility or prejudice is perceived"));
        }
        if (Boolean.TRUE.equals(perception.hostilityPerceived())) {
            if (perception.perceivedBy() == null || perception.perceivedBy().isEmpty()) {
                errors.add(new FieldError("perception.perceivedBy", "say who perceives hostility"));
            }
            if (perception.strands() == null || perception.strands().isEmpty()) {
                errors.add(new FieldError("perception.strands",
                                          "choose at least one characteristic the hostility targets"));
            }
        }
        if (perception.strands() != null) {
            for (int i = 0; i < perception.strands().size(); i++) {
                String strand = perception.strands().get(i);
                if (strand != null && !strands.isKnown(strand)) {
                    errors.add(new FieldError("perception.strands[" + i + "]",
                                              "is not a strand this force records; expected one of "
                                                      + strands.codes()));
                }
            }
        }
    }

    private void checkChannel(Channel channel, ReportSubmission report, List<FieldError> errors) {
        switch (channel) {
            case CONTROL_ROOM -> {
                if (report.thrive() == null) {
                    errors.add(new FieldError("thrive", "a control-room report needs its THRIVE grading"));
                }
            }
            case THIRD_PARTY -> {
                if (report.partner() == null) {
                    errors.add(new FieldError("partner.centreReference", "give the centre's own reference"));
                }
                if (report.reporterRole() != ReporterRole.THIRD_PARTY_CENTRE) {
                    errors.add(new FieldError("reporterRole", "must be THIRD_PARTY_CENTRE on this channel"));
                }
            }
            case ONLINE -> {
                if (report.reporterRole() == ReporterRole.OFFICER
                        || report.reporterRole() == ReporterRole.THIRD_PARTY_CENTRE) {
                    errors.add(new FieldError("reporterRole", "must be VICTIM, WITNESS or OTHER_PERSON online"));
                }
            }
            case OFFICER -> {
                if (report.reporterRole() != ReporterRole.OFFICER) {
                    errors.add(new FieldError("reporterRole", "must be OFFICER on this channel"));
                }
            }
        }
        if (channel != Channel.CONTROL_ROOM && report.thrive() != null) {
            errors.add(new FieldError("thrive", "only control-room reports carry a THRIVE grading"));
        }
        if (channel != Channel.THIRD_PARTY && report.partner() != null) {
            errors.add(new FieldError("partner", "only third-party reports carry a centre reference"));
        }
    }

    private void checkVictim(ReportSubmission report, List<FieldError> errors) {
        ReportSubmission.Victim victim = report.victim();
        boolean anonymous = victim == null || victim.anonymous();
        if (report.consent().policeContact() == PoliceContact.FULLY_ANONYMOUS && !anonymous) {
            errors.add(new FieldError("victim.anonymous", "must be true when the victim chose to stay anonymous"));
        }
        if (victim != null && victim.anonymous()
                && !(isBlank(victim.name()) && isBlank(victim.address()) && isBlank(victim.phone())
                        && isBlank(victim.email()) && victim.dateOfBirth() == null)) {
            errors.add(new FieldError("victim", "an anonymous victim has no name, address, telephone, email or "
                    + "date of birth"));
        }
        if (victim != null && !victim.anonymous() && isBlank(victim.name()) && isBlank(victim.phone())
                && isBlank(victim.email()) && isBlank(victim.address())) {
            errors.add(new FieldError("victim", "an identified victim needs a name or a way to contact them"));
        }
        if (report.reporterRole() == ReporterRole.VICTIM && report.reporter() != null) {
            errors.add(new FieldError("reporter", "leave out when the victim reports for themselves"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
