package uk.police.hcir.cases.recording;

import java.util.List;

/**
 * How a force records reports that are perceived as hate but are not crimes. The policy is chosen by
 * configuration ({@code hcir.case.nchi-policy}); each decision records which policy and version made it, so
 * switching policy changes future decisions and never rewrites past ones.
 */
public interface NchiPolicy {

    /** The policy and its version, as recorded on every decision it makes. */
    String id();

    Outcome apply(NchiAssessment assessment);

    record Outcome(RecordingDecision decision,
                   boolean personalDataOfSubjectRecorded,
                   boolean subjectToBeNotified,
                   List<String> findings) {
    }
}
