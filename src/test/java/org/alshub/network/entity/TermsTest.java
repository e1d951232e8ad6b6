package org.alshub.network.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.alshub.testing.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TermsTest {

    @Test
    void accentsAndCaseFoldSoZoeFindsZoë() {
        assertEquals(List.of("zoe"), Terms.of("Zoë"));
        assertEquals(Terms.of("Zoë's café in Brixton"), Terms.of("ZOE'S CAFE IN BRIXTON"));
        assertEquals(List.of("strasse"), Terms.of("Straße"));
        assertEquals(List.of("ostergaard"), Terms.of("Østergaard"));
    }

    @Test
    void commonWordsAreDroppedAndPluralsMeet() {
        assertEquals(List.of("ask", "resident", "first"), Terms.of("Ask the residents first"));
        assertEquals(Terms.of("communities"), Terms.of("community"));
        assertEquals(List.of("business"), Terms.of("business"));
        assertEquals(List.of("council"), Terms.of("council"));
    }

    @Test
    void wordsAreSplitOnPunctuationAndCountedOnce() {
        assertEquals(List.of("co", "production", "lino"), Terms.of("co-production: Lino-it, co-production!"));
        assertEquals(2, Terms.count("budget budget").get("budget"));
    }

    @Test
    void halvesOfAPairWithAnAccentBetweenThemStayApart() {
        String halves = "\ud835\u0301\uded1"; // U+1D6D1, a mathematical pi, split by an acute accent
        assertEquals(Terms.fold(halves), Terms.fold(Terms.fold(halves)));
        assertEquals("\ufffd\ufffd", Terms.fold(halves));
        assertEquals(List.of(), Terms.of(halves));
    }

    /** Every char of the Basic Multilingual Plane alone, surrogates too; the other planes take seconds. */
    @Test
    void foldingEveryCharacterTwiceChangesNothing() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            foldingTwiceChangesNothing(String.valueOf(c));
        }
        foldingTwiceChangesNothing(String.valueOf(Character.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.alshub.testing.RandomText#edgeCases")
    void foldingTwiceChangesNothing(String text) {
        String folded = Terms.fold(text);
        assertEquals(folded, Terms.fold(folded), () -> RandomText.shown(text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.alshub.testing.RandomText#seeds")
    void foldingTwiceChangesNothingInRandomText(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < RandomText.PER_SEED; i++) {
            foldingTwiceChangesNothing(RandomText.any(random, 255));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.alshub.testing.RandomText#edgeCases")
    void termsAreShortLowerCaseAndUnaccented(String text) {
        for (String term : Terms.of(text)) {
            assertTrue(term.length() <= Terms.MAX_LENGTH && !term.isEmpty(),
                    () -> RandomText.shown(term) + " from " + RandomText.shown(text));
            assertEquals(term, Terms.fold(term), () -> "from " + RandomText.shown(text));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.alshub.testing.RandomText#seeds")
    void termsAreShortLowerCaseAndUnaccentedInRandomText(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < RandomText.PER_SEED; i++) {
            termsAreShortLowerCaseAndUnaccented(RandomText.any(random, 255));
        }
    }
}
