package uk.police.hcir.reporting.pointintime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The live state folds events as they arrive, point-in-time views fold them by when they occurred: both must give the
 * same state however one service's events interleave with another's (docs/adr/0013).
 */
class CaseStateFoldOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    record Event(String source, String type, Instant at, JsonNode data) {
    }

    @Test
    void anyInterleavingOfTheServicesStreamsGivesTheStateOfTheEventTimeOrder() throws Exception {
        List<Event> intake = List.of(
                event("intake", "uk.police.hcir.intake.report-received", 0, """
                        {"channel":"ONLINE","receivedAt":"2026-03-02T10:00:00Z","perception":{"asked":"ASKED"}}"""));
        List<Event> cases = List.of(
                event("case", "uk.police.hcir.case.case-opened", 1, """
                        {"channel":"CONTROL_ROOM","reportedAt":"2026-03-02T09:59:00Z","victimSubjectId":"v-1"}"""),
                event("case", "uk.police.hcir.case.hate-flags-applied", 2, """
                        {"strands":["RACE"],"online":false}"""),
                event("case", "uk.police.hcir.case.case-allocated", 3, """
                        {"teamId":"team-north"}"""),
                event("case", "uk.police.hcir.case.hate-flags-corrected", 6, """
                        {"strands":["RELIGION"],"online":true}"""),
                event("case", "uk.police.hcir.case.repeat-victim-identified", 7, "{}"));
        List<Event> victimContact = List.of(
                event("vc", "uk.police.hcir.victim-contact.victim-registered", 2, """
                        {"victimSubjectId":"v-1"}"""),
                event("vc", "uk.police.hcir.victim-contact.update-became-overdue", 4, """
                        {"dutyId":"d1","reason":"ROUTINE"}"""),
                event("vc", "uk.police.hcir.victim-contact.update-became-overdue", 5, """
                        {"dutyId":"d2","reason":"REFERRAL"}"""),
                event("vc", "uk.police.hcir.victim-contact.victim-updated", 8, """
                        {"contactedAt":"2026-03-02T10:08:00Z","dutiesMet":["d1","d3"],"late":["d1"]}"""),
                event("vc", "uk.police.hcir.victim-contact.victim-referred", 9, """
                        {"late":true}"""));
        List<Event> byEventTime = new ArrayList<>();
        byEventTime.addAll(intake);
        byEventTime.addAll(cases);
        byEventTime.addAll(victimContact);
        byEventTime.sort((a, b) -> a.at().compareTo(b.at()));
        CaseState expected = fold(byEventTime);

        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            CaseState arrived = fold(interleave(random, List.of(intake, cases, victimContact)));
            assertThat(arrived).isEqualTo(expected);
        }
        assertThat(expected.channel()).isEqualTo("CONTROL_ROOM");
        assertThat(expected.perceptionAsked()).isEqualTo("ASKED");
        assertThat(expected.flaggedStrands()).containsExactly("RELIGION");
        assertThat(expected.teamId()).isEqualTo("team-north");
        assertThat(expected.repeatVictim()).isTrue();
        assertThat(expected.updatesOnTime()).isEqualTo(1);
        assertThat(expected.updatesLate()).isEqualTo(1);
        assertThat(expected.overdueDuties()).isEmpty();
        assertThat(expected.overdueVictimUpdates()).isZero();
        assertThat(expected.referralsLate()).isEqualTo(1);
        assertThat(expected.overdueReferralDuties()).isEmpty();
        assertThat(expected.lastEventAt()).isEqualTo(T.plusSeconds(9 * 60));
    }

    @Test
    void aDutyOverdueAndNotYetMetIsCountedUntilContactMeetsIt() throws Exception {
        CaseState overdue = fold(List.of(
                event("vc", "uk.police.hcir.victim-contact.update-became-overdue", 1, """
                        {"dutyId":"d1","reason":"CHARGE"}"""),
                event("vc", "uk.police.hcir.victim-contact.update-became-overdue", 2, """
                        {"dutyId":"d1","reason":"CHARGE"}""")));
        assertThat(overdue.overdueDuties()).containsExactly("d1");
        assertThat(overdue.overdueVictimUpdates()).isEqualTo(1);
    }

    private static List<Event> interleave(Random random, List<List<Event>> streams) {
        List<Event> arrived = new ArrayList<>();
        int[] next = new int[streams.size()];
        while (arrived.size() < streams.stream().mapToInt(List::size).sum()) {
            int s = random.nextInt(streams.size());
            if (next[s] < streams.get(s).size()) {
                arrived.add(streams.get(s).get(next[s]++));
            }
        }
        return arrived;
    }

    private static CaseState fold(List<Event> events) {
        CaseState state = CaseState.empty("case-1");
        for (Event event : events) {
            state = CaseStateFold.apply(state, event.type(), event.at(), event.data());
        }
        return state;
    }

    private static Event event(String source, String type, int minutes, String data) throws Exception {
        return new Event(source, type, T.plusSeconds(minutes * 60L), JSON.readTree(data));
    }
}
