package org.alshub.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What calendar apps send with a poll: which encodings they take, which copy they already hold. */
class IcsResponsesTest {

    @Test
    void gzipIsTakenUnlessRefusedOrNotOffered() {
        assertTrue(IcsResponses.acceptsGzip("gzip"));
        assertTrue(IcsResponses.acceptsGzip("deflate, GZIP;q=0.5, br"));
        assertFalse(IcsResponses.acceptsGzip(null));
        assertFalse(IcsResponses.acceptsGzip("deflate, br"));
        assertFalse(IcsResponses.acceptsGzip("gzip;q=0"));
        assertFalse(IcsResponses.acceptsGzip("gzip; q=0.000"));
        assertFalse(IcsResponses.acceptsGzip("x-gzip"));
    }

    @Test
    void ifNoneMatchMatchesTheTagWeaklyInAListOrAsAStar() {
        String etag = "\"abc-gzip\"";
        assertTrue(IcsResponses.matches("\"abc-gzip\"", etag));
        assertTrue(IcsResponses.matches("W/\"abc-gzip\"", etag));
        assertTrue(IcsResponses.matches("\"old\", \"abc-gzip\"", etag));
        assertTrue(IcsResponses.matches("*", etag));
        assertFalse(IcsResponses.matches("\"abc\"", etag), "the identity bytes' tag is another representation");
        assertFalse(IcsResponses.matches("abc-gzip", etag), "an unquoted tag is not the tag");
        assertFalse(IcsResponses.matches("", etag));
    }
}
