package uk.police.hcir.systemtests.benchmark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.police.hcir.intake.support.SampleReports;
import uk.police.hcir.systemtests.support.StackIdentity;

/**
 * Synthetic reports with the mix of domain.md §4 and §5: strands in the proportions of police-recorded hate crime
 * (race about 70%, sexual orientation 16%, disability 8%, religion 6.5%, transgender 3%), about 5% of reports with
 * more than one strand, the four intake channels, and repeat victims (a victim who reported before in the run). The
 * channel split is an assumption (no source gives one): 999/101 calls most, then the online form, officers and
 * third-party centres. The same seed gives the same workload.
 */
public final class Workload {

    /** Police-recorded hate crimes a year (domain.md §4.3 and §4.5). */
    public static final int NATIONAL_REPORTS_A_YEAR = 140_000;
    public static final int NORFOLK_REPORTS_A_YEAR = 1_500;

    static final String PARTNER_CREDENTIAL = "local-demo-shin-norwich-library-credential";

    static final List<Weighted<String>> STRANDS = List.of(
            new Weighted<>("RACE", 70.0), new Weighted<>("SEXUAL_ORIENTATION", 16.0),
            new Weighted<>("DISABILITY", 8.0), new Weighted<>("RELIGION", 6.5),
            new Weighted<>("TRANSGENDER_IDENTITY", 3.0));
    static final double MULTI_STRAND = 0.05;
    static final double REPEAT_VICTIM = 0.12;
    static final double ONLINE_ELEMENT = 0.15;

    public enum Channel {
        CONTROL_ROOM("/api/control-room/reports", 0.55),
        ONLINE("/api/online/reports", 0.25),
        OFFICER("/api/officer/reports", 0.12),
        THIRD_PARTY("/api/partner/reports", 0.08);

        final String path;
        final double share;

        Channel(String path, double share) {
            this.path = path;
            this.share = share;
        }
    }

    /** One report as a client sends it. */
    public record Report(int sequence, Channel channel, String path, Map<String, String> headers, String json,
                         List<String> strands, boolean repeatVictim) {
    }

    record Weighted<T>(T value, double weight) {
    }

    private final SplittableRandom random;
    private final List<Integer> victimsSeen = new ArrayList<>();
    private final long spanMinutes;
    private int sequence;

    /** A workload whose incidents are spread over the past day. */
    public Workload(long seed) {
        this(seed, 1, 1);
    }

    /**
     * A workload of so many reports at the given yearly volume: their incidents are spread over the period that
     * volume takes to produce them (a year of Norfolk's reports over a year; as many at national volume over four
     * days), so that as many fall inside intake's duplicate-screening window as would in life.
     */
    public Workload(long seed, int reportsPerYear, int reports) {
        this.random = new SplittableRandom(seed);
        this.spanMinutes = Math.max(24 * 60, (long) reports * 365 * 24 * 60 / Math.max(1, reportsPerYear));
    }

