package org.alshub.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.alshub.platform.problem.ProblemException;

/**
 * What a password must be: at least 12 characters (NCSC and OWASP ASVS advise length over
 * complexity), not one of the passwords attackers try first, and not the person's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /**
     * The 20,000 passwords attackers try first (common-passwords.txt: the head of SecLists' list of
     * the top million, CC BY-SA 3.0), plus a few of this set's own words.
     */
    private static final Set<String> COMMON = load();
    private static final Set<String> LOCAL = Set.of("lambeth", "lambethcouncil", "councilpassword", "coproduction",
            "actionlearning", "alshub", "facilitator");
    /** Digits and symbols people put around a word to pass a rule: "Password123!", "!!welcome2024". */
    private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

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
        if (isCommon(lower) || lower.chars().distinct().count() <= 2) {
            throw ProblemException.invalid(field, "is one of the passwords attackers try first: choose another");
        }
        if (email != null) {
            String name = email.toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.contains(email.toLowerCase(Locale.ROOT)) || (name.length() >= 4 && lower.contains(name))) {
                throw ProblemException.invalid(field, "must not contain your email address");
            }
        }
    }

    /** The password, or the word inside its padding of digits and symbols, is a common one. */
    static boolean isCommon(String lower) {
        String word = PADDING.matcher(lower).replaceAll("");
        return COMMON.contains(lower) || COMMON.contains(word) || LOCAL.contains(word)
                || LOCAL.contains(lower.replaceAll("[^\\p{L}]", ""));
    }

    static int listed() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(32_000);
        try (var in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
