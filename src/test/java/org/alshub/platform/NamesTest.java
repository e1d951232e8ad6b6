package org.alshub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alshub.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesOfAnyScriptAreKeptAsTyped() {
        assertEquals("Rhiannon Ní Bhriain", Names.plain("name", "  Rhiannon Ní Bhriain "));
        assertEquals("Łódź O'Brien-Zoë 李小龍", Names.plain("name", "Łódź O'Brien-Zoë 李小龍"));
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        for (String bad : new String[]{"Tab\there", "Line\nbreak", "Esc\u001b[31m", "Null\u0000", "Del\u007f",
                "Rtl\u202eoverride", "Isolate\u2066x"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Names.plain("name", bad), bad);
            assertEquals("name", refused.problem().errors().get(0).field());
        }
    }
}
