package uk.police.hcir.intake.report.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.police.hcir.intake.report.command.ReporterRole;
import uk.police.hcir.intake.report.submission.Answers.AgeGroup;
import uk.police.hcir.intake.report.submission.Answers.ContactMethod;
import uk.police.hcir.intake.report.submission.Answers.EvidenceKind;
import uk.police.hcir.intake.report.submission.Answers.PerceivedBy;
import uk.police.hcir.intake.report.submission.Answers.PerceptionAsked;
import uk.police.hcir.intake.report.submission.Answers.PoliceContact;
import uk.police.hcir.intake.report.submission.Answers.ResponseGrade;
import uk.police.hcir.intake.report.submission.Answers.ThriveLevel;

/**
 * A report as any channel submits it. Which parts are required depends on the channel: a control-room report
 * needs its THRIVE grading, a third-party report its centre's reference, and every report the answer to the
 * perception question.
 */
public record ReportSubmission(
        @NotNull ReporterRole reporterRole,
        @NotNull @Valid Incident incident,
        @NotNull @Valid Perception perception,
        @Valid Victim victim,
        @Valid Person reporter,
        @Size(max = 20) List<@NotNull @Valid Suspect> suspects,
        @Size(max = 9) List<@NotNull EvidenceKind> evidence,
        @Size(max = 2000) String evidenceNotes,
        @NotNull @Valid Consent consent,
        @Valid Thrive thrive,
        @Valid PartnerReference partner) {

    public record Incident(
            @NotNull Instant occurredFrom,
            Instant occurredTo,
            @NotBlank @Size(max = 500) String location,
            @Size(max = 100) String area,
            @NotBlank @Size(max = 10_000) String whatHappened,
            @Size(max = 2000) String wordsUsed,
            boolean onlineElement) {
    }

    /** The answer to "do you think this happened because of hostility or prejudice towards who you are?". */
    public record Perception(
            @NotNull PerceptionAsked asked,
            @Size(max = 500) String notAskedReason,
            Boolean hostilityPerceived,
            @Size(max = 4) List<@NotNull PerceivedBy> perceivedBy,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> strands,
            @Size(max = 5000) String ownWords) {
    }

    public record Victim(
            boolean anonymous,
            @Size(max = 200) String name,
            @Past LocalDate dateOfBirth,
            AgeGroup ageGroup,
            @Size(max = 500) String address,
            @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "must be a telephone number") String phone,
            @Email @Size(max = 200) String email,
            boolean vulnerable,
            @Valid ContactPreferences contactPreferences) {
    }

    public record ContactPreferences(
            ContactMethod method,
            @Size(max = 200) String times,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or pl")
            String language,
            boolean interpreterNeeded,
            @Size(max = 1000) String accessibilityNeeds) {
    }

    /** Someone other than the victim: the reporter, when it is a witness or another person. */
    public record Person(
            @Size(max = 200) String name,
            @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "must be a telephone number") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 200) String relationshipToVictim) {
    }

    public record Suspect(
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 200) String name,
            boolean knownToVictim) {
    }

    public record Consent(@NotNull PoliceContact policeContact, boolean referralToSupport) {
    }

    /** The control room's THRIVE grading of the call. */
    public record Thrive(
            @NotNull ThriveLevel threat,
            @NotNull ThriveLevel harm,
            @NotNull ThriveLevel risk,
            @NotNull ThriveLevel investigation,
            @NotNull ThriveLevel vulnerability,
            @NotNull ThriveLevel engagement,
            @NotNull ResponseGrade grade) {
    }

    /** The reporting centre's own reference for the report. */
    public record PartnerReference(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9/_.-]+",
            message = "may hold only letters, digits and / _ . -") String centreReference) {
    }
}
