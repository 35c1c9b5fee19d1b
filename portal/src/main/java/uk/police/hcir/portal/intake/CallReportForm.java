package uk.police.hcir.portal.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.police.hcir.portal.reportforms.Choices;
import uk.police.hcir.portal.reportforms.DateAnswer;
import uk.police.hcir.portal.reportforms.ReportQuestions;

/**
 * A report taken by a call handler in the control room, or raised by an officer: the common questions, who called
 * (call handler only), the THRIVE grading (call handler only), the victim and their consent choices.
 */
public class CallReportForm extends ReportQuestions {

    /** The fields in the order the page asks them, which is the order of the error summary. */
    static final List<String> PAGE_ORDER = List.of(
            "reporterRole", "reporterName", "reporterPhone", "whatHappened", "wordsUsed", "location", "area",
            "occurredDay", "occurredTime", "perception", "perceivedBy", "strands", "notAskedReason", "ownWords",
            "suspectDescription", "threat", "harm", "risk", "investigation", "vulnerability", "engagement", "grade",
            "policeContact", "victimName", "victimDobDay", "ageGroup", "victimAddress", "victimPhone", "victimEmail",
            "contactMethod", "safeTimes", "language", "accessibilityNeeds", "referralToSupport");

    private static final String PHONE = "[0-9+() -]*";
    private static final String FULLY_ANONYMOUS = "FULLY_ANONYMOUS";

    private String reporterRole;

    @Size(max = 200, message = "The caller's name must be 200 characters or fewer")
    private String reporterName;

    @Size(max = 40, message = "The caller's telephone number must be 40 characters or fewer")
    @Pattern(regexp = PHONE, message = "Enter the caller's telephone number, like 01632 960 001 or 07700 900 982")
    private String reporterPhone;

    @Size(max = 2000, message = "The suspect's description must be 2,000 characters or fewer")
    private String suspectDescription;

    private String threat;
    private String harm;
    private String risk;
    private String investigation;
    private String vulnerability;
    private String engagement;
    private String grade;

    private String policeContact;
    private String referralToSupport;

    @Size(max = 200, message = "The victim's name must be 200 characters or fewer")
    private String victimName;

    private String victimDobDay;
    private String victimDobMonth;
    private String victimDobYear;
    private String ageGroup;

    @Size(max = 500, message = "The victim's address must be 500 characters or fewer")
    private String victimAddress;

    @Size(max = 40, message = "The victim's telephone number must be 40 characters or fewer")
    @Pattern(regexp = PHONE, message = "Enter the victim's telephone number, like 01632 960 001 or 07700 900 982")
    private String victimPhone;

    @Size(max = 200, message = "The victim's email address must be 200 characters or fewer")
    @Email(message = "Enter the victim's email address in the correct format, like name@example.com")
    private String victimEmail;

    private boolean victimVulnerable;

