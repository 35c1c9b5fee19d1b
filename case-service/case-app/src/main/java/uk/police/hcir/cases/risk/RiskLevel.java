package uk.police.hcir.cases.risk;

/** The levels of the hate crime risk assessment, lowest first. */
public enum RiskLevel {
    STANDARD, MEDIUM, HIGH;

    public boolean isBelow(RiskLevel other) {
        return ordinal() < other.ordinal();
    }
}
