package org.alshub.toolkit.boundary;

import java.time.Instant;
import org.alshub.toolkit.entity.ToolkitEntry;

public record ToolkitEntryView(long id, String kind, String stage, String title, String summary, String body,
                               String link, Long ownerId, String owner, boolean published, Instant updatedAt,
                               int version) {

    static ToolkitEntryView of(ToolkitEntry e, String owner) {
        return new ToolkitEntryView(e.id(), e.kind().name(), e.stage().name(), e.title(), e.summary(), e.body(),
                e.link(), e.ownerId(), owner, e.isPublished(), e.updatedAt(), e.version());
    }
}
