package uk.police.hcir.platform.personaldata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * Personal data sealed under the key of the person it is about. A sealed value is text of the form
 * {@code sealed:v1:<subject id>:<base64 of IV, ciphertext and tag>}, safe to store in an event, publish on a
 * topic or copy into a read model: once the subject is erased, no copy of it can be opened again.
 */
public class PersonalData {

    public static final String ERASED = "[erased]";
    private static final Pattern SEALED = Pattern.compile("sealed:v1:([A-Za-z0-9-]{1,64}):([A-Za-z0-9+/=]+)");

    private final SubjectKeyStore keys;
    private final Cache<String, SecretKey> cache;

    PersonalData(SubjectKeyStore keys, Duration cacheTtl) {
        this.keys = keys;
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).build();
    }

    /** Creates a data subject with a key of its own and returns its id. */
    public String newSubject(SubjectKind kind) {
        String subjectId = UUID.randomUUID().toString();
        SecretKey key = generateKey();
        keys.create(subjectId, kind, key);
        cache.put(subjectId, key);
        return subjectId;
    }

    /** Seals text under the subject's key; null stays null. */
    public String seal(String subjectId, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        SecretKey key = key(subjectId).orElseThrow(() -> new SubjectErasedException(subjectId));
        byte[] sealed = KeyWrapping.encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8),
                                            subjectId.getBytes(StandardCharsets.UTF_8));
        return "sealed:v1:" + subjectId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /**
     * Seals what is written about a known person under their key or, where there is no such person or they have
     * been erased, under a new subject of the given kind; blank text is not kept.
     */
    public String sealAbout(String subjectId, SubjectKind otherwise, String plaintext) {
        if (plaintext == null || plaintext.isBlank()) {
            return null;
        }
        boolean usable = subjectId != null && key(subjectId).isPresent();
        return seal(usable ? subjectId : newSubject(otherwise), plaintext);
    }

    /** The text a sealed value holds, or empty once its subject has been erased. */
    public Optional<String> open(String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        Matcher matcher = SEALED.matcher(sealed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        String subjectId = matcher.group(1);
        return key(subjectId).map(key -> new String(
                KeyWrapping.decrypt(key, Base64.getDecoder().decode(matcher.group(2)),
                                    subjectId.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    /** The text of a sealed value for display: {@value #ERASED} once its subject has been erased. */
    public String openForDisplay(String sealed) {
        return sealed == null ? null : open(sealed).orElse(ERASED);
    }

    /** The subject a sealed value belongs to. */
    public static String subjectOf(String sealed) {
        Matcher matcher = SEALED.matcher(sealed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        return matcher.group(1);
    }

    public static boolean isSealed(String value) {
        return value != null && SEALED.matcher(value).matches();
    }

    /** Erases the subject: its key is deleted, and every copy of its sealed data becomes unreadable. */
    public boolean erase(String subjectId, String reason) {
        boolean erased = keys.erase(subjectId, reason);
        cache.invalidate(subjectId);
        return erased;
    }

    public boolean isErased(String subjectId) {
        return keys.isErased(subjectId);
    }

    /** Forgets a cached key at once, for instance when another service reports the subject erased. */
    public void forget(String subjectId) {
        cache.invalidate(subjectId);
    }

    private Optional<SecretKey> key(String subjectId) {
        SecretKey cached = cache.getIfPresent(subjectId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SecretKey> stored = keys.find(subjectId);
        stored.ifPresent(key -> cache.put(subjectId, key));
        return stored;
    }

    private static SecretKey generateKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
