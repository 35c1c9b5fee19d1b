package uk.police.hcir.victimcontact.care.command;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Victims' Code's clocks, as the force sets them.
 *
 * @param enhancedUpdateWorkingDays working days to tell a victim with enhanced rights of a milestone
 * @param standardUpdateWorkingDays working days to tell any other victim
 * @param referralWorkingDays       working days to refer a consenting victim to support
 * @param routineContactDays        days between routine updates unless the victim agreed otherwise
 */
@ConfigurationProperties("hcir.victim-contact.rules")
public record VictimCareRules(int enhancedUpdateWorkingDays, int standardUpdateWorkingDays, int referralWorkingDays,
                              int routineContactDays) {

    public static final VictimCareRules VICTIMS_CODE = new VictimCareRules(1, 5, 2, 14);

    public VictimCareRules {
        enhancedUpdateWorkingDays = enhancedUpdateWorkingDays > 0 ? enhancedUpdateWorkingDays : 1;
        standardUpdateWorkingDays = standardUpdateWorkingDays > 0 ? standardUpdateWorkingDays : 5;
        referralWorkingDays = referralWorkingDays > 0 ? referralWorkingDays : 2;
        routineContactDays = routineContactDays > 0 ? routineContactDays : 14;
    }
}
