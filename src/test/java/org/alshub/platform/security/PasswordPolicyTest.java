package org.alshub.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alshub.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theListHoldsAtLeastTenThousandCommonPasswords() {
        assertTrue(PasswordPolicy.listed() >= 10_000, "listed: " + PasswordPolicy.listed());
    }

    @Test
    void aCommonWordPaddedWithDigitsAndSymbolsIsRefused() {
        for (String weak : new String[]{"Password123!", "Welcome2024!", "password1234", "!!Sunshine2025", "Football#2026",
                "Lambeth12345", "qwertyuiop12"}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> PasswordPolicy.check("password", weak, "jo@council.example"), weak);
            assertTrue(refused.problem().errors().get(0).message().contains("attackers try first"), weak);
        }
    }

    @Test
    void unrelatedWordsPass() {
        for (String strong : new String[]{"kettle-orbit-meadow", "lantern-quiet-river", "window carrot planet",
                "Zoë's café on Acre Lane 7"}) {
            assertDoesNotThrow(() -> PasswordPolicy.check("password", strong, "jo@council.example"), strong);
        }
    }
}
