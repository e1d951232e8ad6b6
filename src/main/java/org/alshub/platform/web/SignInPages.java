package org.alshub.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.alshub.platform.security.BrowserSession;

/** Signing in with email and password, and signing out: open to anyone. */
@Path("sign-in")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignInPages {

    @Inject
    BrowserSession sessions;

    @Context
    HttpServletRequest request;

    public record SignIn(Form form, boolean signedOut) {
    }

    public static class Fields {
        @FormParam("email")
        public String email;
        @FormParam("password")
        public String password;
        @FormParam("next")
        public String next;
    }

    @GET
    public View form(@QueryParam("next") String next, @QueryParam("out") String out) {
        return View.of("platform/signIn", new SignIn(Form.empty().set("next", next), out != null));
    }

    @POST
    public Response signIn(@BeanParam Fields fields) {
        Form form = Form.of(fields);
        String email = form.text("email");
        String password = form.value("password");
        if (email == null) {
            form.error("email", "Enter your email address");
        }
        if (password.isEmpty()) {
            form.error("password", "Enter your password");
        }
        Optional<Duration> wait = form.hasErrors() ? Optional.empty() : sessions.waitBefore(request, email);
        String retryAfter = null;
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            retryAfter = Long.toString(seconds);
            form.error("email", "Too many failed sign-ins. Try again in " + seconds + " seconds");
        } else if (!form.hasErrors() && !sessions.signIn(request, email, password)) {
            form.error("email", "Enter a correct email address and password");
        }
        if (form.hasErrors()) {
            // too many failures: 429 with Retry-After, as the API says it; otherwise the form's errors
            return Response.status(retryAfter == null ? 400 : 429)
                    .entity(View.form("platform/signIn", new SignIn(form, false), form))
                    .header("Retry-After", retryAfter).build();
        }
        Csrf.renew(request);
        return Response.seeOther(URI.create(safeNext(form.text("next")))).build();
    }

    /** Only a path on this site: "next" must not send someone signing in to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/sign-") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            return URI.create(next).getRawPath() == null ? "/" : next;
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }

    /** Signing out is a form too, so no other site can sign someone out. */
    @Path("sign-out")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public static class SignOut {

        @Inject
        BrowserSession sessions;

        @Context
        HttpServletRequest request;

        @GET
        public Response page() {
            return Response.seeOther(URI.create("/")).build();
        }

        @POST
        public Response signOut() {
            sessions.signOut(request);
            return Response.seeOther(URI.create("/sign-in?out")).build();
        }
    }
}
