package org.alshub.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Where a signed-in caller's account stands now, asked by {@link BrowserSession} whenever
 * accounts have changed since a session last looked. Implemented by the member feature, so the
 * platform needs no import of it.
 */
public interface AccountStandings {

    /**
     * The caller's roles and a stamp that changes whenever their password, role or standing does;
     * empty when they can no longer sign in (withdrawn, erased, no account).
     */
    Optional<Standing> of(String callerName);

    record Standing(Set<String> groups, String stamp) {
    }
}
