package org.alshub.action.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alshub.testing.RandomText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActionsCsvTest {

    /** Each edge case alone, and between other cells with an empty one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.alshub.testing.RandomText#edgeCases")
    void anyTextSurvivesARealCsvParser(String text) throws IOException {
        survivesARealCsvParser(List.of(text));
        survivesARealCsvParser(List.of("7", text, "", text, "Zoë"));
    }

    /** Rows of 1 to 6 cells of up to 40 chars of any kind, drawn by {@code new Random(seed)}. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.alshub.testing.RandomText#seeds")
    void anyTextSurvivesARealCsvParserInRandomRows(long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < RandomText.PER_SEED; i++) {
            List<String> cells = new ArrayList<>();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                cells.add(RandomText.any(random, 40));
            }
            survivesARealCsvParser(cells);
        }
    }

    static void survivesARealCsvParser(List<String> cells) throws IOException {
        StringBuilder csv = new StringBuilder();
        ActionsCsv.line(csv, cells);
        List<CSVRecord> records = parse(csv.toString());
        assertEquals(1, records.size(), () -> RandomText.shown(csv.toString()));
        assertEquals(cells.size(), records.get(0).size(), () -> RandomText.shown(csv.toString()));
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String expected = cell.isEmpty() ? "" : ActionsCsv.defuse(cell);
            String read = records.get(0).get(i);
            assertEquals(expected, read, () -> "cell " + RandomText.shown(cell) + " of "
                    + cells.stream().map(RandomText::shown).toList());
            assertTrue(read.isEmpty() || "=+-@\t\r".indexOf(read.charAt(0)) < 0,
                    () -> "a formula runs: " + RandomText.shown(read));
        }
    }

    @Test
    void formulasAreShownNotRun() {
        assertEquals("'=HYPERLINK(\"http://x\")", ActionsCsv.defuse("=HYPERLINK(\"http://x\")"));
        assertEquals("'+44 20 7926 1000", ActionsCsv.defuse("+44 20 7926 1000"));
        assertEquals("'-1", ActionsCsv.defuse("-1"));
        assertEquals("'@SUM(A1)", ActionsCsv.defuse("@SUM(A1)"));
        assertEquals("Zoë", ActionsCsv.defuse("Zoë"));
    }

    @Test
    void aWholeExportStartsWithAByteOrderMarkAndAHeader() throws IOException {
        ActionRow row = new ActionRow(7, "Trial LinkedIn, Lino-it and the \"Cooperative Toolkit\"", 3,
                "Zoë O'Brien, \"Jo\"", LocalDate.of(2013, 1, 23), "OPEN", true, null, null, null, null, 1,
                "Coproduction ALS", LocalDate.of(2012, 11, 29), 0);
        String csv = ActionsCsv.write(List.of(row));
        assertTrue(csv.startsWith(ActionsCsv.BOM + "id,action,owner,"));
        assertTrue(csv.contains("\r\n"));
        CSVRecord record = parse(csv.substring(1)).get(1);
        assertEquals("Zoë O'Brien, \"Jo\"", record.get(2));
        assertEquals("Trial LinkedIn, Lino-it and the \"Cooperative Toolkit\"", record.get(1));
        assertEquals("yes", record.get(5));
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
