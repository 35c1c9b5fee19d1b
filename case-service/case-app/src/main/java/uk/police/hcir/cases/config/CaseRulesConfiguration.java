package uk.police.hcir.cases.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.hcir.cases.recording.CodeOfPractice2023Policy;
import uk.police.hcir.cases.recording.IntelligenceOnlyPolicy;
import uk.police.hcir.cases.recording.NchiPolicy;
import uk.police.hcir.cases.repeat.RepeatVictimRules;
import uk.police.hcir.cases.risk.ReviewSchedule;

@Configuration
@EnableConfigurationProperties({ReviewSchedule.class, RepeatVictimRules.class})
class CaseRulesConfiguration {

    /** The non-crime hate incident policy in force: {@code code-of-practice-2023} or {@code intelligence-only}. */
    @Bean
    NchiPolicy nchiPolicy(@Value("${hcir.case.nchi-policy:code-of-practice-2023}") String policy) {
        return switch (policy) {
            case "code-of-practice-2023" -> new CodeOfPractice2023Policy();
            case "intelligence-only" -> new IntelligenceOnlyPolicy();
            default -> throw new IllegalStateException(
                    "hcir.case.nchi-policy must be code-of-practice-2023 or intelligence-only, not " + policy);
        };
    }
}
