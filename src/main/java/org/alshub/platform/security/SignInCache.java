package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alshub.platform.persistence.DataVersions;

/**
 * Remembers recent successful sign-ins for a few minutes. A PBKDF2 check at ASVS strength costs
 * a tenth of a second of CPU; Basic sends the password with every request, so without this every
 * API call would pay it. Only a keyed digest of the password is held, never the password. With a
 * cluster, a change through one instance reaches the others through {@link DataVersions}.
 */
@ApplicationScoped
public class SignInCache {

    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<CredentialValidationResult>> checking = new ConcurrentHashMap<>();

    /** Read before each check; bumped after a password, email or account is changed or erased. */
    @Inject
    DataVersions versions;

    @Inject
    Event<SignInsChanged> changed;

    /** Says, after the commit, that what some instance remembers may no longer hold. */
    public record SignInsChanged() {
    }

    private record Entry(String digest, CredentialValidationResult result, long expiresAt, long version) {
    }

    public SignInCache() {
        new SecureRandom().nextBytes(key);
    }

    CredentialValidationResult validate(UsernamePasswordCredential credential,
                                        Function<UsernamePasswordCredential, CredentialValidationResult> store) {
        String email = credential.getCaller().toLowerCase(Locale.ROOT);
        String digest = digest(email, credential.getPasswordAsString());
        // read before checking: a change committed meanwhile moves it, and what is remembered now is not used again
        long version = versions.current(DataVersions.ACCOUNTS);
        Entry known = entries.get(email);
        long now = System.nanoTime();
        if (known != null && known.expiresAt - now > 0 && known.version == version
                && MessageDigest.isEqual(known.digest.getBytes(), digest.getBytes())) {
            return known.result;
        }
        CredentialValidationResult result = once(email + " " + digest, () -> store.apply(credential));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(email, new Entry(digest, result, now + TIME_TO_LIVE.toNanos(), version));
        }
        return result;
    }

    /**
     * One check at a time for the same email and password: a calendar app or a page opening many
     * requests at once with a password not yet remembered would otherwise pay PBKDF2 once per
     * request, all together, and on two cores keep every other caller waiting for seconds.
     */
    private CredentialValidationResult once(String attempt, Supplier<CredentialValidationResult> check) {
        CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
        CompletableFuture<CredentialValidationResult> running = checking.putIfAbsent(attempt, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            CredentialValidationResult result = check.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(attempt, mine);
        }
    }

    /**
     * Call when a password, role or account state changes. This instance forgets at once; with a
     * cluster, every other instance stops trusting what it remembers once the change commits.
     */
    public void forget(String email) {
        entries.remove(email.toLowerCase(Locale.ROOT));
        changed.fire(new SignInsChanged());
    }

    public void forgetAll() {
        entries.clear();
        changed.fire(new SignInsChanged());
    }

    void bumpAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInsChanged change) {
        versions.bump(DataVersions.ACCOUNTS);
    }

    private String digest(String email, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(email.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
