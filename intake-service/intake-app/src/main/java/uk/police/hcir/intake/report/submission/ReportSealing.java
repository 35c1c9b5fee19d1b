package uk.police.hcir.intake.report.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.police.hcir.intake.events.ReportReceived;
import uk.police.hcir.intake.report.command.Channel;
import uk.police.hcir.intake.report.command.ReportDetailsRecorded;
import uk.police.hcir.intake.report.submission.Answers.AgeGroup;
import uk.police.hcir.intake.victims.VictimIdentities;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.personaldata.MatchKeys;
import uk.police.hcir.platform.personaldata.PersonalData;
import uk.police.hcir.platform.personaldata.SubjectKind;

/**
 * Turns a submitted report into the facts intake records: every person becomes a data subject with a key of
 * their own, and everything that could identify anyone is sealed under that key before it is stored or published.
 */
@Component
class ReportSealing {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PersonalData personalData;
    private final MatchKeys matchKeys;
    private final VictimIdentities victims;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    ReportSealing(PersonalData personalData, MatchKeys matchKeys, VictimIdentities victims) {
        this.personalData = personalData;
        this.matchKeys = matchKeys;
        this.victims = victims;
    }

    record Sealed(ReportReceived report, ReportDetailsRecorded details) {
    }

    Sealed seal(String reportId, String reference, Channel channel, Instant receivedAt, ReportSubmission submission,
                String partnerCentreId) {
        String narrative = personalData.newSubject(SubjectKind.REPORT_NARRATIVE);
        ReportSubmission.Incident incident = submission.incident();
        ReportReceived.Incident sealedIncident = new ReportReceived.Incident(
                incident.occurredFrom(),
                incident.occurredTo() == null ? incident.occurredFrom() : incident.occurredTo(),
                blankToNull(incident.area()),
                matchKeys.of("location", MatchKeys.normalise(incident.location())),
                personalData.seal(narrative, incident.location()),
                personalData.seal(narrative, incident.whatHappened()),
                personalData.seal(narrative, blankToNull(incident.wordsUsed())),
                incident.onlineElement());

        ReportSubmission.Perception perception = submission.perception();
        ReportReceived.Perception sealedPerception = new ReportReceived.Perception(
                perception.asked().name(),
                blankToNull(perception.notAskedReason()),
                Boolean.TRUE.equals(perception.hostilityPerceived()),
                names(perception.perceivedBy()),
                perception.strands() == null ? List.of() : List.copyOf(perception.strands()),
                personalData.seal(narrative, blankToNull(perception.ownWords())));

        ReportReceived report = new ReportReceived(
                reportId, reference, channel.name(), receivedAt, submission.reporterRole().name(),
                sealedIncident, sealedPerception, victim(submission, incident.occurredFrom()),
                submission.suspects() == null ? 0 : submission.suspects().size(),
                names(submission.evidence()),
                new ReportReceived.Consent(submission.consent().policeContact().name(),
                                           submission.consent().referralToSupport()),
                thrive(submission.thrive()),
                submission.partner() == null ? null
                        : new ReportReceived.Partner(partnerCentreId, submission.partner().centreReference()));
        return new Sealed(report, details(reportId, narrative, submission));
    }

    private ReportReceived.Victim victim(ReportSubmission submission, Instant occurredFrom) {
        ReportSubmission.Victim victim = submission.victim();
        if (victim == null) {
            return null;
        }
        String subject = victim.anonymous()
                ? personalData.newSubject(SubjectKind.VICTIM)
                : victims.resolve(victim.name(), victim.dateOfBirth(), victim.phone(), victim.email());
        ReportSubmission.ContactPreferences preferences = victim.contactPreferences();
        ReportReceived.ContactPreferences sealedPreferences = preferences == null ? null
                : new ReportReceived.ContactPreferences(
                        preferences.method() == null ? null : preferences.method().name(),
                        personalData.seal(subject, blankToNull(preferences.times())),
                        blankToNull(preferences.language()),
                        preferences.interpreterNeeded(),
                        personalData.seal(subject, blankToNull(preferences.accessibilityNeeds())));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", blankToNull(victim.name()));
        contact.put("dateOfBirth", victim.dateOfBirth() == null ? null : victim.dateOfBirth().toString());
        contact.put("address", blankToNull(victim.address()));
        contact.put("phone", blankToNull(victim.phone()));
        contact.put("email", blankToNull(victim.email()));
        contact.values().removeIf(Objects::isNull);
        return new ReportReceived.Victim(subject, victim.anonymous(),
                                         ageGroup(victim, occurredFrom).name(), victim.vulnerable(),
                                         sealedPreferences,
                                         contact.isEmpty() ? null : personalData.seal(subject, toJson(contact)));
    }

    private ReportDetailsRecorded details(String reportId, String narrative, ReportSubmission submission) {
        String reporterSubject = null;
        String reporterSealed = null;
        if (submission.reporter() != null) {
            reporterSubject = personalData.newSubject(SubjectKind.REPORTER);
            reporterSealed = personalData.seal(reporterSubject, toJson(submission.reporter()));
        }
        List<ReportDetailsRecorded.SealedSuspect> suspects = submission.suspects() == null ? List.of()
                : submission.suspects().stream().map(suspect -> {
                    String subject = personalData.newSubject(SubjectKind.SUSPECT);
                    Map<String, Object> described = new LinkedHashMap<>();
                    described.put("description", suspect.description());
                    if (suspect.name() != null && !suspect.name().isBlank()) {
                        described.put("name", suspect.name());
                    }
                    return new ReportDetailsRecorded.SealedSuspect(subject, personalData.seal(subject, toJson(described)),
                                                                   suspect.knownToVictim());
                }).toList();
        return new ReportDetailsRecorded(reportId, reporterSubject, reporterSealed, narrative, suspects,
                                         personalData.seal(narrative, blankToNull(submission.evidenceNotes())));
    }

    private static AgeGroup ageGroup(ReportSubmission.Victim victim, Instant occurredFrom) {
        if (victim.dateOfBirth() != null) {
            int age = Period.between(victim.dateOfBirth(), LocalDate.ofInstant(occurredFrom, UK)).getYears();
            return age < 18 ? AgeGroup.CHILD : age >= 65 ? AgeGroup.OLDER_PERSON : AgeGroup.ADULT;
        }
        return victim.ageGroup() == null ? AgeGroup.UNKNOWN : victim.ageGroup();
    }

    private static ReportReceived.Thrive thrive(ReportSubmission.Thrive thrive) {
        return thrive == null ? null
                : new ReportReceived.Thrive(thrive.threat().name(), thrive.harm().name(), thrive.risk().name(),
                                            thrive.investigation().name(), thrive.vulnerability().name(),
                                            thrive.engagement().name(), thrive.grade().name());
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).distinct().toList();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
