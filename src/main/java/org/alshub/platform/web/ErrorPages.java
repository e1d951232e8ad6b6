package org.alshub.platform.web;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alshub.platform.problem.Problem;
import org.alshub.platform.problem.ProblemMappers;

/**
 * The container's error bridge: web.xml sends every error status and uncaught exception the
 * container itself handles (a static file missing, a request it refused before any page ran)
 * here, so no server page, name or stack trace is ever shown. A servlet because the container
 * forwards errors to a servlet path; pages' own refusals never come here ({@link PageExceptions}).
 * Under /api the answer is a problem document, elsewhere the same error page as the pages'.
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
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(ViewWriter.HTML);
        var page = Templates.page("platform/error", Frame.of(request), new PageExceptions.Refusal(status, null));
        response.setContentLength(page.getContentLength());
        page.writeTo(response.getOutputStream());
    }

    private static void problem(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        try (var jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(ProblemMappers.forStatus(status)));
        } catch (Exception e) {
            response.getWriter().write("{\"status\":" + status + "}");
        }
    }
}
