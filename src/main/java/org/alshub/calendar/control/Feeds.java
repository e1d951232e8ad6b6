package org.alshub.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.alshub.platform.persistence.DataVersions;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;
import org.alshub.workshop.entity.WorkshopsChanged;

/**
 * Renders calendars from the database. Feeds are rendered once per change and served from memory:
 * each is keyed by a data version bumped after every committed change to workshops or series, and
 * by the day (the window of recent workshops slides); a member's feed also by their answers.
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

    /** Rendered feeds kept in memory, least recently used dropped first once they pass this many bytes. */
    static final long CACHE_BYTES = 48L * 1024 * 1024;

    @Inject
    DataVersions versions;

    @Inject
    FeedStamps stamps;

    private final ReentrantLock rendering = new ReentrantLock();
    private final Map<String, Rendered> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private long bytes;

        @Override
        public Rendered put(String name, Rendered value) {
            Rendered old = super.put(name, value);
            bytes += size(value) - size(old);
            var eldest = entrySet().iterator();
            while (bytes > CACHE_BYTES && size() > 1 && eldest.hasNext()) {
                bytes -= size(eldest.next().getValue());
                eldest.remove();
            }
            return old;
        }

        private long size(Rendered rendered) {
            return rendered == null ? 0 : rendered.body().length + rendered.gzipped().length;
        }
    });

    /** Bytes ready to send, with their validators. */
    public record Rendered(String key, byte[] body, byte[] gzipped, String etag, Instant lastModified) {
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkshopsChanged change) {
        versions.bump(DataVersions.WORKSHOPS);
    }

    /**
     * Creates this bean while the app starts. Created later, inside the after-commit callback of
     * the first workshop change (the demo data's, say), Payara leaves its EntityManager null.
     */
    public void ready() {
        versions.current(DataVersions.WORKSHOPS);
    }

    /** The public feed for links rooted at {@code base}. */
    public Rendered publicFeed(URI base) {
        return cached("public|" + base, version() + "|" + base,
                () -> IcsText.write(settings.calendars().publicFeed(inFeeds(), links(base), FEED_NAME)));
    }

    /** Changes with every committed change to workshops or series, and every day (the window slides). */
    public String version() {
        return versions.current(DataVersions.WORKSHOPS) + "|" + LocalDate.now(clock);
    }

    /**
     * The bytes last rendered under {@code name} while {@code key} holds, else rendered now. One
     * render at a time: a national feed is megabytes and takes seconds, so 64 clients polling
     * after a change must not render it 64 times over in a small heap. While it is being rendered
     * again, others get the bytes before the change, as a calendar polling a minute earlier would.
     */
    public Rendered cached(String name, String key, Supplier<String> render) {
        Rendered cached = cache.get(name);
        if (cached != null && cached.key().equals(key)) {
            return cached;
        }
        if (cached != null && !rendering.tryLock()) {
            return cached;
        }
        if (cached == null) {
            rendering.lock();
        }
        try {
            cached = cache.get(name);
            if (cached != null && cached.key().equals(key)) {
                return cached;
            }
            Rendered fresh = rendered(name, key, render.get());
            cache.put(name, fresh);
            return fresh;
        } finally {
            rendering.unlock();
        }
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

    /**
     * Same bytes as before keep their Last-Modified, which is stored: a restart, another instance or
     * a no-op change costs clients nothing.
     */
    Rendered rendered(String name, String key, String ics) {
        byte[] body = ics.getBytes(StandardCharsets.UTF_8);
        String etag = digest(body);
        Instant modified;
        try {
            modified = stamps.modifiedAt(name, etag);
        } catch (RuntimeException anotherInstanceStoredItFirst) {
            modified = stamps.modifiedAt(name, etag);
        }
        return new Rendered(key, body, gzip(body), etag, modified);
    }

    /**
     * Compressed once per render: calendar apps accept gzip, a national feed shrinks about tenfold,
     * and a server with a small heap then holds far fewer bytes per client it is still sending to.
     */
    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
