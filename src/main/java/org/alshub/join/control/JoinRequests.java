package org.alshub.join.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import org.alshub.join.entity.JoinRequest;
import org.alshub.join.entity.JoinStatus;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Affiliation;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.network.control.TextIndex;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.audit.control.Audited;

/** Asking to join, and answering. */
@Audited
@ApplicationScoped
@Transactional
public class JoinRequests {

    /** What a new member said they would bring, indexed so peers can find them. */
    public static final String KIND = "introduction";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Accounts accounts;

    @Inject
    TextIndex index;

    @Inject
    Clock clock;

    /** What someone says about themselves when they ask. */
    public record Asking(String name, String email, String organisation, boolean worksForCouncil, String wouldBring,
                        boolean listInDirectory) {
    }

    /** A stored request and the token of its private page (only ever given out here). */
    public record Asked(JoinRequest request, String token) {
    }

    /** An accepted request, its member, and a generated password when an account was opened. */
    public record Accepted(JoinRequest request, Member member, Optional<String> password) {
    }

    public Asked ask(Asking asking) {
        String token = newToken();
        JoinRequest request = new JoinRequest(digest(token), asking.name(), asking.email(), blankToNull(asking.organisation()),
                asking.worksForCouncil(), blankToNull(asking.wouldBring()), clock.instant());
        request.listInDirectory(asking.listInDirectory());
        em.persist(request);
        em.flush();
        return new Asked(request, token);
    }

    /** A token as a discarded form gets it: the same shape as a real one, leading nowhere. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Welcomes the requester: a member (an officer when they work for the council, someone from
     * outside otherwise, invited by the facilitator who accepted) and, for council staff, an account.
     */
    public Accepted accept(long id, long facilitatorId, OptionalInt expectedVersion) {
        JoinRequest request = pending(id, expectedVersion);
        Member member = members.join(new Members.Details(request.name(), request.email(),
                EnumSet.of(request.worksForCouncil() ? Affiliation.OFFICER : Affiliation.EXTERNAL),
                request.organisation(), request.listInDirectory()), facilitatorId);
        Optional<String> password = request.worksForCouncil()
                ? accounts.open(member.id(), Role.OFFICER, null).generatedPassword()
                : Optional.empty();
        request.accept(member.id(), facilitatorId, clock.instant());
        if (request.wouldBring() != null) {
            index.put(KIND, request.id(), member.id(), "What " + member.name() + " would bring", request.wouldBring());
        }
        em.flush();
        return new Accepted(request, member, password);
    }

    public JoinRequest decline(long id, long facilitatorId, String reason, OptionalInt expectedVersion) {
        JoinRequest request = pending(id, expectedVersion);
        request.decline(reason, facilitatorId, clock.instant());
        em.flush();
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JoinRequest> byToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select r from JoinRequest r where r.tokenDigest = :digest", JoinRequest.class)
                .setParameter("digest", digest(token)).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JoinRequest require(long id) {
        return Optional.ofNullable(em.find(JoinRequest.class, id))
                .orElseThrow(() -> ProblemException.notFound("join request"));
    }

    /** Requests, oldest first so none waits longest; status narrows the list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JoinRequest> list(JoinStatus status, int page, int size) {
        String where = status == null ? "" : " where r.status = :status";
        var items = em.createQuery("select r from JoinRequest r" + where + " order by r.createdAt, r.id",
                JoinRequest.class).setFirstResult(page * size).setMaxResults(size);
        var total = em.createQuery("select count(r) from JoinRequest r" + where, Long.class);
        if (status != null) {
            items.setParameter("status", status);
            total.setParameter("status", status);
        }
        return new Page<>(items.getResultList(), page, size, total.getSingleResult());
    }

    /**
     * Every request sent from this email address, whatever its case, oldest first: someone who
     * asks again (no answer yet, or asking after a decline) is one person, not two.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JoinRequest> fromAddress(String email) {
        return em.createQuery("select r from JoinRequest r where lower(r.email) = :key order by r.createdAt, r.id",
                JoinRequest.class).setParameter("key", JoinRequest.addressKey(email)).getResultList();
    }

    /** How many requests each of these addresses has sent, by {@link JoinRequest#addressKey}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countsByAddress(Collection<String> emails) {
        Set<String> keys = emails.stream().map(JoinRequest::addressKey).collect(Collectors.toSet());
        Map<String, Long> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        em.createQuery("select lower(r.email), count(r) from JoinRequest r where lower(r.email) in :keys"
                        + " group by lower(r.email)", Object[].class).setParameter("keys", keys).getResultStream()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private JoinRequest pending(long id, OptionalInt expectedVersion) {
        JoinRequest request = require(id);
        Versions.check(expectedVersion, request.version());
        if (!request.isPending()) {
            throw ProblemException.conflict("This request was already " + request.status().name().toLowerCase()
                    + ".");
        }
        return request;
    }

    /** Only a digest of the token is stored: a copy of the database opens no one's page. */
    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
