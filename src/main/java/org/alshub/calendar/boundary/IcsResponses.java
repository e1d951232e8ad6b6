package org.alshub.calendar.boundary;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** How calendar files leave the app. */
public final class IcsResponses {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

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
}
