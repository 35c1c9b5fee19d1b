package uk.police.hcir.portal.publicreport;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import uk.police.hcir.portal.reportforms.ReportQuestions;

/**
 * A report from a member of the public: the victim, a witness, or someone reporting for the victim. They may stay
 * anonymous; if they give their details they choose whether the police may contact them.
 */
public class PublicReportForm extends ReportQuestions {

    static final List<String> PAGE_ORDER = List.of(
            "reporterRole", "whatHappened", "wordsUsed", "location", "area", "occurredDay", "occurredTime",
            "perception", "strands", "ownWords", "giveDetails", "name", "phone", "email", "mayContact",
            "contactMethod", "safeTimes", "language", "accessibilityNeeds", "wantsSupport");

    static final Map<String, String> REPORTER_ROLES = ordered(
            "VICTIM", "It happened to me",
            "WITNESS", "I saw it happen to someone else",
            "OTHER_PERSON", "I am reporting it for someone else");

    private String reporterRole;
    private String giveDetails;

    @Size(max = 200, message = "Your name must be 200 characters or fewer")
    private String name;

    @Size(max = 40, message = "Your telephone number must be 40 characters or fewer")
    @Pattern(regexp = "[0-9+() -]*", message = "Enter a telephone number, like 01632 960 001 or 07700 900 982")
    private String phone;

    @Size(max = 200, message = "Your email address must be 200 characters or fewer")
    @Email(message = "Enter an email address in the correct format, like name@example.com")
    private String email;

    private String mayContact;
    private String wantsSupport;

    public void checkAnswers(Errors errors, Clock clock) {
        if (!REPORTER_ROLES.containsKey(String.valueOf(reporterRole))) {
            errors.rejectValue("reporterRole", "required", "Select who it happened to");
        }
        checkCommonAnswers(errors, clock, false);
        if (!"yes".equals(giveDetails) && !"no".equals(giveDetails)) {
            errors.rejectValue("giveDetails", "required", "Select whether you want to give your details");
        } else if (identified()) {
            if (blank(name) && blank(phone) && blank(email)) {
                errors.rejectValue("name", "required", "Enter your name, telephone number or email address");
            }
            if (!"yes".equals(mayContact) && !"no".equals(mayContact)) {
                errors.rejectValue("mayContact", "required", "Select whether the police can contact you");
            }
        }
        if (!blank(wantsSupport) && !"yes".equals(wantsSupport) && !"no".equals(wantsSupport)) {
            errors.rejectValue("wantsSupport", "required", "Select whether you would like support");
        }
    }

    @Override
    protected String perceptionMissingMessage() {
        return "Select whether you think it happened because of hostility or prejudice";
    }

    @Override
    protected String strandsMissingMessage() {
        return "Select what you think it was about";
    }

    boolean identified() {
        return "yes".equals(giveDetails);
    }

    /** The report as intake's online API takes it; nothing identifying is sent by someone staying anonymous. */
    public Map<String, Object> toReport(Clock clock) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reporterRole", reporterRole);
        report.put("incident", incident(clock));
        String perceivedBy = switch (reporterRole) {
            case "VICTIM" -> "VICTIM";
            case "WITNESS" -> "WITNESS";
            default -> "OTHER_PERSON";
        };
        report.put("perception", perceptionAnswer(List.of(perceivedBy)));
        boolean victimReports = "VICTIM".equals(reporterRole);
        Map<String, Object> victim = new LinkedHashMap<>();
        if (victimReports && identified()) {
            victim.put("anonymous", false);
            victim.put("name", trimmed(name));
            victim.put("phone", trimmed(phone));
            victim.put("email", trimmed(email));
            victim.put("contactPreferences", contactPreferences());
        } else {
            victim.put("anonymous", true);
        }
        victim.put("vulnerable", false);
        report.put("victim", victim);
        if (!victimReports && identified()) {
            Map<String, Object> reporter = new LinkedHashMap<>();
            reporter.put("name", trimmed(name));
            reporter.put("phone", trimmed(phone));
            reporter.put("email", trimmed(email));
            report.put("reporter", reporter);
        }
        String policeContact = !identified() ? "FULLY_ANONYMOUS"
                : "yes".equals(mayContact) ? "CONSENTS_TO_CONTACT" : "IDENTIFIED_NO_POLICE_CONTACT";
        report.put("consent", Map.of("policeContact", policeContact,
                                     "referralToSupport", identified() && "yes".equals(wantsSupport)));
        return report;
    }

    static String formFieldFor(String apiField) {
        String common = commonFieldFor(apiField);
        if (common != null || apiField == null) {
            return common;
        }
        return switch (apiField) {
            case "reporterRole" -> "reporterRole";
            case "victim", "victim.name", "victim.anonymous", "reporter", "reporter.name" -> "name";
            case "victim.phone", "reporter.phone" -> "phone";
            case "victim.email", "reporter.email" -> "email";
            default -> null;
        };
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return map;
    }

    public String getReporterRole() {
        return reporterRole;
    }

    public void setReporterRole(String reporterRole) {
        this.reporterRole = reporterRole;
    }

    public String getGiveDetails() {
        return giveDetails;
    }

    public void setGiveDetails(String giveDetails) {
        this.giveDetails = giveDetails;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMayContact() {
        return mayContact;
    }

    public void setMayContact(String mayContact) {
        this.mayContact = mayContact;
    }

    public String getWantsSupport() {
        return wantsSupport;
    }

    public void setWantsSupport(String wantsSupport) {
        this.wantsSupport = wantsSupport;
    }
}
