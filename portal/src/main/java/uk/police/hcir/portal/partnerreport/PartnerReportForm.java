package uk.police.hcir.portal.partnerreport;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.police.hcir.portal.reportforms.Choices;
import uk.police.hcir.portal.reportforms.ReportQuestions;

/**
 * A report a third-party reporting centre makes on a victim's behalf, with the victim's consent choices. The
 * centre's key is used for the one request and never shown back, stored or logged.
 */
public class PartnerReportForm extends ReportQuestions {

    static final List<String> PAGE_ORDER = List.of(
            "centreKey", "centreReference", "whatHappened", "wordsUsed", "location", "area", "occurredDay",
            "occurredTime", "perception", "perceivedBy", "strands", "ownWords", "policeContact", "victimName",
            "victimAddress", "victimPhone", "victimEmail", "contactMethod", "safeTimes", "language",
            "accessibilityNeeds", "referralToSupport");

    private static final String FULLY_ANONYMOUS = "FULLY_ANONYMOUS";

    @NotBlank(message = "Enter your centre's reporting key")
    @Size(max = 256, message = "Enter your centre's reporting key")
    private String centreKey;

    @NotBlank(message = "Enter your centre's reference for this report")
    @Size(max = 64, message = "Your reference must be 64 characters or fewer")
    @Pattern(regexp = "[A-Za-z0-9/_.-]*", message = "Your reference can only contain letters, numbers and / _ . -")
    private String centreReference;

    private String policeContact;

    @Size(max = 200, message = "The victim's name must be 200 characters or fewer")
    private String victimName;

    @Size(max = 500, message = "The victim's address must be 500 characters or fewer")
    private String victimAddress;

    @Size(max = 40, message = "The victim's telephone number must be 40 characters or fewer")
    @Pattern(regexp = "[0-9+() -]*", message = "Enter the victim's telephone number, like 01632 960 001")
    private String victimPhone;

    @Size(max = 200, message = "The victim's email address must be 200 characters or fewer")
    @Email(message = "Enter the victim's email address in the correct format, like name@example.com")
    private String victimEmail;

    private String referralToSupport;

    public void checkAnswers(Errors errors, Clock clock) {
        checkCommonAnswers(errors, clock, true);
        if (!Choices.POLICE_CONTACT.containsKey(String.valueOf(policeContact))) {
            errors.rejectValue("policeContact", "required", "Select what the victim agreed to");
        } else if (FULLY_ANONYMOUS.equals(policeContact)) {
            if (!blank(victimName) || !blank(victimAddress) || !blank(victimPhone) || !blank(victimEmail)) {
                errors.rejectValue("victimName", "anonymous",
                                   "Remove the victim's name and contact details, as they want to stay anonymous");
            }
        } else if (blank(victimName) && blank(victimAddress) && blank(victimPhone) && blank(victimEmail)) {
            errors.rejectValue("victimName", "required", "Enter the victim's name, or a way to contact them");
        }
        if (!"yes".equals(referralToSupport) && !"no".equals(referralToSupport)) {
            errors.rejectValue("referralToSupport", "required",
                               "Select whether the victim agreed to be referred to a support service");
        }
    }

    public Map<String, Object> toReport(Clock clock) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reporterRole", "THIRD_PARTY_CENTRE");
        report.put("incident", incident(clock));
        report.put("perception", perceptionAnswer(List.copyOf(getPerceivedBy())));
        Map<String, Object> victim = new LinkedHashMap<>();
        boolean anonymous = FULLY_ANONYMOUS.equals(policeContact);
        victim.put("anonymous", anonymous);
        if (!anonymous) {
            victim.put("name", trimmed(victimName));
            victim.put("address", trimmed(victimAddress));
            victim.put("phone", trimmed(victimPhone));
            victim.put("email", trimmed(victimEmail));
        }
        victim.put("vulnerable", false);
        victim.put("contactPreferences", contactPreferences());
        report.put("victim", victim);
        report.put("consent", Map.of("policeContact", policeContact,
                                     "referralToSupport", "yes".equals(referralToSupport)));
        report.put("partner", Map.of("centreReference", centreReference.trim()));
        return report;
    }

    static String formFieldFor(String apiField) {
        String common = commonFieldFor(apiField);
        if (common != null || apiField == null) {
            return common;
        }
        return switch (apiField) {
            case "partner", "partner.centreReference" -> "centreReference";
            case "victim", "victim.name", "victim.anonymous" -> "victimName";
            case "victim.address" -> "victimAddress";
            case "victim.phone" -> "victimPhone";
            case "victim.email" -> "victimEmail";
            case "consent", "consent.policeContact" -> "policeContact";
            default -> null;
        };
    }

    /** Never part of what the form shows back, or of any log line that prints the form. */
    @Override
    public String toString() {
        return "PartnerReportForm[centreReference=" + centreReference + "]";
    }

    public String getCentreKey() {
        return centreKey;
    }

    public void setCentreKey(String centreKey) {
        this.centreKey = centreKey;
    }

    public String getCentreReference() {
        return centreReference;
    }

    public void setCentreReference(String centreReference) {
        this.centreReference = centreReference;
    }

    public String getPoliceContact() {
        return policeContact;
    }

    public void setPoliceContact(String policeContact) {
        this.policeContact = policeContact;
    }

    public String getVictimName() {
        return victimName;
    }

    public void setVictimName(String victimName) {
        this.victimName = victimName;
    }

    public String getVictimAddress() {
        return victimAddress;
    }

    public void setVictimAddress(String victimAddress) {
        this.victimAddress = victimAddress;
    }

    public String getVictimPhone() {
        return victimPhone;
    }

    public void setVictimPhone(String victimPhone) {
        this.victimPhone = victimPhone;
    }

    public String getVictimEmail() {
        return victimEmail;
    }

    public void setVictimEmail(String victimEmail) {
        this.victimEmail = victimEmail;
    }

    public String getReferralToSupport() {
        return referralToSupport;
    }

    public void setReferralToSupport(String referralToSupport) {
        this.referralToSupport = referralToSupport;
    }
}
