package uk.police.hcir.portal.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * Case-service refused a change because the case had changed since the person looked at it: the version it is at
 * now, and each change since, by whom and when.
 */
public record CaseChanged(long currentVersion, List<Change> changes) {

    static final String PROBLEM_CODE = "case-changed";

    public record Change(String event, String by, String role, Instant at) {
    }

    public CaseChanged {
        changes = List.copyOf(changes);
    }

    /** The stale-version conflict in a refusal, if that is what it is. */
    public static Optional<CaseChanged> in(ServiceRefusedException refusal) {
        if (refusal.status() != 409) {
            return Optional.empty();
        }
        return refusal.problem().filter(CaseChanged::isStale).map(CaseChanged::from);
    }

    private static boolean isStale(ProblemDetail problem) {
        return problem.getType() != null && problem.getType().toString().endsWith("/" + PROBLEM_CODE);
    }

    private static CaseChanged from(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        long version = properties.get("currentVersion") instanceof Number number ? number.longValue() : -1;
        List<Change> changes = new ArrayList<>();
        if (properties.get("changes") instanceof List<?> listed) {
            for (Object item : listed) {
                if (item instanceof Map<?, ?> change) {
                    changes.add(new Change(text(change.get("event")), text(change.get("by")), text(change.get("role")),
                                           instant(change.get("at"))));
                }
            }
        }
        return new CaseChanged(version, changes);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
