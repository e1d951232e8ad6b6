package org.alshub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.alshub.platform.persistence.DataVersions;
import org.junit.jupiter.api.Test;

class SignInCacheTest {

    /** Sixteen requests at once with the same password not yet remembered: one PBKDF2 check, not sixteen. */
    @Test
    void requestsArrivingTogetherShareOneCheck() throws Exception {
        SignInCache cache = cache();
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<CredentialValidationResult>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.validate(new UsernamePasswordCredential("Ann@Example.org", "right-password"), c -> {
                        checks.incrementAndGet();
                        sleep(300);
                        return new CredentialValidationResult("ann@example.org");
                    });
                }));
            }
            start.countDown();
            for (Future<CredentialValidationResult> answer : answers) {
                assertEquals(CredentialValidationResult.Status.VALID, answer.get().getStatus());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, checks.get(), "one check for all sixteen");
    }

    /** A password changed through another instance: once its version moves, the old one is checked again. */
    @Test
    void aRememberedSignInIsCheckedAgainOnceAccountsChangeAnywhere() {
        SignInCache cache = cache();
        AtomicInteger checks = new AtomicInteger();
        var credential = new UsernamePasswordCredential("ann@example.org", "old-password");
        cache.validate(credential, c -> {
            checks.incrementAndGet();
            return new CredentialValidationResult("ann@example.org");
        });
        cache.validate(credential, c -> {
            checks.incrementAndGet();
            return new CredentialValidationResult("ann@example.org");
        });
        assertEquals(1, checks.get(), "remembered");
        cache.versions.bump(DataVersions.ACCOUNTS);
        var after = cache.validate(credential, c -> {
            checks.incrementAndGet();
            return CredentialValidationResult.INVALID_RESULT;
        });
        assertEquals(2, checks.get());
        assertEquals(CredentialValidationResult.Status.INVALID, after.getStatus());
    }

    /** A wrong password is never remembered, and a different password is checked on its own. */
    @Test
    void wrongPasswordsAreCheckedEveryTime() {
        SignInCache cache = cache();
        AtomicInteger checks = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            var result = cache.validate(new UsernamePasswordCredential("ann@example.org", "guess-" + (i % 2)), c -> {
                checks.incrementAndGet();
                return CredentialValidationResult.INVALID_RESULT;
            });
            assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
        }
        assertEquals(3, checks.get());
    }

    /** The cache on one instance: versions kept in memory, as without a cluster. */
    static SignInCache cache() {
        SignInCache cache = new SignInCache();
        cache.versions = new DataVersions();
        return cache;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
