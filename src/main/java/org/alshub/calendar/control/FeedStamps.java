package org.alshub.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When each feed's bytes last changed, kept in the database (feed_stamp). A feed's Last-Modified is
 * then the same after a restart and on every instance, so a calendar app that sends back both
 * validators it was given gets 304, not the whole feed again.
 */
@ApplicationScoped
public class FeedStamps {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * When {@code feed} first had the bytes {@code etag} names: stored then, read back after. Two
     * instances rendering a new feed at once both insert; the loser's transaction fails and it
     * asks again, finding the winner's row.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant modifiedAt(String feed, String etag) {
        String name = Feeds.digest(feed.getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select etag, modified_at from feed_stamp where name = ?")
                .setParameter(1, name).getResultList();
        if (!rows.isEmpty() && etag.equals(rows.get(0)[0])) {
            return utc(rows.get(0)[1]);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        if (rows.isEmpty()) {
            em.createNativeQuery("insert into feed_stamp (name, etag, modified_at) values (?, ?, ?)")
                    .setParameter(1, name).setParameter(2, etag).setParameter(3, at).executeUpdate();
        } else {
            em.createNativeQuery("update feed_stamp set etag = ?, modified_at = ? where name = ?")
                    .setParameter(1, etag).setParameter(2, at).setParameter(3, name).executeUpdate();
        }
        return now;
    }

    private static Instant utc(Object timestamp) {
        LocalDateTime local = timestamp instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) timestamp;
        return local.toInstant(ZoneOffset.UTC);
    }
}
