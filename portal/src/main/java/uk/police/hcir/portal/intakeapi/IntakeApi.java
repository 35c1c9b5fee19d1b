package uk.police.hcir.portal.intakeapi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceClients;

/**
 * Intake's API as the portal's report pages use it: a report sent on each channel, a reporting centre's look-up of
 * its own report, and the duplicate review queue with its decisions.
 */
@Component
public class IntakeApi {

    /** The channels' endpoints. */
    public enum Channel {
        CONTROL_ROOM("/api/control-room/reports"),
        OFFICER("/api/officer/reports"),
        ONLINE("/api/online/reports"),
        THIRD_PARTY("/api/partner/reports");

        private final String path;

        Channel(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** What intake answers once it has a report: the report's id, and the reference to quote. */
    public record Accepted(String reportId, String reference) {
    }

    /** Where a report a centre sent stands. */
    public record PartnerReportStatus(String centreReference, String reference, Instant receivedAt, String status) {
    }

    /** A pair of reports that may be about one incident. */
    public record DuplicateCandidate(String reportId, String reportReference, String candidateId,
                                     String candidateReference, double score, List<String> matchedRules,
                                     String status, Instant flaggedAt) {
    }

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,128}");

    private final ServiceClients clients;

    public IntakeApi(ServiceClients clients) {
        this.clients = clients;
    }

    /**
     * Sends a report on a channel. The submission key makes a repeated press of the button return the first
     * report; a reporting centre's credential is sent only for the third-party channel, and only in this request.
     */
    public Accepted submit(Channel channel, Map<String, Object> report, String submissionKey,
                           String centreCredential) {
        RestClient.RequestBodySpec request = intake().post().uri(channel.path())
                                                     .contentType(MediaType.APPLICATION_JSON);
        if (submissionKey != null && IDEMPOTENCY_KEY.matcher(submissionKey).matches()) {
            request = request.header("Idempotency-Key", submissionKey);
        }
        if (channel == Channel.THIRD_PARTY) {
            request = request.header("Authorization", "Bearer " + centreCredential);
        }
        return request.body(report).retrieve().body(Accepted.class);
    }

    public PartnerReportStatus partnerReportStatus(String centreCredential, String centreReference) {
        return intake().get()
                       .uri(uri -> uri.path("/api/partner/reports").queryParam("centreReference", centreReference)
                                      .build())
                       .header("Authorization", "Bearer " + centreCredential)
                       .retrieve().body(PartnerReportStatus.class);
    }

    public List<DuplicateCandidate> pendingDuplicates() {
        List<DuplicateCandidate> pending = intake().get().uri("/api/duplicates?status=PENDING").retrieve()
                                                   .body(new ParameterizedTypeReference<>() { });
        return pending == null ? List.of() : pending;
    }

    /** Links the report to the earlier one as the same incident ({@code LINK}), or keeps them apart. */
    public void decideDuplicate(String reportId, String candidateId, String decision, String reason) {
        intake().post().uri("/api/duplicates/decisions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reportId", reportId, "candidate", candidateId, "decision", decision,
                             "reason", reason))
                .retrieve().toBodilessEntity();
    }

    private RestClient intake() {
        return clients.client(BackendService.INTAKE);
    }
}
