package uk.police.hcir.portal.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A decision on one pair in the duplicate review queue. */
public class DuplicateDecisionForm {

    @NotBlank
    @Size(max = 64)
    private String reportId;

    @NotBlank
    @Size(max = 64)
    private String candidateId;

    @NotBlank(message = "Select whether the reports are about the same incident")
    @Pattern(regexp = "LINK|NOT_DUPLICATE", message = "Select whether the reports are about the same incident")
    private String decision;

    @NotBlank(message = "Enter the reason for your decision")
    @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
    private String reason;

    public String getReportId() {
        return reportId;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public String getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(String candidateId) {
        this.candidateId = candidateId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
