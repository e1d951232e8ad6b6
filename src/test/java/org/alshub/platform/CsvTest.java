package org.alshub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        assertEquals("1,plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=HYPERLINK(\"\"x\"\")\",,-3\r\n",
                Csv.row(Arrays.asList(1, "plain", "a, b", "say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")", null, -3)));
        assertEquals("'@SUM(A1)\r\n", Csv.row(Arrays.asList("@SUM(A1)")));
    }
}
