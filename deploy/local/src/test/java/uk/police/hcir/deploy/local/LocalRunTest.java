package uk.police.hcir.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRunTest {

    @Test
    void demonstrationCasesAreLoadedOnlyWhenAskedFor() {
        assertThat(LocalRun.demoCases(new String[] {})).isZero();
        assertThat(LocalRun.demoCases(new String[] {"--demo"})).isEqualTo(LocalRun.DEFAULT_DEMO_CASES);
        assertThat(LocalRun.demoCases(new String[] {"--demo=40"})).isEqualTo(40);
    }
}
