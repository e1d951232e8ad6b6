package org.alshub.platform.security;

import java.util.Locale;
import java.util.Set;
import org.alshub.platform.problem.ProblemException;

/**
 * What a password must be: at least 12 characters (NCSC and OWASP ASVS advise length over
 * complexity), not one of the passwords attackers try first, and not the person's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** Long enough to pass the length rule, yet among the first guesses in every cracking list. */
    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "password123456", "passwordpassword", "123456789012",
            "1234567890123", "12345678901234", "qwertyuiop12", "qwertyuiopasdf", "qwerty123456",
            "iloveyou1234", "welcome12345", "letmein12345", "administrator", "changeme1234",
            "abc123456789", "abcdefghijkl", "111111111111", "000000000000", "aaaaaaaaaaaa",
            "123123123123", "football1234", "baseball1234", "monkey123456", "sunshine1234",
            "princess1234", "dragon123456", "trustno1trustno1", "passw0rd1234", "p@ssw0rd1234",
            "p@ssword1234", "qazwsxedcrfv", "1q2w3e4r5t6y", "zaq12wsxcde3", "asdfghjkl123",
            "lambeth12345", "lambethcouncil", "councilpassword", "coproduction", "actionlearning",
            "summer202526", "winter202526", "spring202526", "autumn202526", "london123456");

    private PasswordPolicy() {
    }

    /** Refuses a weak password with a message that tells the person what to do instead. */
    public static void check(String field, String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ProblemException.invalid(field, "must be at least " + MIN_LENGTH
                    + " characters: a few unrelated words make a strong one");
        }
        if (password.length() > MAX_LENGTH) {
            throw ProblemException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            throw ProblemException.invalid(field, "is one of the passwords attackers try first: choose another");
        }
        if (email != null) {
            String name = email.toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.contains(email.toLowerCase(Locale.ROOT)) || (name.length() >= 4 && lower.contains(name))) {
                throw ProblemException.invalid(field, "must not contain your email address");
            }
        }
    }
}
