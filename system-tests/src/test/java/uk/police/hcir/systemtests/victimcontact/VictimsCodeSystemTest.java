package uk.police.hcir.systemtests.victimcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.police.hcir.deploy.local.HcirService;
import uk.police.hcir.deploy.local.LocalStack;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.HttpJson;
import uk.police.hcir.systemtests.support.RunningStack;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * The Victims' Code kept, or not, through the real services: a hate crime reported to the control room gives its
 * victim enhanced rights and a referral; an arrest starts a one-working-day deadline; with no contact recorded the
 * update becomes overdue, lands in the victim care queue and in the audit trail.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class VictimsCodeSystemTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void aHateCrimeVictimGetsEnhancedRightsAReferralAndAnOverdueUpdateWhenNoOneCallsAfterAnArrest() {
        LocalStack stack = RunningStack.get();
        URI intake = stack.service(HcirService.INTAKE).baseUri();
        URI cases = stack.service(HcirService.CASE).baseUri();
        URI victims = stack.service(HcirService.VICTIM_CONTACT).baseUri();
        Map<String, String> callHandler = StackIdentity.actingAs("ch-1001", "CALL_HANDLER", "X-Correlation-Id", UUID.randomUUID().toString());

        String caseId = HttpJson.post(intake.resolve("/api/control-room/reports"),
                                      SampleReports.json(SampleReports.controlRoom()), callHandler)
                                .body().get("reportId").asText();
        URI care = victims.resolve("/api/victims/" + caseId);
        JsonNode registered = await().atMost(Duration.ofSeconds(60)).until(
                () -> HttpJson.get(care, victimCare()).body(),
                body -> body != null && body.has("registered") && body.get("registered").asBoolean()
                        && body.get("enhanced").asBoolean());
        assertThat(registered.get("grounds").toString()).contains("HATE_CRIME");
        assertThat(registered.get("updateWorkingDays").asInt()).isEqualTo(1);
        assertThat(registered.get("duties").toString()).contains("REFERRAL");

        HttpJson.Response referral = HttpJson.post(URI.create(care + "/referrals"),
                                                   SampleReports.json(Map.of("service", "VICTIM_SUPPORT",
                                                                             "consentGiven", true)), victimCare());
        assertThat(referral.status()).as("%s", referral.body()).isEqualTo(204);

        // An arrest nine days ago that no one has told the victim about.
        Instant arrested = Instant.now().minus(Duration.ofDays(9));
        URI caseUri = cases.resolve("/api/cases/" + caseId);
        long version = await().atMost(Duration.ofSeconds(30)).until(
                () -> HttpJson.get(caseUri, officer()), r -> r.status() == 200).body().get("version").asLong();
        HttpJson.Response milestone = HttpJson.post(URI.create(caseUri + "/milestones"), SampleReports.json(Map.of(
                "expectedVersion", version, "milestone", "ARREST", "reachedAt", arrested.toString())), officer());
        assertThat(milestone.status()).as("%s", milestone.body()).isEqualTo(204);

        JsonNode arrest = await().atMost(Duration.ofSeconds(90)).until(
                () -> duty(HttpJson.get(care, victimCare()).body(), "ARREST"),
                duty -> duty != null && duty.get("overdue").asBoolean());
        Instant dueBy = Instant.parse(arrest.get("dueBy").asText());
        ZonedDateTime due = dueBy.atZone(UK);
        assertThat(due.toLocalTime()).as("due at the end of a UK day").isEqualTo(LocalTime.MIDNIGHT);
        LocalDate lastDay = due.toLocalDate().minusDays(1);
        LocalDate arrestDay = arrested.atZone(UK).toLocalDate();
        assertThat(lastDay).isAfter(arrestDay);
        assertThat(lastDay.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (LocalDate day = arrestDay.plusDays(1); day.isBefore(lastDay); day = day.plusDays(1)) {
            assertThat(day.getDayOfWeek()).as("%s lies between the arrest and the one working day's end", day)
                                          .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }

        JsonNode queue = HttpJson.get(victims.resolve("/api/victim-care/queue?queue=OVERDUE"), victimCare()).body();
        assertThat(StreamSupport.stream(queue.spliterator(), false)
                                .filter(item -> item.get("caseId").asText().equals(caseId))
                                .map(item -> item.get("reason").asText())).contains("ARREST");
        JsonNode compliance = HttpJson.get(URI.create(care + "/compliance"), victimCare()).body();
        assertThat(compliance.get("overdueOpen").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(compliance.get("referralOnTime").asBoolean()).isTrue();

        URI trail = stack.service(HcirService.REPORTING).baseUri().resolve("/api/cases/" + caseId + "/audit-trail");
        await().atMost(Duration.ofSeconds(60)).until(
                () -> HttpJson.get(trail, StackIdentity.actingAs("auditor-1", "AUDITOR")).body(),
                body -> body != null && body.get("entries") != null && StreamSupport
                        .stream(body.get("entries").spliterator(), false)
                        .map(entry -> entry.get("eventType").asText())
                        .toList().containsAll(List.of("uk.police.hcir.victim-contact.victim-referred",
                                                                "uk.police.hcir.victim-contact.update-became-overdue")));
    }

    private static JsonNode duty(JsonNode care, String reason) {
        if (care == null || care.get("duties") == null) {
            return null;
        }
        for (JsonNode duty : care.get("duties")) {
            if (duty.get("reason").asText().equals(reason)) {
                return duty;
            }
        }
        return null;
    }

    private static Map<String, String> officer() {
        return StackIdentity.actingAs("pc-2002", "OFFICER");
    }

    private static Map<String, String> victimCare() {
        return StackIdentity.actingAs("vc-4004", "VICTIM_CARE");
    }
}
