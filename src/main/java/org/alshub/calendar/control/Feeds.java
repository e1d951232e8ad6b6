package org.alshub.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.alshub.platform.persistence.DataVersions;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;
import org.alshub.workshop.entity.WorkshopsChanged;

/**
 * Renders calendars from the database. The public feed is rendered once per change and served
 * from memory: it is keyed by a data version bumped after every committed change to workshops
 * or series, and by the day (the window of recent workshops slides).
 */
@ApplicationScoped
public class Feeds {

    /** How long past workshops stay in feeds, so people can look back at the last few. */
    static final Duration RECENT = Duration.ofDays(92);
    public static final String FEED_NAME = "Action Learning Set workshops";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    CalendarSettings settings;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler scheduler;

    @Inject
    Clock clock;

    @Inject
    DataVersions versions;

    private final Map<String, Rendered> cache = new ConcurrentHashMap<>();

    /** Bytes ready to send, with their validators. */
    public record Rendered(String key, byte[] body, String etag, Instant lastModified) {
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkshopsChanged change) {
        versions.bump(DataVersions.WORKSHOPS);
    }

    /** The public feed for links rooted at {@code base}. */
    public Rendered publicFeed(URI base) {
        String key = versions.current(DataVersions.WORKSHOPS) + "|" + LocalDate.now(clock) + "|" + base;
        Rendered cached = cache.get(base.toString());
        if (cached != null && cached.key().equals(key)) {
            return cached;
        }
        String ics = IcsText.write(settings.calendars().publicFeed(inFeeds(), links(base), FEED_NAME));
        Rendered fresh = rendered(key, ics, cached);
        if (cache.size() > 16) {
            // request-derived bases (no als.public-url) are few; never let Host headers grow this
            cache.clear();
        }
        cache.put(base.toString(), fresh);
        return fresh;
    }

    /** A series and every series that continues it, as recurring events. */
    public Optional<String> series(long id, URI base) {
        Optional<WorkshopSeries> first = scheduler.find(id);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<WorkshopSeries> chain = new ArrayList<>();
        Map<Long, List<Workshop>> occurrences = new LinkedHashMap<>();
        for (Optional<WorkshopSeries> s = first; s.isPresent() && chain.size() < 100;
             s = s.get().continuedBy() == null ? Optional.empty() : scheduler.find(s.get().continuedBy())) {
            chain.add(s.get());
            occurrences.put(s.get().id(), workshops.ofSeries(s.get().id()));
        }
        return Optional.of(IcsText.write(settings.calendars().series(chain, occurrences, links(base),
                base.resolve("calendar/series/" + id + ".ics"))));
    }

    /** Workshops in feeds: every one not yet over, and those that ended in the last three months. */
    public List<Workshop> inFeeds() {
        LocalDateTime since = LocalDateTime.ofInstant(clock.instant().minus(RECENT), ZoneOffset.UTC);
        return em.createQuery("select w from Workshop w where w.endsAtUtc >= :since order by w.startsAtUtc, w.id",
                Workshop.class).setParameter("since", since).getResultList();
    }

    public static Function<Workshop, URI> links(URI base) {
        return w -> base.resolve("calendar/workshops/" + w.id() + ".ics");
    }

    /** Same bytes as before keep their Last-Modified, so a restart or a no-op change costs clients nothing. */
    static Rendered rendered(String key, String ics, Rendered previous) {
        byte[] body = ics.getBytes(StandardCharsets.UTF_8);
        String etag = digest(body);
        Instant modified = previous != null && previous.etag().equals(etag) ? previous.lastModified()
                : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new Rendered(key, body, etag, modified);
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
