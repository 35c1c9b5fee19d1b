package uk.police.hcir.reporting.homeofficereturn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.hcir.cases.events.RecordingDecisionMade;
import uk.police.hcir.platform.testsupport.identity.TestServiceTokens;
import uk.police.hcir.reporting.support.CaseHistories;
import uk.police.hcir.reporting.support.AuditTrailRows;
import uk.police.hcir.reporting.support.ReportingIntegrationTest;

/**
 * A synthetic financial year 2024/25 whose crimes follow the national strand mix of 2023/24 (domain.md §4.3:
 * 140,561 crimes; race 98,799, religion 10,484, sexual orientation 22,839, transgender 4,780; disability was not
 * retrieved for that year and is taken at its 2020/21 share, 8.0%, as 11,300), scaled by 1/250. The strand counts
 * add up to more than the crimes, as nationally, because some crimes carry two strands. Around them: non-crime hate
 * incidents, crimes decided the year before, crimes whose flags were corrected, and a crime on each side of the
 * year's end in UK local time. The history is filed straight into the audit trail; the Kafka path into it is
 * covered by the tamper and point-in-time tests.
 */
@ReportingIntegrationTest
class HateCrimeReturnGroundTruthTest {

    private static final int SCALE = 250;
    private static final int CRIMES = 140_561 / SCALE;
    private static final Map<String, Integer> STRAND_OCCURRENCES = Map.of(
            "RACE", 98_799 / SCALE, "RELIGION", 10_484 / SCALE, "SEXUAL_ORIENTATION", 22_839 / SCALE,
            "DISABILITY", 11_300 / SCALE, "TRANSGENDER_IDENTITY", 4_780 / SCALE);
    private static final Map<String, Integer> OFFENCE_GROUP_PERCENT = new LinkedHashMap<>();

    static {
        OFFENCE_GROUP_PERCENT.put("PUBLIC_ORDER", 52);
        OFFENCE_GROUP_PERCENT.put("VIOLENCE_WITHOUT_INJURY", 17);
        OFFENCE_GROUP_PERCENT.put("STALKING_AND_HARASSMENT", 10);
        OFFENCE_GROUP_PERCENT.put("VIOLENCE_WITH_INJURY", 8);
        OFFENCE_GROUP_PERCENT.put("CRIMINAL_DAMAGE_AND_ARSON", 7);
        OFFENCE_GROUP_PERCENT.put("OTHER_NOTIFIABLE", 3);
        OFFENCE_GROUP_PERCENT.put("THEFT", 2);
        OFFENCE_GROUP_PERCENT.put("SEXUAL_OFFENCES", 1);
    }

    @Autowired
    TestRestTemplate anyone;

    /** The service called as an analyst. */
    TestRestTemplate http;

