package uk.police.hcir.platform.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The subject keys, each wrapped under the key-encryption key, in the shared subject-key database. */
class SubjectKeyStore {

    private final JdbcClient jdbc;
    private final KeyWrapping wrapping;
    private final Clock clock;

    SubjectKeyStore(JdbcClient jdbc, KeyWrapping wrapping, Clock clock) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
        this.clock = clock;
    }

    void create(String subjectId, SubjectKind kind, SecretKey key) {
        jdbc.sql("""
                 INSERT INTO subject_key (subject_id, subject_kind, wrapped_key, created_at)
                 VALUES (?, ?, ?, ?)""")
            .params(subjectId, kind.name(), wrapping.wrap(key), Timestamp.from(clock.instant()))
            .update();
    }

    /** The subject's key; empty when the subject was erased or never existed. */
    Optional<SecretKey> find(String subjectId) {
        return jdbc.sql("SELECT wrapped_key FROM subject_key WHERE subject_id = ?")
                   .param(subjectId)
                   .query((rs, row) -> rs.getBytes(1))
                   .optional()
                   .filter(wrapped -> wrapped != null)
                   .map(wrapping::unwrap);
    }

    /** Deletes the key for good and records when and why. Returns false when there was no key to erase. */
    boolean erase(String subjectId, String reason) {
        return jdbc.sql("""
                        UPDATE subject_key SET wrapped_key = NULL, erased_at = ?, erasure_reason = ?
                        WHERE subject_id = ? AND wrapped_key IS NOT NULL""")
                   .params(Timestamp.from(clock.instant()), reason, subjectId)
                   .update() == 1;
    }

    boolean isErased(String subjectId) {
        return jdbc.sql("SELECT erased_at IS NOT NULL FROM subject_key WHERE subject_id = ?")
                   .param(subjectId)
                   .query(Boolean.class)
                   .optional()
                   .orElse(false);
    }
}
