package uk.police.hcir.intake.report.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.hcir.intake.report.command.Channel;
import uk.police.hcir.intake.report.command.ReceiveReportCommand;
import uk.police.hcir.intake.report.reference.ReportReferences;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.webapi.ApiProblem;

/**
 * Accepts a report from any channel: checks it, seals its personal data, records it, and gives the reporter a
 * reference at once. A retry with the same idempotency key returns the first attempt's report instead of
 * creating a second one; the key, the reference and the report are committed together or not at all.
 */
@Service
public class ReportIntake {

    /** Whose idempotency keys a request's key is compared with: a user, a partner centre or a public client. */
    public record Submitter(String scope) {
    }

    public record Outcome(ReportAccepted accepted, boolean replayed) {
    }

    private final SubmissionRules rules;
    private final ReportSealing sealing;
    private final ReportReferences references;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    ReportIntake(SubmissionRules rules, ReportSealing sealing, ReportReferences references, CommandGateway commands,
                 TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.sealing = sealing;
        this.references = references;
        this.commands = commands;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Outcome accept(Channel channel, ReportSubmission submission, Submitter submitter, String partnerCentreId,
                          String idempotencyKey) {
        rules.check(channel, submission);
        String requestHash = hash(channel, submission);
        if (idempotencyKey != null) {
            Optional<Outcome> earlier = earlier(submitter, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transactions.execute(status -> {
                String reportId = UUID.randomUUID().toString();
                String reference = references.next();
                if (idempotencyKey != null) {
                    jdbc.sql("""
                             INSERT INTO idempotency_key (scope, idempotency_key, request_hash, report_id, reference)
                             VALUES (?, ?, ?, ?, ?)""")
                        .params(submitter.scope(), idempotencyKey, requestHash, reportId, reference)
                        .update();
                }
                ReportSealing.Sealed sealed = sealing.seal(reportId, reference, channel, clock.instant(), submission,
                                                           partnerCentreId);
                commands.sendAndWait(new ReceiveReportCommand(reportId, sealed.report(), sealed.details()));
                return new Outcome(new ReportAccepted(reportId, reference), false);
            });
        } catch (DuplicateKeyException concurrentRetry) {
            return earlier(submitter, idempotencyKey, requestHash).orElseThrow(() -> concurrentRetry);
        }
    }

    private Optional<Outcome> earlier(Submitter submitter, String idempotencyKey, String requestHash) {
        return jdbc.sql("""
                        SELECT request_hash, report_id, reference FROM idempotency_key
                        WHERE scope = ? AND idempotency_key = ?""")
                   .params(submitter.scope(), idempotencyKey)
                   .query((rs, row) -> {
                       if (!rs.getString("request_hash").equals(requestHash)) {
                           throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                                                "The idempotency key was used for another report",
                                                "Use a new Idempotency-Key for a different report");
                       }
                       return new Outcome(new ReportAccepted(rs.getString("report_id"), rs.getString("reference")),
                                          true);
                   })
                   .optional();
    }

    private String hash(Channel channel, ReportSubmission submission) {
        try {
            byte[] canonical = (channel.name() + json.writeValueAsString(submission)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
