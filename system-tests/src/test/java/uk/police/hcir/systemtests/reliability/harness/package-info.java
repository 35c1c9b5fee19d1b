/**
 * The reliability harness: a scenario is a test class marked {@link
 * uk.police.hcir.systemtests.reliability.harness.ReliabilityScenario} whose test takes a {@link
 * uk.police.hcir.systemtests.reliability.harness.FaultableStack}, runs a {@link
 * uk.police.hcir.systemtests.reliability.harness.ReportLoad}, injects its fault through the stack (kill, stop or
 * restart a service, the broker or PostgreSQL; move a processor's tokens with {@link
 * uk.police.hcir.systemtests.reliability.harness.TokenSurgery}), and ends with {@link
 * uk.police.hcir.systemtests.reliability.harness.Reconciliation#afterCatchingUp}, whose problems must be empty.
 */
package uk.police.hcir.systemtests.reliability.harness;
