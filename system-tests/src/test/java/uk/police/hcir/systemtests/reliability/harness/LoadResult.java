package uk.police.hcir.systemtests.reliability.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every report a load sent, and what became of each. */
public record LoadResult(LoadProfile profile, List<Submission> submissions) {

    public LoadResult {
        submissions = submissions.stream().sorted(Comparator.comparingInt(Submission::sequence)).toList();
    }

    public List<Submission> accepted() {
        return submissions.stream().filter(Submission::accepted).toList();
    }

    public Set<String> acceptedReportIds() {
        return submissions.stream().filter(Submission::accepted).map(Submission::reportId)
                          .collect(Collectors.toUnmodifiableSet());
    }

    public long count(Submission.Outcome outcome) {
        return submissions.stream().filter(s -> s.outcome() == outcome).count();
    }

    /** Submissions sent in the window, for what a scenario says about the time its fault was held. */
    public List<Submission> sentBetween(Instant from, Instant to) {
        return submissions.stream().filter(s -> !s.sentAt().isBefore(from) && s.sentAt().isBefore(to)).toList();
    }

    public Duration slowest() {
        return submissions.stream().map(Submission::latency).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** How many of each kind of failure, such as {@code 500} or {@code HttpConnectTimeoutException}. */
    public Map<String, Long> failures() {
        return submissions.stream().filter(s -> !s.accepted())
                          .collect(Collectors.groupingBy(s -> s.status() != 0 ? Integer.toString(s.status())
                                                                                : s.detail(),
                                                         TreeMap::new, Collectors.counting()));
    }

    /** The submissions that were answered with a success status but no report, which no client can act on. */
    public List<Submission> successWithoutReport() {
        return submissions.stream().filter(s -> !s.accepted() && s.status() / 100 == 2).toList();
    }

    public String summary() {
        return String.format("%d sent (%s), %d accepted, %d refused, %d timed out, %d not delivered%s; slowest %d ms",
                             submissions.size(), profile, count(Submission.Outcome.ACCEPTED),
                             count(Submission.Outcome.REFUSED), count(Submission.Outcome.TIMED_OUT),
                             count(Submission.Outcome.NOT_DELIVERED),
                             failures().isEmpty() ? "" : " " + failures(), slowest().toMillis());
    }
}
