package org.alshub.calendar.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;

/** How calendar files leave the app. */
public final class IcsResponses {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    /** The gzip bytes are another representation, so they carry their own ETag: this suffix. */
    static final String GZIP_TAG = "-gzip";

    private IcsResponses() {
    }

    /** A file that can change at any time and may be personal: always asked for afresh. */
    public static Response privateFile(String ics, String filename) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(ics, MEDIA_TYPE)
                .cacheControl(noStore)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** Whether an Accept-Encoding header takes gzip (not refused with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null && Arrays.stream(acceptEncoding.split(","))
                .map(coding -> coding.strip().toLowerCase(Locale.ROOT))
                .anyMatch(coding -> coding.equals("gzip")
                        || coding.startsWith("gzip;") && !coding.matches("gzip;\\s*q=0(\\.0*)?"));
    }

    /** Whether an If-None-Match header names this ETag: weak comparison, as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || (candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
