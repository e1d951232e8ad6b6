package org.alshub.toolkit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.alshub.project.entity.Stage;
import org.junit.jupiter.api.Test;

class ToolkitEntryTest {

    @Test
    void anUnpublishedEntryKeepsWhenItWasTakenOutUntilPublishedAgain() {
        ToolkitEntry entry = new ToolkitEntry(Instant.parse("2013-06-17T09:00:00Z"));
        entry.describe(EntryKind.TOOL, Stage.UNDERSTAND, "Co-production: what it is", "Why it matters", null,
                null, null, Instant.parse("2013-06-17T09:00:00Z"));
        assertTrue(entry.isPublished(), "published when added");
        Instant first = Instant.parse("2013-07-01T10:00:00Z");
        entry.unpublish(first);
        entry.unpublish(Instant.parse("2013-07-02T10:00:00Z"));
        assertFalse(entry.isPublished());
        assertEquals(first, entry.unpublishedAt(), "unpublishing again changes nothing");
        entry.publish();
        assertTrue(entry.isPublished());
        assertNull(entry.unpublishedAt());
    }
}
