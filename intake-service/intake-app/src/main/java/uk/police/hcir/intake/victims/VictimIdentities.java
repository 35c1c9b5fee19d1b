package uk.police.hcir.intake.victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.personaldata.MatchKeys;
import uk.police.hcir.platform.personaldata.PersonalData;
import uk.police.hcir.platform.personaldata.SubjectKind;

/**
 * Recognises a victim who has been reported before, by keyed hashes of their name with date of birth, their
 * telephone number or their email, so that a victim in several cases is one data subject. No identifying detail
 * is kept in clear: only the hashes and the subject id.
 */
@Component
public class VictimIdentities {

    private final JdbcClient jdbc;
    private final MatchKeys matchKeys;
    private final PersonalData personalData;

    VictimIdentities(JdbcClient jdbc, MatchKeys matchKeys, PersonalData personalData) {
        this.jdbc = jdbc;
        this.matchKeys = matchKeys;
        this.personalData = personalData;
    }

    /** The subject id of this victim: the one already known for any of these details, or a new one. */
    public String resolve(String name, LocalDate dateOfBirth, String phone, String email) {
        List<String> keys = keysOf(name, dateOfBirth, phone, email);
        Optional<String> known = keys.isEmpty()
                ? Optional.empty()
                : jdbc.sql("SELECT subject_id FROM victim_identity WHERE match_key IN (:keys) ORDER BY subject_id")
                      .param("keys", keys)
                      .query(String.class)
                      .stream()
                      .filter(subject -> !personalData.isErased(subject))
                      .findFirst();
        String subjectId = known.orElseGet(() -> personalData.newSubject(SubjectKind.VICTIM));
        for (String key : keys) {
            jdbc.sql("""
                     INSERT INTO victim_identity (match_key, subject_id) VALUES (?, ?)
                     ON CONFLICT (match_key) DO UPDATE SET subject_id = EXCLUDED.subject_id""")
                .params(key, subjectId)
                .update();
        }
        return subjectId;
    }

    private List<String> keysOf(String name, LocalDate dateOfBirth, String phone, String email) {
        List<String> keys = new ArrayList<>();
        if (name != null && !name.isBlank() && dateOfBirth != null) {
            keys.add(matchKeys.of("victim-identity", MatchKeys.normalise(name) + "|" + dateOfBirth));
        }
        if (phone != null && phone.replaceAll("\\D", "").length() >= 6) {
            keys.add(matchKeys.of("victim-identity", "tel:" + phone.replaceAll("\\D", "")));
        }
        if (email != null && !email.isBlank()) {
            keys.add(matchKeys.of("victim-identity", "email:" + email.trim().toLowerCase(java.util.Locale.ROOT)));
        }
        return keys;
    }
}