    public synchronized Report next() {
        int n = ++sequence;
        Channel channel = channel();
        List<String> strands = strands();
        boolean repeat = channel != Channel.ONLINE && !victimsSeen.isEmpty() && random.nextDouble() < REPEAT_VICTIM;
        int victim = repeat ? victimsSeen.get(random.nextInt(victimsSeen.size())) : n;
        if (!repeat && channel != Channel.ONLINE) {
            victimsSeen.add(victim);
        }
        Map<String, Object> report = switch (channel) {
            case CONTROL_ROOM -> SampleReports.controlRoom();
            case ONLINE -> SampleReports.online();
            case OFFICER -> SampleReports.officer();
            case THIRD_PARTY -> SampleReports.partner("SHIN-" + n);
        };
        Map<String, Object> perception = SampleReports.part(report, "perception");
        perception.put("strands", new ArrayList<>(strands));
        perception.put("ownWords", "Report " + n + ": targeted because of " + String.join(" and ", strands).toLowerCase());
        Map<String, Object> incident = SampleReports.part(report, "incident");
        Instant occurred = Instant.now().minus(60 + random.nextLong(spanMinutes), ChronoUnit.MINUTES)
                                  .truncatedTo(ChronoUnit.MINUTES);
        incident.put("occurredFrom", occurred.toString());
        incident.put("occurredTo", occurred.plus(10 + random.nextInt(50), ChronoUnit.MINUTES).toString());
        String place = PLACES[random.nextInt(PLACES.length)];
        incident.put("location", (n % 400 + 1) + " " + STREETS[random.nextInt(STREETS.length)] + ", " + place);
        incident.put("area", place);
        incident.put("wordsUsed", WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : " (" + n + ")"));
        incident.put("whatHappened", "Report " + n + ": " + ACCOUNTS[random.nextInt(ACCOUNTS.length)]);
        incident.put("onlineElement", random.nextDouble() < ONLINE_ELEMENT);
        Map<String, Object> person = SampleReports.part(report, "victim");
        if (person.containsKey("name")) {
            person.put("name", "Synthetic Victim " + victim);
            person.put("phone", String.format("07700 %06d", victim % 1_000_000));
            person.put("email", "victim" + victim + "@example.org");
            person.put("address", victim + " Synthetic Road, Norwich NR" + (victim % 9 + 1) + " 1AA");
            person.put("vulnerable", strands.contains("DISABILITY") || random.nextDouble() < 0.1);
        }
        Map<String, String> headers = switch (channel) {
            case CONTROL_ROOM -> StackIdentity.actingAs("ch-" + (1000 + n % 40), "CALL_HANDLER");
            case OFFICER -> StackIdentity.actingAs("pc-" + (2000 + n % 200), "OFFICER");
            case THIRD_PARTY -> Map.of("Authorization", "Bearer " + PARTNER_CREDENTIAL);
            case ONLINE -> Map.of();
        };
        return new Report(n, channel, channel.path, headers, SampleReports.json(report), strands, repeat);
    }

    /** A strand set: one strand by the national mix, sometimes a second one. */
    public List<String> strands() {
        List<String> strands = new ArrayList<>(List.of(pick(STRANDS)));
        if (random.nextDouble() < MULTI_STRAND) {
            String second = pick(STRANDS);
            while (strands.contains(second)) {
                second = pick(STRANDS);
            }
            strands.add(second);
        }
        return strands;
    }

    private Channel channel() {
        double roll = random.nextDouble();
        for (Channel channel : Channel.values()) {
            roll -= channel.share;
            if (roll < 0) {
                return channel;
            }
        }
        return Channel.CONTROL_ROOM;
    }

    <T> T pick(List<Weighted<T>> choices) {
        double total = choices.stream().mapToDouble(Weighted::weight).sum();
        double roll = random.nextDouble() * total;
        for (Weighted<T> choice : choices) {
            roll -= choice.weight();
            if (roll < 0) {
                return choice.value();
            }
        }
        return choices.get(choices.size() - 1).value();
    }

    SplittableRandom random() {
        return random;
    }

    private static final String[] STREETS = {"Prince of Wales Road", "Magdalen Street", "Dereham Road",
            "Earlham Road", "King Street", "Unthank Road", "Plumstead Road", "Sprowston Road"};

    private static final String[] PLACES = {"Norwich", "Great Yarmouth", "King's Lynn", "Thetford", "Dereham",
            "Wymondham", "Cromer", "Diss", "Swaffham", "Fakenham", "North Walsham", "Attleborough", "Downham Market",
            "Sheringham", "Hunstanton", "Aylsham", "Watton", "Holt", "Wells-next-the-Sea", "Loddon"};

    private static final String[] WORDS = {"Go back to where you came from", "We don't want your sort here",
            "You people should be locked up", "Freak", "Nobody wants you in this street",
            "Take that thing off your head", "You don't belong here", "Get out of our town",
            "Cripple", "Disgusting", "We know where you live", "Your kind aren't welcome"};

    private static final String[] ACCOUNTS = {
            "abuse shouted at the victim in the street by two men",
            "a neighbour left threatening notes through the door and damaged the car",
            "the victim was pushed and spat at on a bus",
            "offensive graffiti sprayed on the victim's front door",
            "repeated abusive messages sent on social media",
            "a group followed the victim home shouting slurs",
            "the victim's shop window was broken and a slur written on it"};
}
