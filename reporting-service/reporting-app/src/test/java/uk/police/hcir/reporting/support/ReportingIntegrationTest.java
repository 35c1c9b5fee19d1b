package uk.police.hcir.reporting.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import uk.police.hcir.platform.testsupport.WithHcirInfrastructure;

/** The reporting service on a random port, reading the real broker's topics into a database of its own. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "hcir.reporting.integrity.checkpoints.enabled=false")
@WithHcirInfrastructure
public @interface ReportingIntegrationTest {
}
