package uk.police.hcir.systemtests.reliability.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the class a {@link FaultableStack} of its own, started before the test and shut down after
 * it whatever the outcome, so that one scenario's faults never leak into the next.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FaultableStackExtension.class)
public @interface WithFaultableStack {
}
