package uk.police.hcir.portal.victimcare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceCallException;
import uk.police.hcir.portal.services.ServiceClients;
import uk.police.hcir.portal.services.ServiceRefusedException;

/** Victim-contact-service's API as the pages use it: the queues of Victims' Code duties and one victim's care. */
@Component
public class VictimCareApi {

    private static final ParameterizedTypeReference<List<DutyItem>> DUTIES = new ParameterizedTypeReference<>() {
    };

    private static final ParameterizedTypeReference<List<NeedsDue>> NEEDS_DUE =
            new ParameterizedTypeReference<>() {
            };

    public enum Queue { DUE_TODAY, OVERDUE }

    /** A duty in a queue: an update or referral owed to the victim of a case, and by when. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DutyItem(String caseId, String reportReference, String dutyId, String reason, Instant dueBy,
                           boolean overdue, String officerId, String teamId, boolean enhanced) {

        public boolean isReferral() {
            return "REFERRAL".equals(reason);
        }
    }

    /** A registered victim whose needs are still to be assessed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NeedsDue(String caseId, String reportReference, Instant openedAt, String officerId, String teamId,
                           boolean enhanced) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Duty(String dutyId, String reason, Instant dueBy, boolean overdue, Instant metAt, Boolean metLate) {

        public boolean open() {
            return metAt == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(Instant contactedAt, String method, String contactedBy, int dutiesMet, int dutiesLate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Referral(String referralId, String service, Instant referredAt, boolean late, String status,
                           String reason) {
    }

    /** One victim's care: whether they have enhanced rights, their preferences, duties, contacts and referrals. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Care(String caseId, boolean registered, boolean anonymous, String ageGroup, String policeContact,
                       boolean referralConsent, String contactMethod, String language, boolean interpreterNeeded,
                       Integer routineEveryDays, boolean enhanced, List<String> grounds, int updateWorkingDays,
                       String needsOutcome, Instant needsAssessedAt, Instant firstContactAt, Instant lastContactAt,
                       List<Duty> duties, List<Contact> contacts, List<Referral> referrals) {

        public Care {
            grounds = grounds == null ? List.of() : List.copyOf(grounds);
            duties = duties == null ? List.of() : List.copyOf(duties);
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
            referrals = referrals == null ? List.of() : List.copyOf(referrals);
        }

        /** The next update the victim is owed (not a referral), the earliest due first. */
        public Optional<Duty> nextUpdate() {
            return duties.stream().filter(Duty::open).filter(duty -> !"REFERRAL".equals(duty.reason()))
                         .min(Comparator.comparing(Duty::dueBy, Comparator.nullsLast(Comparator.naturalOrder())));
        }

        public Optional<Duty> openReferralDuty() {
            return duties.stream().filter(Duty::open).filter(duty -> "REFERRAL".equals(duty.reason())).findFirst();
        }

        public List<Duty> openDuties() {
            return duties.stream().filter(Duty::open).toList();
        }

        public boolean needsAssessed() {
            return needsOutcome != null;
        }

        public Optional<Referral> referral(String referralId) {
            return referrals.stream().filter(referral -> referral.referralId().equals(referralId)).findFirst();
        }
    }

    private static final Duration READ_YOUR_CHANGE = Duration.ofSeconds(5);
    private static final long READ_YOUR_CHANGE_POLL_MILLIS = 100;

    private final ServiceClients clients;
    private final Clock clock;

    public VictimCareApi(ServiceClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public List<DutyItem> queue(Queue queue) {
        return clients.client(BackendService.VICTIM_CONTACT).get()
                      .uri(uri -> uri.path("/api/victim-care/queue").queryParam("queue", queue.name()).build())
                      .retrieve().body(DUTIES);
    }

    /** Whether the victim's care still reads as it did; an unanswered read stops the wait. */
    private boolean unchanged(String caseId, Optional<Care> before) {
        try {
            return care(caseId).equals(before);
        } catch (ServiceCallException e) {
            return false;
        }
    }

    public List<NeedsDue> needsAssessmentsDue() {
        return clients.client(BackendService.VICTIM_CONTACT).get().uri("/api/victim-care/needs-assessments-due")
                      .retrieve().body(NEEDS_DUE);
    }

    /** The victim's care, or empty when victim contact has not registered the case's victim. */
    public Optional<Care> care(String caseId) {
        try {
            return Optional.ofNullable(clients.client(BackendService.VICTIM_CONTACT).get()
                                              .uri("/api/victims/{id}", caseId).retrieve().body(Care.class));
        } catch (ServiceRefusedException refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /**
     * Records something for the victim ({@code action} is the path under the victim, such as {@code contacts}), then
     * waits a moment for the victim's care to show it, so that the page the person sees next is current.
     */
    public void record(String caseId, String action, Map<String, Object> body) {
        Optional<Care> before = care(caseId);
        clients.client(BackendService.VICTIM_CONTACT).post().uri("/api/victims/{id}/" + action, caseId)
               .contentType(MediaType.APPLICATION_JSON)
               .body(body)
               .retrieve().toBodilessEntity();
        Instant giveUp = clock.instant().plus(READ_YOUR_CHANGE);
        while (clock.instant().isBefore(giveUp) && unchanged(caseId, before)) {
            try {
                Thread.sleep(READ_YOUR_CHANGE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
