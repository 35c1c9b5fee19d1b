package uk.police.hcir.intake.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

/** The intake service on a random port, with one reporting centre whose credential the tests know. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hcir.intake.partner-centres[0].id=test-centre",
        "hcir.intake.partner-centres[0].name=Test Reporting Centre",
        "hcir.intake.partner-centres[0].key-sha256=9360b8d65adf1979ce0214c96cbf52589582c7225fad5e06f6f85a8595a2f4bb",
        "hcir.intake.rate-limits.public-per-minute=1000",
        "hcir.intake.rate-limits.partner-per-minute=1000"})
@WithHcirInfrastructure
public @interface IntakeIntegrationTest {
}
