package org.alshub.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.alshub.platform.problem.ProblemException;

/**
 * What every page shares, so no page can forget it: who may see it (a signed-out visitor is sent
 * to the sign-in page, someone without the role gets a refusal page), the CSRF check on every
 * POST, HTML answers that are never cached, and refusals from the services as pages.
 */
public abstract class PageServlet extends HttpServlet {

    private static final String FLASH = "alshub.flash";

    /** The roles that may use this page; none means anyone, signed in or not. */
    protected abstract List<String> roles();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        List<String> roles = roles();
        if (!roles.isEmpty()) {
            if (request.getUserPrincipal() == null) {
                String back = "GET".equals(request.getMethod()) ? request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/";
                response.sendRedirect("/sign-in?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return;
            }
            if (roles.stream().noneMatch(request::isUserInRole)) {
                ErrorPages.render(request, response, 403);
                return;
            }
        }
        if ("POST".equals(request.getMethod()) && !Csrf.matches(request)) {
            render(request, response, HttpServletResponse.SC_FORBIDDEN, "This form has expired", Html.of("""
                    <h1 class="govuk-heading-l">This form has expired</h1>
                    <p class="govuk-body">Nothing was changed. For your security, forms stop working after you sign
                    in or out, or after a long time. Go back, reload the page and try again.</p>
                    <p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>
                    """));
            return;
        }
        try {
            super.service(request, response);
        } catch (ProblemException refusal) {
            int status = refusal.problem().status();
            if (status == 404 || status == 403) {
                ErrorPages.render(request, response, status);
                return;
            }
            throw refusal;
        }
    }

    protected static List<String> anyOf(String... roles) {
        return Arrays.asList(roles);
    }

    public static void render(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              Html main) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(Layout.page(request, title, main).markup());
    }

    /** A form page: the fields are rendered first so the error summary can link to each of them. */
    protected static void renderForm(HttpServletRequest request, HttpServletResponse response, String title,
                                     Form form, Html before, Html fields) throws IOException {
        Html main = Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                {}{}{}
                </div></div>
                """, Govuk.errorSummary(form), before, fields);
        render(request, response, form.hasErrors() ? 400 : 200, (form.hasErrors() ? "Error: " : "") + title, main);
    }

    /** After a change: go to the page that shows it, with a message shown there once. */
    protected static void redirectWith(HttpServletRequest request, HttpServletResponse response, String location,
                                       String message) throws IOException {
        request.getSession().setAttribute(FLASH, message);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    protected static String flash(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object message = session.getAttribute(FLASH);
        session.removeAttribute(FLASH);
        return message == null ? null : message.toString();
    }

    /** The numeric id after a page's path ("/workshops/12/change" gives 12), or a 404. */
    protected static long id(String segment) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("page");
        }
    }

    protected static String[] segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }
}
