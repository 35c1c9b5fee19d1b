package uk.police.hcir.intake.partner;

/** A third-party reporting centre allowed to report on victims' behalf, such as a Stop Hate in Norfolk partner. */
public record PartnerCentre(String centreId, String name) {
}
