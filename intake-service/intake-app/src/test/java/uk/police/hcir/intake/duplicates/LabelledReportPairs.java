package uk.police.hcir.intake.duplicates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A labelled synthetic set of report pairs, with the hard cases a force meets: the same incident reported by the
 * victim online and by a reporting centre, with different recollections of time, place and words, sometimes with
 * the victim anonymous in one; and, as negatives, repeat victimisation (the same victim and place on another day),
 * two victims of separate incidents at the same time and place, and the same common slur in unrelated incidents.
 */
final class LabelledReportPairs {

    record LabelledPair(String kind, ReportFacts first, ReportFacts second, boolean duplicate) {
    }

    private static final List<String> AREAS = List.of("Norwich City Centre", "Lakenham", "Thorpe Hamlet",
                                                      "King's Lynn", "Great Yarmouth", "Thetford", "Dereham",
                                                      "Cromer");
    private static final List<String> STRANDS = List.of("RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY",
                                                        "TRANSGENDER_IDENTITY");
    private static final List<String> COMMON_SLURS = List.of("slur-a", "slur-b", "go", "back", "home", "country");
    private static final List<String> VOCABULARY = vocabulary();

    private final Random random;

    LabelledReportPairs(long seed) {
        this.random = new Random(seed);
    }

    List<LabelledPair> generate() {
        List<LabelledPair> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pairs.add(sameIncidentSameVictim());
        }
        for (int i = 0; i < 35; i++) {
            pairs.add(sameIncidentVictimAnonymousInOne());
        }
        for (int i = 0; i < 25; i++) {
            pairs.add(sameIncidentVagueSecondReport());
        }
        for (int i = 0; i < 30; i++) {
            pairs.add(repeatVictimisationOnAnotherDay());
        }
        for (int i = 0; i < 20; i++) {
            pairs.add(twoVictimsSameTimeAndPlace());
        }
        for (int i = 0; i < 20; i++) {
            pairs.add(sameSlurUnrelatedIncident());
        }
        for (int i = 0; i < 40; i++) {
            pairs.add(unrelated());
        }
        return pairs;
    }

    private LabelledPair sameIncidentSameVictim() {
        ReportFacts first = incident(victim(), false, now(), location(), area(), words(12), strands());
        ReportFacts second = retelling(first, first.victimSubjectId(), false, 0.55, true);
        return new LabelledPair("same incident, same victim, another channel", first, second, true);
    }

    private LabelledPair sameIncidentVictimAnonymousInOne() {
        ReportFacts first = incident(victim(), false, now(), location(), area(), words(12), strands());
        ReportFacts second = retelling(first, victim(), true, 0.5, true);
        return new LabelledPair("same incident, victim anonymous online", first, second, true);
    }

    private LabelledPair sameIncidentVagueSecondReport() {
        ReportFacts first = incident(victim(), false, now(), location(), area(), words(12), strands());
        ReportFacts second = retelling(first, first.victimSubjectId(), random.nextBoolean(), 0.35, false);
        return new LabelledPair("same incident, second report vague about the place", first, second, true);
    }

    private LabelledPair repeatVictimisationOnAnotherDay() {
        ReportFacts first = incident(victim(), false, now(), location(), area(), words(10), strands());
        Instant later = first.occurredFrom().plus(Duration.ofHours(30 + random.nextInt(24 * 40)));
        Set<String> words = mix(first.wordKeys(), 0.5, 6);
        ReportFacts second = incident(first.victimSubjectId(), false, later, first.locationMatchKey(),
                                      first.locationArea(), words, first.strands());
        return new LabelledPair("repeat victimisation: same victim and place, another day", first, second, false);
    }

    private LabelledPair twoVictimsSameTimeAndPlace() {
        ReportFacts first = incident(victim(), false, now(), location(), area(), words(10), strands());
        ReportFacts second = incident(victim(), false, jitter(first.occurredFrom(), 40),
                                      random.nextBoolean() ? first.locationMatchKey() : location(),
                                      first.locationArea(), mix(first.wordKeys(), 0.3, 8), strands());
        return new LabelledPair("two victims at the same time and place", first, second, false);
    }

    private LabelledPair sameSlurUnrelatedIncident() {
        Set<String> slurs = new HashSet<>(COMMON_SLURS.subList(0, 2 + random.nextInt(4)));
        Set<String> firstWords = new HashSet<>(slurs);
        firstWords.addAll(words(5));
        Set<String> secondWords = new HashSet<>(slurs);
        secondWords.addAll(words(5));
        ReportFacts first = incident(maybeVictim(), false, now(), location(), area(), firstWords, strands());
        Instant when = first.occurredFrom().plus(Duration.ofHours(random.nextBoolean() ? 2 : 26 + random.nextInt(200)));
        ReportFacts second = incident(maybeVictim(), false, when, location(), area(), secondWords, first.strands());
        return new LabelledPair("the same common slur in unrelated incidents", first, second, false);
    }

    private LabelledPair unrelated() {
        ReportFacts first = incident(maybeVictim(), random.nextBoolean(), now(), location(), area(), words(10),
                                     strands());
        ReportFacts second = incident(maybeVictim(), random.nextBoolean(),
                                      first.occurredFrom().plus(Duration.ofHours(random.nextInt(24 * 14))),
                                      location(), area(), words(10), strands());
        return new LabelledPair("unrelated", first, second, false);
    }

    /** The same incident told again by someone else: the time remembered differently, other words, a place. */
    private ReportFacts retelling(ReportFacts first, String victim, boolean anonymous, double sharedWords,
                                  boolean samePlace) {
        Instant when = jitter(first.occurredFrom(), 120);
        return incident(victim, anonymous, when, samePlace ? first.locationMatchKey() : location(),
                        samePlace || random.nextInt(5) > 0 ? first.locationArea() : area(),
                        mix(first.wordKeys(), sharedWords, 5), first.strands());
    }

    private ReportFacts incident(String victim, boolean anonymous, Instant from, String location, String area,
                                 Set<String> words, Set<String> strands) {
        Instant to = from.plus(Duration.ofMinutes(random.nextInt(4) * 15L));
        return new ReportFacts(UUID.randomUUID().toString(), from, to, victim, anonymous, location, area, words,
                               strands);
    }

    private Set<String> mix(Set<String> original, double keep, int added) {
        List<String> words = new ArrayList<>(original);
        Set<String> mixed = new HashSet<>();
        for (String word : words) {
            if (random.nextDouble() < keep) {
                mixed.add(word);
            }
        }
        mixed.addAll(words(added));
        return mixed;
    }

    private Set<String> words(int count) {
        Set<String> words = new HashSet<>();
        while (words.size() < count) {
            words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return words;
    }

    private Set<String> strands() {
        Set<String> strands = new HashSet<>();
        strands.add(STRANDS.get(random.nextInt(STRANDS.size())));
        if (random.nextInt(5) == 0) {
            strands.add(STRANDS.get(random.nextInt(STRANDS.size())));
        }
        return strands;
    }

    private Instant now() {
        return Instant.parse("2026-06-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(60 * 24 * 150)));
    }

    private Instant jitter(Instant instant, int maxMinutes) {
        return instant.plus(Duration.ofMinutes(random.nextInt(2 * maxMinutes + 1) - maxMinutes));
    }

    private String victim() {
        return "victim-" + random.nextInt(1_000_000);
    }

    private String maybeVictim() {
        return random.nextInt(3) == 0 ? null : victim();
    }

    private String location() {
        return "location-" + random.nextInt(1_000_000);
    }

    private String area() {
        return AREAS.get(random.nextInt(AREAS.size()));
    }

    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            words.add("word-" + i);
        }
        return words;
    }
}
