package uk.police.hcir.intake.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reporting centres and their credentials: one credential per centre, kept only as its hash. */
@Component
public class PartnerCentres {

    private final JdbcClient jdbc;
    private final PartnerCentreProperties properties;

    PartnerCentres(JdbcClient jdbc, PartnerCentreProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerConfiguredCentres() {
        for (PartnerCentreProperties.Centre centre : properties.partnerCentres()) {
            jdbc.sql("""
                     INSERT INTO partner_centre (centre_id, name, key_sha256) VALUES (?, ?, ?)
                     ON CONFLICT (centre_id) DO UPDATE SET name = EXCLUDED.name, key_sha256 = EXCLUDED.key_sha256""")
                .params(centre.id(), centre.name(), centre.keySha256().toLowerCase(java.util.Locale.ROOT))
                .update();
        }
    }

    /** The active centre a credential belongs to. */
    public Optional<PartnerCentre> authenticate(String credential) {
        if (credential == null || credential.length() < 24 || credential.length() > 256) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT centre_id, name FROM partner_centre WHERE key_sha256 = ? AND active")
                   .param(sha256(credential))
                   .query((rs, row) -> new PartnerCentre(rs.getString("centre_id"), rs.getString("name")))
                   .optional();
    }

    public static String sha256(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                         .digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
