package org.alshub.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Text for tests that take any text at all: hand-picked edge cases, and a generator driven by a
 * {@code new Random(seed)} so that a failing draw comes back from the seed in the test's display
 * name ("seed 7"). Plain JUnit 5, no property-testing library.
 */
public final class RandomText {

    /** How many texts each seed draws. */
    public static final int PER_SEED = 300;

    /** Letters a reader would not find on an English keyboard, each folded or kept whole somewhere. */
    private static final String LETTERS = "ßẞØøÆæŒœŁłĐđÐðÞþıİéÉëüÅåñçŠšŽžǄǅǆĲĳŉſ";

    /** What spreadsheets and CSV parsers treat specially, and the blanks between words. */
    private static final String SPECIALS = "\",\r\n=+-@\t' ;|\\";

    /**
     * Greek, Cyrillic, Arabic, super- and subscripts, letterlike symbols, circled numbers, Hangul
     * syllables, ligatures and full-width forms: scripts and forms NFKD takes apart or keeps whole.
     */
    private static final int[][] BLOCKS = {{0x370, 0x400}, {0x400, 0x500}, {0x600, 0x700}, {0x2070, 0x20a0},
            {0x2100, 0x2190}, {0x2460, 0x2500}, {0xac00, 0xd7a4}, {0xfb00, 0xfb07}, {0xff01, 0xff5f}};

    /** Kinds of character; each text draws from a random few, so some are all letters, some all controls. */
    private static final int KINDS = 10;

    private RandomText() {
    }

    /** The seeds the seeded tests run with: 1 to 10, each drawing {@value #PER_SEED} texts or rows. */
    public static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    /**
     * Any text of up to {@code maxLength} chars, shorter ones more often: controls, combining marks,
     * letters of any script, emoji and other surrogate pairs, unpaired surrogates, anything in the
     * Basic Multilingual Plane.
     */
    public static String any(Random random, int maxLength) {
        double r = random.nextDouble();
        int length = random.nextInt(5) == 0 ? random.nextInt(Math.min(maxLength, 3) + 1) // short ones are likelier
                : (int) Math.round(maxLength * r * r);
        int kinds = 1 + random.nextInt((1 << KINDS) - 1);
        StringBuilder text = new StringBuilder(length + 1);
        while (text.length() < length) {
            int kind = random.nextInt(KINDS);
            if ((kinds & (1 << kind)) != 0) {
                append(random, kind, text);
            }
        }
        text.setLength(length); // a pair cut in half is an unpaired surrogate, which is fine too
        return text.toString();
    }

