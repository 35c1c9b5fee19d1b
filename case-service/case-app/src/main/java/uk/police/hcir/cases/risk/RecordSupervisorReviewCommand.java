package uk.police.hcir.cases.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordSupervisorReviewCommand(@TargetAggregateIdentifier String caseId,
                                            String outcome,
                                            String comments,
                                            String multiAgencyReferral,
                                            String referralAgency,
                                            @TargetAggregateVersion Long expectedVersion) {
}
