package org.alshub.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/...; they live in the
 * WebJar under /webjars/govuk-frontend/5.14.0/dist/govuk/assets, served by the container's default servlet.
 */
@WebServlet("/assets/*")
public class Assets extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || !path.matches("/(fonts|images)/[\\w.-]+")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // the file names carry a content hash or never change within a version
        response.setHeader("Cache-Control", "public, max-age=86400");
        request.getRequestDispatcher("/webjars/govuk-frontend/5.14.0/dist/govuk/assets" + path).forward(request, response);
    }
}
