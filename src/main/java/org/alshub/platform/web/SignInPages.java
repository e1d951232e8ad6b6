package org.alshub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.alshub.platform.security.BrowserSession;

/** Signing in with email and password, and signing out. */
@WebServlet({"/sign-in", "/sign-out"})
public class SignInPages extends PageServlet {

    @Inject
    BrowserSession sessions;

    @Override
    protected List<String> roles() {
        return List.of();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/sign-out".equals(request.getServletPath())) {
            response.sendRedirect("/");
            return;
        }
        Form form = Form.empty().set("next", request.getParameter("next"));
        show(request, response, form, "/sign-in".equals(request.getServletPath()) && request.getParameter("out") != null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/sign-out".equals(request.getServletPath())) {
            sessions.signOut(request);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/sign-in?out");
            return;
        }
        Form form = Form.read(request);
        String email = form.text("email");
        String password = form.value("password");
        if (email == null) {
            form.error("email", "Enter your email address");
        }
        if (password.isEmpty()) {
            form.error("password", "Enter your password");
        }
        var wait = form.hasErrors() ? java.util.Optional.<java.time.Duration>empty() : sessions.waitBefore(request, email);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            form.error("email", "Too many failed sign-ins. Try again in " + seconds + " seconds");
        } else if (!form.hasErrors() && !sessions.signIn(request, email, password)) {
            form.error("email", "Enter a correct email address and password");
        }
        if (form.hasErrors()) {
            show(request, response, form, false);
            return;
        }
        Csrf.renew(request);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", safeNext(form.text("next")));
    }

    /** Only a path on this site: "next" must not send someone signing in to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/sign-")) {
            return "/";
        }
        return next;
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Form form, boolean signedOut)
            throws IOException {
        Html fields = Html.of("""
                <form method="post" action="/sign-in" novalidate>{}
                <input type="hidden" name="next" value="{}">
                {}{}{}
                </form>
                """, Csrf.field(request), form.value("next"),
                Govuk.input(form, "email", "Email address", null, "email", "username", null),
                Govuk.input(form, "password", "Password", null, "password", "current-password", null),
                Govuk.button("Sign in"));
        Html before = Html.of("{}<h1 class=\"govuk-heading-l\">Sign in to ALS Hub</h1>{}",
                signedOut ? Govuk.success("You have signed out.") : Html.EMPTY,
                Govuk.p("Use the email address and password a facilitator gave you."));
        renderForm(request, response, "Sign in", form, before, fields);
    }
}
