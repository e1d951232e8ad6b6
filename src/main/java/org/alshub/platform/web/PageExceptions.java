package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.alshub.platform.problem.Problem;
import org.alshub.platform.problem.ProblemMappers;

/**
 * Every refusal or failure on a page becomes a page: someone signed out is sent to sign in and
 * back, the rest get the app's own page for the status (403, 404, 409, 400, 500...), saying what
 * to do and showing nothing of the server. A form with fields in error never gets here: its page
 * shows it again (see {@link Form}). The same causes mean the same as in the API, whose problem
 * documents come from {@link ProblemMappers#problemOf}.
 */
public class PageExceptions implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    /** The model of an error page: the status and, for some, the reason in words. */
    public record Refusal(int status, String detail) {
    }

    @Override
    public Response toResponse(Throwable e) {
        Problem problem = ProblemMappers.problemOf(e);
        if (problem.status() == 401) {
            return Response.status(Response.Status.FOUND).location(URI.create("/sign-in?next="
                    + URLEncoder.encode(back(request), StandardCharsets.UTF_8))).header("Cache-Control", "no-store")
                    .build();
        }
        Response.ResponseBuilder answer = page(problem.status(), "platform/error",
                new Refusal(problem.status(), problem.detail()));
        if (problem.status() == 503) {
            answer.header("Retry-After", ProblemMappers.RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    static Response.ResponseBuilder page(int status, String template, Object model) {
        return Response.status(status).entity(new View(template, model == null ? Templates.NO_MODEL : model, status))
                .type(ViewWriter.HTML);
    }

    /** Where to come back to after signing in: this page, or for a form sent, the page it was on. */
    static String back(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }
        try {
            URI from = URI.create(String.valueOf(request.getHeader("Referer")));
            if (request.getServerName().equals(from.getHost()) && from.getRawPath() != null) {
                return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
            }
        } catch (IllegalArgumentException notAnAddress) {
            // no usable Referer: the home page will do
        }
        return "/";
    }
}
