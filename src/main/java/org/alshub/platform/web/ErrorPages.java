package org.alshub.platform.web;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alshub.platform.problem.Problem;

/**
 * The app's own error pages in place of the server's (which name the server and can show a
 * stack trace): plain GOV.UK pages, or a problem document for requests to the API. web.xml
 * sends every error status and uncaught exception here.
 */
@WebServlet("/error")
public class ErrorPages extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.equals("/api") || path.startsWith("/api/")) {
            problem(response, status);
            return;
        }
        render(request, response, status);
    }

    public static void render(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String title;
        Html body;
        switch (status) {
            case 404 -> {
                title = "Page not found";
                body = Html.of("""
                        <p class="govuk-body">If you typed the web address, check it is correct.</p>
                        <p class="govuk-body">If you pasted the web address, check you copied the entire address.</p>
                        """);
            }
            case 403 -> {
                title = "You cannot use this page";
                body = Html.of("""
                        <p class="govuk-body">Your account does not let you do this. Ask a facilitator if you think it
                        should.</p>
                        """);
            }
            case 400, 405 -> {
                title = "Sorry, that request could not be understood";
                body = Html.of("<p class=\"govuk-body\">Go back and try again.</p>");
            }
            default -> {
                title = "Sorry, there is a problem with the service";
                body = Html.of("""
                        <p class="govuk-body">Try again later.</p>
                        <p class="govuk-body">If you were changing something, it may not have been saved.</p>
                        """);
            }
        }
        PageServlet.render(request, response, status, title, Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{}</h1>{}
                <p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>
                </div></div>
                """, title, body));
    }

    private static void problem(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String detail = switch (status) {
            case 401 -> "Sign in to use this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            default -> "Something went wrong on our side.";
        };
        try (var jsonb = JsonbBuilder.create()) {
            var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
            response.getWriter().write(jsonb.toJson(Problem.of(status,
                    known == null ? "Error" : known.getReasonPhrase(), detail)));
        } catch (Exception e) {
            response.getWriter().write("{\"status\":" + status + "}");
        }
    }
}
