package uk.police.hcir.cases.lifecycle.command;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.hcir.cases.events.CaseOpened;

class CaseTest {

    private static final Instant OPENED_AT = Instant.parse("2026-11-02T10:15:30Z");

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void openingACaseForANewReportOpensIt() {
        fixture.givenNoPriorActivity()
               .when(new OpenCaseCommand("case-1", "HC-2026-000001", OPENED_AT))
               .expectEvents(new CaseOpened("case-1", "HC-2026-000001", OPENED_AT));
    }

    @Test
    void openingACaseThatIsAlreadyOpenChangesNothing() {
        fixture.given(new CaseOpened("case-1", "HC-2026-000001", OPENED_AT))
               .when(new OpenCaseCommand("case-1", "HC-2026-000001", OPENED_AT.plusSeconds(60)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }
}
