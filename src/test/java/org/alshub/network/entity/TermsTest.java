package org.alshub.network.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

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

    @Property
    void foldingTwiceChangesNothing(@ForAll String text) {
        assertEquals(Terms.fold(text), Terms.fold(Terms.fold(text)));
    }

    @Property
    void termsAreShortLowerCaseAndUnaccented(@ForAll String text) {
        for (String term : Terms.of(text)) {
            assertTrue(term.length() <= Terms.MAX_LENGTH && !term.isEmpty());
            assertEquals(term, Terms.fold(term));
        }
    }
}
