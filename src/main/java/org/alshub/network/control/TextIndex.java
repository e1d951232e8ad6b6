package org.alshub.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alshub.network.entity.Terms;
import org.alshub.platform.persistence.DataVersions;
import org.alshub.platform.persistence.KeptUntilChanged;
import org.alshub.audit.control.Audited;

/**
 * Full-text search over the network's own records, kept in two tables (text_index, indexed_record)
 * and maintained on write by whoever owns the record: call {@link #put} when it is created or
 * changed and {@link #remove} when it should no longer be found. A hit's score sums, over the
 * query's terms, the term's weight in the record times how rare the term is (so "residents",
 * found everywhere, counts for less than "budgeting").
 */
@Audited
@ApplicationScoped
@Transactional
public class TextIndex {

    /** Field weights: a word in a title says more about a record than a word in its body. */
    public static final int TITLE = 3;
    public static final int TAGS = 2;
    public static final int BODY = 1;

    /** A word repeated in a long text should not drown out a title. */
    private static final int MAX_WEIGHT = 12;
    private static final int ROWS_PER_INSERT = 50;
    /** Long records query with their strongest terms only. */
    private static final int MAX_QUERY_TERMS = 40;

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    DataVersions versions;

    @Inject
    Event<TextIndexChanged> changed;

    /** Fired on each put or remove; the version moves after the commit. */
    public record TextIndexChanged() {
    }

    private final KeptUntilChanged<List<Hit>> searches = new KeptUntilChanged<>(512);
    private final KeptUntilChanged<Long> counts = new KeptUntilChanged<>(512);

    /** One piece of a record's text and how much its words count. */
    public record Field(String text, int weight) {
    }

    /** A record that matched, with the member behind it when there is one. */
    public record Hit(String kind, long refId, Long memberId, String title, long score) {
    }

    /** Indexes (or re-indexes) a record: its owner may be null, its title is how suggestions name it. */
    public void put(String kind, long id, Long memberId, String title, List<Field> fields) {
        // a new record has nothing to remove, and its delete's range scan at the end of the index
        // made concurrent posts wait on each other's locks (4 lock timeouts in 10,000 posts)
        if (find(kind, id).isPresent()) {
            remove(kind, id);
        }
        changed.fire(new TextIndexChanged());
        em.createNativeQuery("insert into indexed_record (kind, ref_id, member_id, title) values (?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, id).setParameter(3, memberId)
                .setParameter(4, title.length() > 200 ? title.substring(0, 200) : title)
                .executeUpdate();
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(weights(fields).entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Map.Entry<String, Integer>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("insert into text_index (kind, ref_id, term, weight) values "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?)")));
            int p = 1;
            for (Map.Entry<String, Integer> row : chunk) {
                insert.setParameter(p++, kind).setParameter(p++, id).setParameter(p++, row.getKey())
                        .setParameter(p++, row.getValue());
            }
            insert.executeUpdate();
        }
    }

    /** The brief form for a record with a title and one text, such as a challenge. */
    public void put(String kind, long id, Long memberId, String title, String text) {
        put(kind, id, memberId, title, List.of(new Field(title, TITLE), new Field(text, BODY)));
    }

    public void remove(String kind, long id) {
        changed.fire(new TextIndexChanged());
        em.createNativeQuery("delete from text_index where kind = ? and ref_id = ?")
                .setParameter(1, kind).setParameter(2, id).executeUpdate();
        em.createNativeQuery("delete from indexed_record where kind = ? and ref_id = ?")
                .setParameter(1, kind).setParameter(2, id).executeUpdate();
    }

    /** No indexed record is the member's any more: peer suggestions stop naming them. */
    public void forgetMember(long memberId) {
        changed.fire(new TextIndexChanged());
        em.createNativeQuery("update indexed_record set member_id = null where member_id = ?")
                .setParameter(1, memberId).executeUpdate();
    }

    void bumpAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TextIndexChanged change) {
        versions.bump(DataVersions.TEXT_INDEX);
    }

    private String version() {
        return Long.toString(versions.current(DataVersions.TEXT_INDEX));
    }

