package uk.police.hcir.intake.partner;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reporting centres that may use the partner API, each with the SHA-256 of its own credential. Credentials
 * themselves are issued to the centres and never configured or stored.
 */
@ConfigurationProperties("hcir.intake")
public record PartnerCentreProperties(List<Centre> partnerCentres) {

    public record Centre(String id, String name, String keySha256) {
    }

    public PartnerCentreProperties {
        partnerCentres = partnerCentres == null ? List.of() : List.copyOf(partnerCentres);
    }
}
