package uk.police.hcir.intake.report.command;

/** A command the report's history does not allow, with a stable code for the API to return. */
public class ReportRefused extends RuntimeException {

    public enum Reason {
        NOT_A_CANDIDATE("not-a-duplicate-candidate"),
        ALREADY_DECIDED("duplicate-already-decided"),
        ALREADY_LINKED("report-already-linked"),
        ALREADY_WITHDRAWN("report-already-withdrawn"),
        REASON_REQUIRED("reason-required");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public ReportRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