    @BeforeEach
    void actAsAnalyst() {
        http = TestServiceTokens.actingAs(anyone, "analyst-1", "ANALYST");
    }
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReturnReproducesTheKnownCountsOfASyntheticYear() {
        Random random = new Random(20240401L);
        String prefix = "hor-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> occurrences = new ArrayList<>();
        STRAND_OCCURRENCES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                          .forEach(e -> occurrences.addAll(Collections.nCopies(e.getValue(), e.getKey())));
        Collections.shuffle(occurrences, random);
        assertThat(occurrences.size()).isGreaterThan(CRIMES);

        List<List<String>> strandsOfCrime = new ArrayList<>();
        for (int i = 0; i < CRIMES; i++) {
            strandsOfCrime.add(new ArrayList<>(List.of(occurrences.get(i))));
        }
        int next = 0;
        for (String extra : occurrences.subList(CRIMES, occurrences.size())) {
            while (strandsOfCrime.get(next).contains(extra)) {
                next++;
            }
            strandsOfCrime.get(next++).add(extra);
        }

        Map<String, Map<String, Long>> expected = new HashMap<>();
        Map<String, Long> expectedOffences = new HashMap<>();
        Instant yearStart = Instant.parse("2024-03-31T23:00:00Z"); // 1 April 2024 00:00 BST
        int events = 0;
        {
            AuditTrailRows topics = new AuditTrailRows(jdbc);
            for (int i = 0; i < CRIMES; i++) {
                String caseId = prefix + "crime-" + i;
                String group = offenceGroup(random);
                List<String> strands = strandsOfCrime.get(i);
                Instant decidedAt = i == 0 ? Instant.parse("2024-03-31T23:30:00Z") // 00:30 BST on 1 April
                        : yearStart.plus(Duration.ofMinutes(random.nextInt(364 * 24 * 60)));
                boolean corrected = i % 40 == 7;
                events += publishCase(topics, caseId, decidedAt, strands, group, corrected, "CRIME");
                strands.forEach(strand -> expected.computeIfAbsent(group, g -> new HashMap<>())
                                                   .merge(strand, 1L, Long::sum));
                expectedOffences.merge(group, 1L, Long::sum);
            }
            for (int i = 0; i < 40; i++) {
                events += publishCase(topics, prefix + "nchi-" + i, yearStart.plus(Duration.ofDays(10 + i)),
                                      List.of("RACE"), null, false, "NON_CRIME_HATE_INCIDENT");
            }
            for (int i = 0; i < 20; i++) {
                events += publishCase(topics, prefix + "before-" + i, yearStart.minus(Duration.ofDays(1 + i)),
                                      List.of("RELIGION"), "PUBLIC_ORDER", false, "CRIME");
            }
            // 00:30 BST on 1 April 2025 is the next year, though still 31 March in UTC.
            events += publishCase(topics, prefix + "after", Instant.parse("2025-03-31T23:30:00Z"),
                                  List.of("DISABILITY"), "THEFT", false, "CRIME");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE case_id LIKE ?").param(prefix + "%")
                       .query(Long.class).single()).isEqualTo(events);

        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/csv");
        ResponseEntity<String> response = http.exchange("/api/returns/home-office-hate-crime?financialYear=2024-25",
                                                         HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = response.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Financial year,Offence group,Race,Religion,Sexual orientation,"
                                           + "Disability,Transgender identity,Total offences");
        List<String> strandColumns = List.copyOf(HateCrimeReturn.STRANDS.keySet());
        List<String> groups = List.copyOf(HateCrimeReturn.OFFENCE_GROUPS.keySet());
        assertThat(lines).hasSize(1 + groups.size() + 1);
        long[] totals = new long[strandColumns.size() + 1];
        for (int row = 0; row < groups.size(); row++) {
            String group = groups.get(row);
            String[] cells = lines.get(row + 1).split(",");
            assertThat(cells[0]).isEqualTo("2024/25");
            assertThat(cells[1]).isEqualTo(HateCrimeReturn.OFFENCE_GROUPS.get(group));
            for (int s = 0; s < strandColumns.size(); s++) {
                long want = expected.getOrDefault(group, Map.of()).getOrDefault(strandColumns.get(s), 0L);
                assertThat(Long.parseLong(cells[2 + s])).as("%s, %s", group, strandColumns.get(s)).isEqualTo(want);
                totals[s] += want;
            }
            long wantOffences = expectedOffences.getOrDefault(group, 0L);
            assertThat(Long.parseLong(cells[2 + strandColumns.size()])).as("%s offences", group)
                                                                        .isEqualTo(wantOffences);
            totals[strandColumns.size()] += wantOffences;
        }
        String[] total = lines.get(lines.size() - 1).split(",");
        assertThat(total[1]).isEqualTo("Total");
        for (int s = 0; s < totals.length; s++) {
            assertThat(Long.parseLong(total[2 + s])).isEqualTo(totals[s]);
        }
        assertThat(totals[strandColumns.size()]).isEqualTo(CRIMES);
        for (int s = 0; s < strandColumns.size(); s++) {
            assertThat(totals[s]).isEqualTo(STRAND_OCCURRENCES.get(strandColumns.get(s)).longValue());
        }
    }

    @Test
    void aFinancialYearThatIsNotOneIsAProblem() {
        ResponseEntity<Map> response = http.getForEntity("/api/returns/home-office-hate-crime?financialYear=2024-27",
                                                         Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("type")).isEqualTo("https://hcir.police.uk/problems/invalid-request");
    }

    private static int publishCase(AuditTrailRows topics, String caseId, Instant decidedAt, List<String> strands,
                                   String group, boolean corrected, String decision) {
        topics.file(caseId, CaseHistories.opened(caseId, decidedAt.minus(Duration.ofHours(2)), "ONLINE"),
                            decidedAt.minus(Duration.ofHours(2)));
        int events = 2;
        if (corrected) {
            List<String> wrong = strands.contains("RACE") ? List.of("RELIGION") : List.of("RACE");
            topics.file(caseId, CaseHistories.flags(caseId, wrong), decidedAt.minus(Duration.ofHours(1)));
            topics.file(caseId, CaseHistories.flagsCorrected(caseId, wrong, strands, "Victim clarified"),
                                decidedAt.minus(Duration.ofMinutes(30)));
            events += 2;
        } else {
            topics.file(caseId, CaseHistories.flags(caseId, strands), decidedAt.minus(Duration.ofHours(1)));
            events++;
        }
        topics.file(caseId, "CRIME".equals(decision) ? CaseHistories.crime(caseId, group)
                : new RecordingDecisionMade(caseId, decision, null, null, null, "No offence disclosed",
                                            "NCHI-2023 v1", false, false, List.of(), false), decidedAt);
        return events;
    }

    private static String offenceGroup(Random random) {
        int roll = random.nextInt(100);
        for (var entry : OFFENCE_GROUP_PERCENT.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        return "OTHER_NOTIFIABLE";
    }
}