    /** The checks that depend on other answers and on the channel. */
    public void checkAnswers(Errors errors, Clock clock, boolean officerChannel) {
        checkCommonAnswers(errors, clock, true);
        if (!officerChannel) {
            if (!Choices.CALLER_ROLES.containsKey(String.valueOf(reporterRole))) {
                errors.rejectValue("reporterRole", "required", "Select who is calling");
            }
            for (Map.Entry<String, String> element : Choices.THRIVE_ELEMENTS.entrySet()) {
                if (!Choices.THRIVE_LEVELS.containsKey(String.valueOf(thriveLevel(element.getKey())))) {
                    errors.rejectValue(element.getKey(), "required",
                                       "Select the " + element.getValue().toLowerCase() + " grading");
                }
            }
            if (!Choices.RESPONSE_GRADES.containsKey(String.valueOf(grade))) {
                errors.rejectValue("grade", "required", "Select the response grade");
            }
        }
        if (!Choices.POLICE_CONTACT.containsKey(String.valueOf(policeContact))) {
            errors.rejectValue("policeContact", "required", "Select what the victim wants from the police");
        } else if (FULLY_ANONYMOUS.equals(policeContact)) {
            if (!blank(victimName) || !blank(victimAddress) || !blank(victimPhone) || !blank(victimEmail)
                    || !DateAnswer.isEmpty(victimDobDay, victimDobMonth, victimDobYear)) {
                errors.rejectValue("victimName", "anonymous",
                                   "Remove the victim's name, date of birth and contact details, as they want to "
                                           + "stay anonymous");
            }
        } else if (blank(victimName) && blank(victimAddress) && blank(victimPhone) && blank(victimEmail)) {
            errors.rejectValue("victimName", "required", "Enter the victim's name, or a way to contact them");
        }
        if (!DateAnswer.isEmpty(victimDobDay, victimDobMonth, victimDobYear)) {
            LocalDate born = DateAnswer.date(victimDobDay, victimDobMonth, victimDobYear);
            if (born == null) {
                errors.rejectValue("victimDobDay", "invalid", "The victim's date of birth must be a real date");
            } else if (!born.isBefore(LocalDate.now(clock))) {
                errors.rejectValue("victimDobDay", "future", "The victim's date of birth must be in the past");
            }
        }
        if (!blank(ageGroup) && !Choices.AGE_GROUPS.containsKey(ageGroup)) {
            errors.rejectValue("ageGroup", "unknown", "Select the victim's age group");
        }
        if (!"yes".equals(referralToSupport) && !"no".equals(referralToSupport)) {
            errors.rejectValue("referralToSupport", "required",
                               "Select whether the victim agrees to be referred to a support service");
        }
    }

    /** The report as intake's control-room or officer API takes it. */
    public Map<String, Object> toReport(Clock clock, boolean officerChannel) {
        Map<String, Object> report = new LinkedHashMap<>();
        String role = officerChannel ? "OFFICER" : reporterRole;
        report.put("reporterRole", role);
        report.put("incident", incident(clock));
        report.put("perception", perceptionAnswer(List.copyOf(getPerceivedBy())));
        report.put("victim", victim());
        if (!"VICTIM".equals(role) && (!blank(reporterName) || !blank(reporterPhone))) {
            Map<String, Object> reporter = new LinkedHashMap<>();
            reporter.put("name", trimmed(reporterName));
            reporter.put("phone", trimmed(reporterPhone));
            report.put("reporter", reporter);
        }
        if (!blank(suspectDescription)) {
            report.put("suspects", List.of(Map.of("description", suspectDescription.trim(), "knownToVictim", false)));
        }
        report.put("consent", Map.of("policeContact", policeContact,
                                     "referralToSupport", "yes".equals(referralToSupport)));
        if (!officerChannel) {
            Map<String, Object> thrive = new LinkedHashMap<>();
            for (String element : Choices.THRIVE_ELEMENTS.keySet()) {
                thrive.put(element, thriveLevel(element));
            }
            thrive.put("grade", grade);
            report.put("thrive", thrive);
        }
        return report;
    }

    private Map<String, Object> victim() {
        Map<String, Object> victim = new LinkedHashMap<>();
        boolean anonymous = FULLY_ANONYMOUS.equals(policeContact);
        victim.put("anonymous", anonymous);
        if (!anonymous) {
            victim.put("name", trimmed(victimName));
            LocalDate born = DateAnswer.date(victimDobDay, victimDobMonth, victimDobYear);
            victim.put("dateOfBirth", born == null ? null : born.toString());
            victim.put("address", trimmed(victimAddress));
            victim.put("phone", trimmed(victimPhone));
            victim.put("email", trimmed(victimEmail));
        }
        victim.put("ageGroup", blank(ageGroup) ? null : ageGroup);
        victim.put("vulnerable", victimVulnerable);
        victim.put("contactPreferences", contactPreferences());
        return victim;
    }

