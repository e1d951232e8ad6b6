package org.alshub.toolkit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alshub.member.entity.Member;
import org.alshub.network.control.TextIndex;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.toolkit.entity.EntryKind;
import org.alshub.toolkit.entity.Feedback;
import org.alshub.project.entity.Stage;
import org.alshub.toolkit.entity.ToolkitEntry;
import org.alshub.audit.control.Audited;

/** Tools and case studies, and what people think of them. */
@Audited
@ApplicationScoped
@Transactional
public class Toolkit {

    public static final String KIND = "toolkit";

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    TextIndex index;

    @Inject
    Clock clock;

    /** What a facilitator (or the entry's owner) says about an entry. */
    public record Description(EntryKind kind, Stage stage, String title, String summary, String body, String link,
                              Long ownerId) {
    }

    /** How an entry is rated: how many gave feedback and their average, null when none has. */
    public record Rating(long entryId, String title, boolean published, long count, Double average) {
    }

    public ToolkitEntry add(Description d) {
        ToolkitEntry entry = new ToolkitEntry(clock.instant());
        describe(entry, d);
        em.persist(entry);
        em.flush();
        reindex(entry);
        return entry;
    }

    public ToolkitEntry change(long id, Description d, OptionalInt expectedVersion) {
        ToolkitEntry entry = require(id);
        Versions.check(expectedVersion, entry.version());
        describe(entry, d);
        em.flush();
        if (entry.isPublished()) {
            reindex(entry);
        }
        return entry;
    }

    /**
     * Out of the public toolkit: visitors and members no longer find it, in the list, by search or
     * among peer suggestions; its feedback stays for facilitators. Unpublishing twice changes nothing.
     */
    public ToolkitEntry unpublish(long id) {
        ToolkitEntry entry = require(id);
        entry.unpublish(clock.instant());
        em.flush();
        index.remove(KIND, entry.id());
        return entry;
    }

    public ToolkitEntry publish(long id) {
        ToolkitEntry entry = require(id);
        entry.publish();
        em.flush();
        reindex(entry);
        return entry;
    }

    /** Feedback on a published entry: an unpublished one is as if absent to those giving it. */
    public Feedback feedback(long entryId, int rating, String comment, Long memberId, String givenName) {
        requireShown(entryId, false);
        Feedback feedback = new Feedback(entryId, rating, blankToNull(comment), memberId, blankToNull(givenName),
                clock.instant());
        em.persist(feedback);
        em.flush();
        return feedback;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ToolkitEntry> find(long id) {
        return Optional.ofNullable(em.find(ToolkitEntry.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ToolkitEntry require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("toolkit entry"));
    }

    /** An entry as its reader may see it: an unpublished one only by facilitators, else not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ToolkitEntry requireShown(long id, boolean facilitator) {
        ToolkitEntry entry = require(id);
        if (!entry.isPublished() && !facilitator) {
            throw ProblemException.notFound("toolkit entry");
        }
        return entry;
    }

    /**
     * Entries in the order of the commissioning cycle, then by title; stage and kind narrow it,
     * and unpublished ones are left out unless asked for (facilitators).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ToolkitEntry> list(Stage stage, EntryKind kind, boolean unpublishedToo, int page, int size) {
        String where = " where 1 = 1" + (unpublishedToo ? "" : " and e.unpublishedAt is null")
                + (stage == null ? "" : " and e.stage = :stage")
                + (kind == null ? "" : " and e.kind = :kind");
        var items = em.createQuery("select e from ToolkitEntry e" + where + " order by e.stage, e.title, e.id",
                ToolkitEntry.class).setFirstResult(page * size).setMaxResults(size);
        var total = em.createQuery("select count(e) from ToolkitEntry e" + where, Long.class);
        if (stage != null) {
            items.setParameter("stage", stage);
            total.setParameter("stage", stage);
        }
        if (kind != null) {
            items.setParameter("kind", kind);
            total.setParameter("kind", kind);
        }
        return new Page<>(items.getResultList(), page, size, total.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Feedback> feedbackOn(long entryId, int page, int size) {
        require(entryId);
        List<Feedback> items = em.createQuery("select f from Feedback f where f.entryId = :entry"
                        + " order by f.createdAt desc, f.id desc", Feedback.class)
                .setParameter("entry", entryId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(f) from Feedback f where f.entryId = :entry", Long.class)
                .setParameter("entry", entryId).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Every entry's rating, including those nobody has rated yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rating> ratings() {
        java.util.Map<Long, Object[]> byEntry = new java.util.HashMap<>();
        em.createQuery("select f.entryId, count(f), sum(f.rating) from Feedback f group by f.entryId", Object[].class)
                .getResultStream().forEach(row -> byEntry.put(((Number) row[0]).longValue(), row));
        return em.createQuery("select e from ToolkitEntry e order by e.title, e.id", ToolkitEntry.class)
                .getResultStream().map(e -> {
                    Object[] row = byEntry.get(e.id());
                    return row == null ? new Rating(e.id(), e.title(), e.isPublished(), 0, null)
                            : new Rating(e.id(), e.title(), e.isPublished(), ((Number) row[1]).longValue(),
                            average(row[2], row[1]));
                }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rating rating(long entryId) {
        ToolkitEntry entry = require(entryId);
        Object[] row = em.createQuery("select count(f), sum(f.rating) from Feedback f where f.entryId = :entry",
                Object[].class).setParameter("entry", entryId).getSingleResult();
        return new Rating(entryId, entry.title(), entry.isPublished(), ((Number) row[0]).longValue(),
                average(row[1], row[0]));
    }

    /**
     * To two decimals, as a person reads it. From the sum, not the database's avg: Derby averages
     * whole numbers as a whole number (4 and 5 average 4).
     */
    private static Double average(Object sum, Object count) {
        long n = count == null ? 0 : ((Number) count).longValue();
        return n == 0 || sum == null ? null : Math.round(((Number) sum).doubleValue() * 100 / n) / 100.0;
    }

    /** All feedback, newest first, a page at a time: the facilitators' list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Feedback> allFeedback(int page, int size) {
        List<Feedback> items = em.createQuery("select f from Feedback f order by f.createdAt desc, f.id desc",
                Feedback.class).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(f) from Feedback f", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** All feedback, newest first, for the CSV export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feedback> allFeedback() {
        return em.createQuery("select f from Feedback f order by f.createdAt desc, f.id desc", Feedback.class)
                .getResultList();
    }

    private void describe(ToolkitEntry entry, Description d) {
        if (d.ownerId() != null && em.find(Member.class, d.ownerId()) == null) {
            throw ProblemException.invalid("ownerId", "no member has this id");
        }
        entry.describe(d.kind(), d.stage(), d.title(), d.summary(), blankToNull(d.body()), blankToNull(d.link()),
                d.ownerId(), clock.instant());
    }

    private void reindex(ToolkitEntry entry) {
        index.put(KIND, entry.id(), entry.ownerId(), entry.title(), List.of(
                new TextIndex.Field(entry.title(), TextIndex.TITLE),
                new TextIndex.Field(entry.summary(), TextIndex.TAGS),
                new TextIndex.Field(entry.body(), TextIndex.BODY)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