    /** Up to {@code maxLength} chars from {@code first} to {@code last}. */
    public static String between(Random random, char first, char last, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append((char) (first + random.nextInt(last - first + 1)));
        }
        return text.toString();
    }

    private static void append(Random random, int kind, StringBuilder text) {
        switch (kind) {
            case 0 -> text.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26)
                    : random.nextBoolean() ? 'A' + random.nextInt(26) : '0' + random.nextInt(10)));
            case 1 -> text.append((char) (0x20 + random.nextInt(0x7f - 0x20)));
            case 2 -> text.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
            case 3 -> text.append((char) (random.nextInt(3) == 0 ? 0x7f + random.nextInt(0x21) : random.nextInt(0x20)));
            case 4 -> text.append(random.nextBoolean() ? LETTERS.charAt(random.nextInt(LETTERS.length()))
                    : (char) (0xc0 + random.nextInt(0x250 - 0xc0)));
            case 5 -> text.append((char) (0x300 + random.nextInt(0x70)));
            case 6 -> text.append((char) random.nextInt(0x10000));
            case 7 -> text.appendCodePoint(random.nextBoolean() ? 0x1f300 + random.nextInt(0x700)
                    : 0x10000 + random.nextInt(0x10ffff - 0x10000 + 1));
            case 8 -> text.append((char) (0xd800 + random.nextInt(0x800)));
            default -> {
                int[] range = BLOCKS[random.nextInt(BLOCKS.length)];
                text.append((char) (range[0] + random.nextInt(range[1] - range[0])));
            }
        }
    }

    /** Text worth trying by hand, each named so that its display name prints. */
    public static Stream<Named<String>> edgeCases() {
        List<Named<String>> cases = new ArrayList<>(List.of(
                Named.of("empty", ""),
                Named.of("a space", " "),
                Named.of("whitespace of every kind", " \t\r\n\u000b\f\u00a0\u1680\u2003\u2028\u2029\u3000 "),
                Named.of("every control character", IntStream.rangeClosed(0, 0x9f).filter(c -> c < 0x20 || c >= 0x7f)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()),
                Named.of("NUL inside a word", "Zo\u0000e"),
                Named.of("CR LF", "two\r\nlines"),
                Named.of("LF", "two\nlines"),
                Named.of("CR", "two\rlines"),
                Named.of("a quote", "\""),
                Named.of("quotes", "say \"hi\" \"\""),
                Named.of("a comma", "a, b"),
                Named.of("every CSV special", "\",\r\n=+-@\t'"),
                Named.of("= first", "=HYPERLINK(\"http://x\")"),
                Named.of("+ first", "+44 20 7926 1000"),
                Named.of("- first", "-1"),
                Named.of("@ first", "@SUM(A1)"),
                Named.of("tab first", "\t=1"),
                Named.of("CR first", "\r=1"),
                Named.of("apostrophe first", "'=1"),
                Named.of("combining accents", "Zoe\u0308 cafe\u0301 c\u0327a"),
                Named.of("combining marks alone", "\u0301\u0308\u0327\u0345"),
                Named.of("precomposed accents", "Zoë's café in Brixton"),
                Named.of("ß", "Straße"),
                Named.of("capital ẞ", "STRAẞE"),
                Named.of("Ø", "Østergaard"),
                Named.of("æ œ ł đ ð þ ı", "Æsir Œuvre Łódź Đorđe Ðóra Þór ıi"),
                Named.of("dotted İ", "İstanbul"),
                Named.of("ligatures", "ﬁnance ﬂow ǆ Ĳ"),
                Named.of("Kelvin, Ångström and Ohm signs", "\u212a \u212b \u2126"),
                Named.of("full width", "ＡＢＣ１２３"),
                Named.of("superscripts, fractions, numerals", "x² ½ Ⅻ ① ٣"),
                Named.of("Hangul", "한국어"),
                Named.of("Greek sigmas", "ΟΔΟΣ ὀδός ϹϲΣ"),
                Named.of("Cyrillic", "Привет мир"),
                Named.of("right to left with marks", "\u200fمرحبا\u200e"),
                Named.of("zero-width characters and a BOM", "a\u200bb\u200dc\ufeffd"),
                Named.of("a BOM first", "\ufeffid"),
                Named.of("emoji", "😀"),
                Named.of("emoji joined, with skin tone", "👩🏽‍💻 👨‍👩‍👧"),
                Named.of("a flag", "🇬🇧"),
                Named.of("letters outside the BMP", "𝔄𝔅 𐐀𐐨"),
                Named.of("an unpaired high surrogate", "\ud800"),
                Named.of("an unpaired low surrogate", "\udfff"),
                Named.of("a pair the wrong way round", "\ude00\ud83d"),
                Named.of("a pair cut in half", "x\ud83d"),
                Named.of("the halves of a pair with an accent between", "\ud835\u0301\uded1"),
                Named.of("noncharacters and the replacement character", "\ufffe\uffff\ufffd"),
                Named.of("a 64-letter word", "x".repeat(64)),
                Named.of("a 65-letter word", "x".repeat(65)),
                Named.of("a 1000-letter word", "a".repeat(1000)),
                Named.of("a long accented word", "é".repeat(300)),
                Named.of("a long text", "Zoë's café, \"Straße\"\r\n".repeat(500)),
                Named.of("stop words only", "the and of"),
                Named.of("plurals", "communities residents business")));
        for (int c = 0; c < 0x20; c++) {
            cases.add(Named.of(String.format("U+%04X", c), "a" + (char) c + "b"));
        }
        return cases.stream();
    }

    /** The text in quotes, anything unprintable as \\uXXXX, cut short past 200 chars: for failure messages. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), 200); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '"' || c == '\\') {
                shown.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f && (Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.NON_SPACING_MARK
                    || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('"');
        return text.length() > 200 ? shown + "... (" + text.length() + " chars)" : shown.toString();
    }
}