    /** Each term's weight in a record: the field weights of its occurrences, capped. */
    static Map<String, Integer> weights(List<Field> fields) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Field field : fields) {
            Terms.count(field.text()).forEach((term, times) -> weights.merge(term, field.weight() * times, Integer::sum));
        }
        weights.replaceAll((term, weight) -> Math.min(weight, MAX_WEIGHT));
        return weights;
    }

    /**
     * Records of one kind matching any of the terms, best first. Scoring a common word sums
     * thousands of index rows, so answers are kept until the index next changes (after the commit
     * of a put or remove, on any instance): people search the same few words far more often
     * than do's are posted.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hit> search(String kind, Collection<String> terms, int offset, int limit) {
        return searches.get(kind + "|" + terms + "|" + offset + "|" + limit, version(),
                () -> List.copyOf(scored(kind, terms, offset, limit)));
    }

    private List<Hit> scored(String kind, Collection<String> terms, int offset, int limit) {
        Map<String, Long> rarity = rarity(List.of(kind), terms);
        if (rarity.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String scoreSql = score(rarity, parameters);
        parameters.add(kind);
        parameters.addAll(rarity.keySet());
        parameters.add(offset);
        parameters.add(limit);
        String sql = "select t.ref_id, " + scoreSql + " as score from text_index t"
                + " where t.kind = ? and t.term in (" + marks(rarity.size()) + ")"
                + " group by t.ref_id order by score desc, t.ref_id desc"
                + " offset ? rows fetch next ? rows only";
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows(sql, parameters)) {
            hits.add(new Hit(kind, number(row[0]), null, null, number(row[1])));
        }
        return hits;
    }

    /** How many records of one kind match any of the terms; kept like {@link #search}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String kind, Collection<String> terms) {
        if (terms.isEmpty()) {
            return 0;
        }
        return counts.get(kind + "|" + terms, version(), () -> counted(kind, terms));
    }

    private long counted(String kind, Collection<String> terms) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(kind);
        parameters.addAll(terms);
        return number(query("select count(distinct ref_id) from text_index where kind = ? and term in ("
                + marks(terms.size()) + ")", parameters).getSingleResult());
    }

    /**
     * Records that have a member behind them, of the given kinds (all kinds when empty), best
     * first, leaving out one member's own and one record (the one the question is about).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hit> searchWithOwners(List<String> kinds, Collection<String> terms, Long exceptMember,
                                      String exceptKind, Long exceptId, int limit) {
        Map<String, Long> rarity = rarity(kinds, terms);
        if (rarity.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        String scoreSql = score(rarity, parameters);
        parameters.addAll(kinds);
        parameters.addAll(rarity.keySet());
        parameters.add(exceptMember == null ? -1L : exceptMember);
        parameters.add(exceptKind == null ? "" : exceptKind);
        parameters.add(exceptId == null ? -1L : exceptId);
        String sql = "select t.kind, t.ref_id, r.member_id, r.title, " + scoreSql + " as score"
                + " from text_index t join indexed_record r on r.kind = t.kind and r.ref_id = t.ref_id"
                + " where " + kindClause("t.kind", kinds) + " and t.term in (" + marks(rarity.size()) + ")"
                + " and r.member_id is not null and r.member_id <> ?"
                + " and not (t.kind = ? and t.ref_id = ?)"
                + " group by t.kind, t.ref_id, r.member_id, r.title order by score desc, t.ref_id desc"
                + " fetch first " + limit + " rows only";
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows(sql, parameters)) {
            hits.add(new Hit((String) row[0], number(row[1]), number(row[2]), (String) row[3], number(row[4])));
        }
        return hits;
    }

    /** A record's strongest terms: what it is about, to find others like it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> termsOf(String kind, long id) {
        @SuppressWarnings("unchecked")
        List<Object> terms = em.createNativeQuery("select term from text_index where kind = ? and ref_id = ?"
                        + " order by weight desc, term fetch first " + MAX_QUERY_TERMS + " rows only")
                .setParameter(1, kind).setParameter(2, id).getResultList();
        return terms.stream().map(String::valueOf).toList();
    }

    /** An indexed record: how suggestions name it and the member behind it (null: nobody). */
    public record Indexed(String title, Long memberId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Indexed> find(String kind, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select title, member_id from indexed_record"
                        + " where kind = ? and ref_id = ?")
                .setParameter(1, kind).setParameter(2, id).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Indexed((String) row[0], row[1] == null ? null : number(row[1])));
    }

    /**
     * For each query term that occurs at all, how rare it is: an inverse document frequency,
     * in hundredths so the database can sum it as an integer.
     */
    private Map<String, Long> rarity(List<String> kinds, Collection<String> terms) {
        List<String> distinct = terms.stream().distinct().limit(MAX_QUERY_TERMS).toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        List<Object> parameters = new ArrayList<>(kinds);
        long records = number(query("select count(*) from indexed_record where " + kindClause("kind", kinds),
                parameters).getSingleResult());
        parameters.addAll(distinct);
        Map<String, Long> frequency = new HashMap<>();
        for (Object[] row : rows("select term, count(*) from text_index where " + kindClause("kind", kinds)
                + " and term in (" + marks(distinct.size()) + ") group by term", parameters)) {
            frequency.put((String) row[0], number(row[1]));
        }
        return distinct.stream().filter(frequency::containsKey).collect(Collectors.toMap(term -> term,
                term -> Math.round(100 * Math.log(1.0 + (double) Math.max(records, 1) / frequency.get(term))),
                (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * sum(weight * rarity of the term). Terms and rarities are both parameters, so the SQL text
     * depends only on how many terms there are and Derby compiles it once, not once per query.
     */
    private static String score(Map<String, Long> rarity, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("sum(t.weight * case");
        rarity.forEach((term, value) -> {
            sql.append(" when t.term = ? then cast(? as integer)");
            parameters.add(term);
            parameters.add(value.intValue());
        });
        return sql.append(" else 0 end)").toString();
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql, parameters).getResultList();
        return rows;
    }

    private jakarta.persistence.Query query(String sql, List<Object> parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** "kind in (?, ?)", or a condition always true when no kinds are named. */
    private static String kindClause(String column, List<String> kinds) {
        return kinds.isEmpty() ? "1 = 1" : column + " in (" + marks(kinds.size()) + ")";
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
