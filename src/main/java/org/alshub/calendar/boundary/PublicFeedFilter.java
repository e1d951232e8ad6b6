package org.alshub.calendar.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.Feeds;
import org.alshub.platform.persistence.SqlStatements;
import org.alshub.platform.persistence.SqlStatementsHeader;

/**
 * The public feed on the shortest path the container offers. Every subscribed calendar polls it and
 * its bytes change only with a workshop, yet through JAX-RS each poll cost more than twice what
 * sending the bytes does (bench/feed.sh). Mapped in web.xml after the security headers and ahead of
 * the pages, this answers a plain GET (200 or 304) from the bytes {@link Feeds} keeps, under the same
 * data version, ETag, gzip and headers as {@link CalendarResource#publicFeed}, which still answers
 * the rest (HEAD, If-Match, If-Unmodified-Since, a date it cannot read) and documents the address.
 */
public class PublicFeedFilter extends HttpFilter {

    @Inject
    Feeds feeds;

    @Inject
    CalendarSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getHeader("If-Match") != null
                || request.getHeader("If-Unmodified-Since") != null) {
            chain.doFilter(request, response);
            return;
        }
        long modifiedSince;
        try {
            modifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            chain.doFilter(request, response);
            return;
        }
        boolean counting = SqlStatements.enabled();
        if (counting) {
            SqlStatements.start();
        }
        Feeds.Rendered feed = feeds.publicFeed(settings.base(siteRoot(request)));
        if (counting) {
            response.setHeader(SqlStatementsHeader.HEADER, Integer.toString(SqlStatements.stop()));
        }
        boolean gzip = IcsResponses.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = '"' + feed.etag() + (gzip ? IcsResponses.GZIP_TAG : "") + '"';
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", feed.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", CalendarResource.PUBLIC_FEED_CACHE);
        response.setHeader("Vary", "Accept-Encoding");
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null ? IcsResponses.matches(noneMatch, etag)
                : modifiedSince >= 0 && feed.lastModified().toEpochMilli() / 1000 <= modifiedSince / 1000) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = gzip ? feed.gzipped() : feed.body();
        response.setContentType(IcsResponses.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"workshops.ics\"");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The root the browser used, as JAX-RS gives it to {@link CalendarSettings#base}: same feed, same bytes. */
    static URI siteRoot(HttpServletRequest request) {
        return URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/");
    }
}
