package org.alshub.platform.web;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import org.alshub.platform.problem.Problem;

/**
 * Refuses a request body over {@link #MAX_BYTES} with 413 before anything reads it: a problem
 * document under /api, the error page elsewhere. Without this the container's own form limit
 * (2 MB) failed the request deep inside, as a 500. A body sent without its length is counted as
 * it is read and refused the same way once it passes the limit.
 */
public class BodyLimit extends HttpFilter {

    /** Far more than any form or JSON body the app takes (the longest text field is 8,000 characters). */
    public static final long MAX_BYTES = 1_500_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request) : request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            try (var jsonb = JsonbBuilder.create()) {
                response.getWriter().write(jsonb.toJson(Problem.of(413, "Content Too Large",
                        "The request body is larger than " + MAX_BYTES + " bytes.")));
            } catch (Exception e) {
                response.getWriter().write("{\"status\":413}");
            }
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(ViewWriter.HTML);
        var page = Templates.page("platform/error", Frame.of(request), new PageExceptions.Refusal(413, null));
        response.setContentLength(page.getContentLength());
        page.writeTo(response.getOutputStream());
    }

    /** A body of unknown length, stopped with 413 at the limit. */
    private static final class Counted extends HttpServletRequestWrapper {
        private ServletInputStream counted;

        Counted(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > MAX_BYTES) {
                            throw new WebApplicationException(413);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
