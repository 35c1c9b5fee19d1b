package uk.police.hcir.systemtests.reliability.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fault scenario. Each of its tests that takes a {@link FaultableStack} parameter gets a stack of its own, started
 * before the test and shut down after it whatever the outcome, so that one scenario's faults never leak into the
 * next. Scenarios run in the surefire execution kept for them (tag {@value #TAG}), never beside tests that share
 * the running stack.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(ReliabilityScenario.TAG)
@ExtendWith(FaultableStackExtension.class)
public @interface ReliabilityScenario {

    String TAG = "reliability";
}