    /** Where intake's field problems belong on this form. */
    static String formFieldFor(String apiField) {
        String common = commonFieldFor(apiField);
        if (common != null) {
            return common;
        }
        if (apiField == null) {
            return null;
        }
        if (apiField.startsWith("thrive.")) {
            String element = apiField.substring("thrive.".length());
            return Choices.THRIVE_ELEMENTS.containsKey(element) || "grade".equals(element) ? element : "threat";
        }
        if (apiField.startsWith("suspects")) {
            return "suspectDescription";
        }
        return switch (apiField) {
            case "reporterRole" -> "reporterRole";
            case "reporter.name" -> "reporterName";
            case "reporter.phone", "reporter" -> "reporterPhone";
            case "thrive" -> "threat";
            case "victim", "victim.name", "victim.anonymous" -> "victimName";
            case "victim.dateOfBirth" -> "victimDobDay";
            case "victim.address" -> "victimAddress";
            case "victim.phone" -> "victimPhone";
            case "victim.email" -> "victimEmail";
            case "victim.ageGroup" -> "ageGroup";
            case "consent", "consent.policeContact" -> "policeContact";
            default -> null;
        };
    }

    public String thriveLevel(String element) {
        return switch (element) {
            case "threat" -> threat;
            case "harm" -> harm;
            case "risk" -> risk;
            case "investigation" -> investigation;
            case "vulnerability" -> vulnerability;
            case "engagement" -> engagement;
            default -> null;
        };
    }

    public String getReporterRole() {
        return reporterRole;
    }

    public void setReporterRole(String reporterRole) {
        this.reporterRole = reporterRole;
    }

    public String getReporterName() {
        return reporterName;
    }

    public void setReporterName(String reporterName) {
        this.reporterName = reporterName;
    }

    public String getReporterPhone() {
        return reporterPhone;
    }

    public void setReporterPhone(String reporterPhone) {
        this.reporterPhone = reporterPhone;
    }

    public String getSuspectDescription() {
        return suspectDescription;
    }

    public void setSuspectDescription(String suspectDescription) {
        this.suspectDescription = suspectDescription;
    }

    public String getThreat() {
        return threat;
    }

    public void setThreat(String threat) {
        this.threat = threat;
    }

    public String getHarm() {
        return harm;
    }

    public void setHarm(String harm) {
        this.harm = harm;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public String getInvestigation() {
        return investigation;
    }

    public void setInvestigation(String investigation) {
        this.investigation = investigation;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(String vulnerability) {
        this.vulnerability = vulnerability;
    }

    public String getEngagement() {
        return engagement;
    }

    public void setEngagement(String engagement) {
        this.engagement = engagement;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getPoliceContact() {
        return policeContact;
    }

    public void setPoliceContact(String policeContact) {
        this.policeContact = policeContact;
    }

    public String getReferralToSupport() {
        return referralToSupport;
    }

    public void setReferralToSupport(String referralToSupport) {
        this.referralToSupport = referralToSupport;
    }

    public String getVictimName() {
        return victimName;
    }

    public void setVictimName(String victimName) {
        this.victimName = victimName;
    }

    public String getVictimDobDay() {
        return victimDobDay;
    }

    public void setVictimDobDay(String victimDobDay) {
        this.victimDobDay = victimDobDay;
    }

    public String getVictimDobMonth() {
        return victimDobMonth;
    }

    public void setVictimDobMonth(String victimDobMonth) {
        this.victimDobMonth = victimDobMonth;
    }

    public String getVictimDobYear() {
        return victimDobYear;
    }

    public void setVictimDobYear(String victimDobYear) {
        this.victimDobYear = victimDobYear;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(String ageGroup) {
        this.ageGroup = ageGroup;
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

    public boolean isVictimVulnerable() {
        return victimVulnerable;
    }

    public void setVictimVulnerable(boolean victimVulnerable) {
        this.victimVulnerable = victimVulnerable;
    }
}
