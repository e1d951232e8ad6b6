package org.alshub.network.entity;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into index terms: lower case, accents folded ("Zoë" is "zoe"), split on anything
 * that is not a letter or digit, common English words dropped and plurals reduced, so that what
 * people type finds what others wrote however they spelt the accents.
 */
public final class Terms {

    public static final int MAX_LENGTH = 64;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Half a surrogate pair on its own (a pair is one code point to a Pattern, so never matches). */
    private static final Pattern UNPAIRED = Pattern.compile("\\p{Cs}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Letters NFKD leaves whole, folded as a reader would type them on an English keyboard. */
    private static final Map<String, String> LETTERS = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "has", "have", "how",
            "i", "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "so",
            "that", "the", "their", "them", "then", "there", "they", "this", "to", "up", "us", "was", "we",
            "were", "what", "when", "which", "who", "will", "with", "you", "your");

    private Terms() {
    }

    /** One word as it is indexed, or an empty string for words not worth indexing. */
    public static String normalise(String word) {
        return termOf(fold(word));
    }

    private static String termOf(String folded) {
        if (folded.isEmpty() || STOP_WORDS.contains(folded)) {
            return "";
        }
        String stem = stem(folded);
        return stem.length() > MAX_LENGTH ? stem.substring(0, MAX_LENGTH) : stem;
    }

    /**
     * Lower case without accents; nothing else changed, but for half a surrogate pair on its own, which
     * becomes U+FFFD: else the two halves of one letter with an accent between them would meet once the
     * accent goes, and folding again would change the text.
     */
    public static String fold(String text) {
        String whole = UNPAIRED.matcher(text).replaceAll("\uFFFD");
        String decomposed = Normalizer.normalize(whole, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(bare.length());
        bare.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            out.append(LETTERS.getOrDefault(letter, letter));
        });
        return out.toString();
    }

    /** The terms of a text in order of first appearance, each with how often it occurs. */
    public static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (text == null) {
            return counts;
        }
        for (String word : SEPARATORS.split(fold(text))) {
            String term = termOf(word);
            if (!term.isEmpty()) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The distinct terms of a query, in the order typed. */
    public static List<String> of(String text) {
        return List.copyOf(count(text).keySet());
    }

    /**
     * Plurals only: "residents" and "resident" should meet, while anything cleverer (Porter and
     * the like) would fold words the set keeps apart, such as "council" and "counsel".
     */
    static String stem(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
