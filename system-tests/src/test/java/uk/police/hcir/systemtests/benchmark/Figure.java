package uk.police.hcir.systemtests.benchmark;

/**
 * One measured figure beside its baseline, measured in the same run on the same machine, and its target.
 *
 * @param key            stable name in results.json
 * @param label          what was measured
 * @param unit           the unit of measured, baseline and target
 * @param measured       HCIR's figure
 * @param baseline       the baseline's figure
 * @param baselineLabel  what the baseline is
 * @param target         the figure aimed for
 * @param higherIsBetter whether the target is a floor (true) or a ceiling (false)
 */
public record Figure(String key, String label, String unit, double measured, double baseline, String baselineLabel,
                     double target, boolean higherIsBetter) {

    /** Measured over baseline. */
    public double ratio() {
        return baseline == 0 ? Double.NaN : measured / baseline;
    }

    public boolean met() {
        return higherIsBetter ? measured >= target : measured < target;
    }

    public boolean complete() {
        return Double.isFinite(measured) && Double.isFinite(baseline) && baseline > 0 && measured >= 0
               && Double.isFinite(target) && baselineLabel != null && !baselineLabel.isBlank();
    }
}
