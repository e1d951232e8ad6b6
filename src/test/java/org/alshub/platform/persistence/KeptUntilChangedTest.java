package org.alshub.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptUntilChangedTest {

    @Test
    void workedOutAgainOnlyWhenTheVersionMoves() {
        KeptUntilChanged<Integer> kept = new KeptUntilChanged<>(10);
        AtomicInteger workedOut = new AtomicInteger();
        assertEquals(1, kept.get("housing", "v1", workedOut::incrementAndGet));
        assertEquals(1, kept.get("housing", "v1", workedOut::incrementAndGet));
        assertEquals(2, kept.get("housing", "v2", workedOut::incrementAndGet), "a change is seen at once");
        assertEquals(3, kept.get("parks", "v2", workedOut::incrementAndGet), "each name is kept on its own");
        assertEquals(2, kept.get("housing", "v2", workedOut::incrementAndGet));
    }

    @Test
    void theLeastRecentlyAskedForAreDroppedBeyondTheLimit() {
        KeptUntilChanged<Integer> kept = new KeptUntilChanged<>(2);
        AtomicInteger workedOut = new AtomicInteger();
        kept.get("a", "v", workedOut::incrementAndGet);
        kept.get("b", "v", workedOut::incrementAndGet);
        kept.get("a", "v", workedOut::incrementAndGet);
        kept.get("c", "v", workedOut::incrementAndGet);
        assertEquals(3, workedOut.get());
        assertEquals(1, kept.get("a", "v", workedOut::incrementAndGet), "a was asked for lately: kept");
        assertEquals(4, kept.get("b", "v", workedOut::incrementAndGet), "b was dropped");
    }
}
