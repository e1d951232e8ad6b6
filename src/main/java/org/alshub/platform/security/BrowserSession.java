package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.alshub.platform.persistence.DataVersions;

/**
 * Sign-in for people using the pages: the caller is remembered in the servlet session, which
 * {@link AlsAuthenticationMechanism} reads on each page request. The API never accepts the
 * session (only HTTP Basic), so no cross-site form can act on /api with a browser's cookie.
 * A session holds the account's stamp from sign-in and is checked against the account as it is
 * now whenever the accounts version has moved (on every instance, see {@link DataVersions}): an
 * erased or withdrawn member, a new password or another role ends every session of that member.
 */
@ApplicationScoped
public class BrowserSession {

    static final String CALLER = "alshub.caller";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInCache cache;

    @Inject
    SignInThrottle throttle;

    @Inject
    DataVersions versions;

    @Inject
    AccountStandings standings;

    /**
     * Who signed in, as held in the session: the member id, their roles, the account's stamp and
     * the accounts version at which that stamp was last found current.
     */
    public record Caller(String name, Set<String> groups, String stamp, long checkedAt) implements Serializable {
    }

    /**
     * Checks the email and password; when right, gives the browser a new session id (so an id
     * planted before sign-in is worth nothing) and remembers the caller in it.
     */
    public boolean signIn(HttpServletRequest request, String email, String password) {
        String address = throttle.clientAddress(request);
        long version = versions.current(DataVersions.ACCOUNTS);
        CredentialValidationResult result = cache.validate(new UsernamePasswordCredential(email, password),
                identityStores::validate);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(email, address);
            return false;
        }
        String name = result.getCallerPrincipal().getName();
        Optional<AccountStandings.Standing> standing = standings.of(name);
        if (standing.isEmpty()) {
            return false;
        }
        throttle.succeeded(email, address);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(CALLER,
                new Caller(name, Set.copyOf(standing.get().groups()), standing.get().stamp(), version));
        return true;
    }

    /** How long this browser must wait before trying again, after too many failed sign-ins. */
    public Optional<java.time.Duration> waitBefore(HttpServletRequest request, String email) {
        return throttle.waitBefore(email, throttle.clientAddress(request));
    }

    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * After a change the signed-in member made to their own account (a new password on their
     * profile page): this session goes on with the new stamp; every other session of theirs ends.
     */
    public void keep(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CALLER) instanceof Caller caller)) {
            return;
        }
        long version = versions.current(DataVersions.ACCOUNTS);
        standings.of(caller.name()).ifPresentOrElse(
                now -> session.setAttribute(CALLER, new Caller(caller.name(), Set.copyOf(now.groups()), now.stamp(), version)),
                session::invalidate);
    }

    /**
     * The session's caller if their account still stands as it did at sign-in. Costs nothing
     * while no account has changed (a counter, or one version row with a cluster); otherwise one
     * look at the account. A session whose account changed is ended.
     */
    Optional<Caller> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CALLER) instanceof Caller caller)) {
            return Optional.empty();
        }
        long version = versions.current(DataVersions.ACCOUNTS);
        if (caller.checkedAt() == version) {
            return Optional.of(caller);
        }
        Optional<AccountStandings.Standing> now = standings.of(caller.name());
        if (now.isEmpty() || !now.get().stamp().equals(caller.stamp())) {
            session.invalidate();
            return Optional.empty();
        }
        Caller current = new Caller(caller.name(), caller.groups(), caller.stamp(), version);
        session.setAttribute(CALLER, current);
        return Optional.of(current);
    }
}
