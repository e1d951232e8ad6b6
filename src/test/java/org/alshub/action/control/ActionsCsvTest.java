package org.alshub.action.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ActionsCsvTest {

    @Property
    void anyTextSurvivesARealCsvParser(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 40) String> cells)
            throws IOException {
        StringBuilder csv = new StringBuilder();
        ActionsCsv.line(csv, cells);
        List<CSVRecord> records = parse(csv.toString());
        assertEquals(1, records.size(), csv.toString());
        for (int i = 0; i < cells.size(); i++) {
            String expected = cells.get(i).isEmpty() ? "" : ActionsCsv.defuse(cells.get(i));
            assertEquals(expected, records.get(0).get(i));
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
