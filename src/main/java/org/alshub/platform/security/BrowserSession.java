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

/**
 * Sign-in for people using the pages: the caller is remembered in the servlet session, which
 * {@link AlsAuthenticationMechanism} reads on each page request. The API never accepts the
 * session (only HTTP Basic), so no cross-site form can act on /api with a browser's cookie.
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

    /** Who signed in, as held in the session: the member id and their roles. */
    public record Caller(String name, Set<String> groups) implements Serializable {
    }

    /**
     * Checks the email and password; when right, gives the browser a new session id (so an id
     * planted before sign-in is worth nothing) and remembers the caller in it.
     */
    public boolean signIn(HttpServletRequest request, String email, String password) {
        CredentialValidationResult result = cache.validate(new UsernamePasswordCredential(email, password),
                identityStores::validate);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(email, request.getRemoteAddr());
            return false;
        }
        throttle.succeeded(email);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(CALLER,
                new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return true;
    }

    /** How long this browser must wait before trying again, after too many failed sign-ins. */
    public Optional<java.time.Duration> waitBefore(HttpServletRequest request, String email) {
        return throttle.waitBefore(email, request.getRemoteAddr());
    }

    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static Optional<Caller> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CALLER) instanceof Caller caller)) {
            return Optional.empty();
        }
        return Optional.of(caller);
    }
}
