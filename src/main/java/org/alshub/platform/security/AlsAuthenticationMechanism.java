package org.alshub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.alshub.platform.problem.Problem;

/**
 * HTTP Basic for API clients, and the browser session for pages. Requests without either pass
 * through unauthenticated; the role check of each endpoint or page then decides (401 problem
 * document for the API, a redirect to the sign-in page for pages). Wrong Basic credentials are
 * refused at once. The session counts only outside /api: API calls must carry their credentials,
 * which keeps the API out of reach of cross-site forms.
 */
@ApplicationScoped
public class AlsAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInCache cache;

    @Inject
    SignInThrottle throttle;

    @Inject
    BrowserSession sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (isApi(request)) {
                return context.doNothing();
            }
            return sessions.caller(request)
                    .map(caller -> context.notifyContainerAboutLogin(caller.name(), caller.groups()))
                    .orElseGet(context::doNothing);
        }
        UsernamePasswordCredential credential = decode(header.substring(6).trim());
        if (credential == null) {
            return refuse(response);
        }
        String address = throttle.clientAddress(request);
        var wait = throttle.waitBefore(credential.getCaller(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            return problem(response, 429, "Too Many Requests",
                    "Too many failed sign-ins. Try again in " + seconds + " seconds.");
        }
        CredentialValidationResult result = cache.validate(credential, identityStores::validate);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(credential.getCaller(), address);
            return refuse(response);
        }
        throttle.succeeded(credential.getCaller(), address);
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isApi(HttpServletRequest request) {
        // the servlet path is decoded and stripped of ;parameters, unlike the request URI
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals("/" + org.alshub.platform.Paths.API)
                || path.startsWith("/" + org.alshub.platform.Paths.API + "/");
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 1) {
                return null;
            }
            return new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", org.alshub.platform.problem.Problem.CHALLENGE);
        return problem(response, 401, "Unauthorized", "The email or password is not right.");
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(Problem.of(status, title, detail)));
        } catch (Exception e) {
            // the status alone still tells the client what happened
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
