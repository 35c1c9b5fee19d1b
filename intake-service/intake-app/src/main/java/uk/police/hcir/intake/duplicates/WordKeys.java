package uk.police.hcir.intake.duplicates;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.personaldata.MatchKeys;

/** The words of a report as keyed hashes: compared across reports without the words themselves being kept. */
@Component
public class WordKeys {

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "was", "were", "that", "this", "with", "they", "them", "their", "then", "there", "have",
            "had", "has", "for", "from", "his", "her", "him", "she", "you", "your", "are", "but", "not", "all", "out",
            "who", "what", "when", "said", "says", "told", "just", "into", "onto", "about", "because", "been",
            "being", "our", "ours", "its", "over", "some", "very", "again", "also", "after", "before");

    private final MatchKeys matchKeys;

    WordKeys(MatchKeys matchKeys) {
        this.matchKeys = matchKeys;
    }

    public Set<String> of(String... texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : MatchKeys.normalise(text).split(" ")) {
                if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                    keys.add(matchKeys.of("words", word).substring(0, 16));
                }
            }
        }
        return keys;
    }
}
