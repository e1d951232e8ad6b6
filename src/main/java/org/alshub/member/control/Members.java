package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.alshub.member.entity.Affiliation;
import org.alshub.member.entity.Member;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.SignInCache;
import org.alshub.audit.control.Audited;

/** Joining, describing and finding members of the network. */
@Audited
@ApplicationScoped
@Transactional
public class Members {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    SignInCache signIns;

    /** What a member says about themselves (or a facilitator about them). */
    public record Details(String name, String email, Set<Affiliation> affiliations, String organisation,
                          boolean listedInDirectory) {
    }

    public Member join(Details details, Long invitedBy) {
        ensureEmailFree(details.email(), null);
        if (invitedBy != null && em.find(Member.class, invitedBy) == null) {
            throw ProblemException.invalid("invitedById", "no member has this id");
        }
        Member member = new Member(details.name(), details.email(), details.affiliations(),
                details.organisation(), details.listedInDirectory(), invitedBy);
        em.persist(member);
        flushOrConflict();
        return member;
    }

    public Member update(long id, Details details, OptionalInt expectedVersion) {
        Member member = find(id).orElseThrow(() -> ProblemException.notFound("member"));
        Versions.check(expectedVersion, member.version());
        ensureEmailFree(details.email(), id);
        String oldEmail = member.emailKey();
        member.rename(details.name());
        member.changeEmail(details.email());
        member.describe(details.affiliations().isEmpty() ? EnumSet.noneOf(Affiliation.class) : details.affiliations(),
                details.organisation(), details.listedInDirectory());
        flushOrConflict();
        signIns.forget(oldEmail);
        return member;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> findByEmail(String email) {
        return em.createNamedQuery(Member.BY_EMAIL, Member.class)
                .setParameter("key", Member.emailKey(email))
                .getResultStream().findFirst();
    }

    /**
     * Members by name, email or organisation. The directory (listedOnly) holds only those who
     * consented to be listed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Member> search(String text, boolean listedOnly, int page, int size) {
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String where = " where 1 = 1"
                + (pattern == null ? "" : " and (lower(m.name) like :pattern or m.emailKey like :pattern"
                        + " or lower(m.organisation) like :pattern)")
                + (listedOnly ? " and m.listedInDirectory = :listed" : "");
        var items = em.createQuery("select m from Member m" + where + " order by m.name, m.id", Member.class)
                .setFirstResult(page * size).setMaxResults(size);
        var total = em.createQuery("select count(m) from Member m" + where, Long.class);
        if (pattern != null) {
            items.setParameter("pattern", pattern);
            total.setParameter("pattern", pattern);
        }
        if (listedOnly) {
            items.setParameter("listed", true);
            total.setParameter("listed", true);
        }
        return new Page<>(items.getResultList(), page, size, total.getSingleResult());
    }

    /** Who "the one called X" is: everyone named exactly that (any case), else those whose name holds it. */
    public record NameMatch(List<Member> members, long count) {

        /** The one member meant, when exactly one matches. */
        public Optional<Long> one() {
            return count == 1 ? Optional.of(members.get(0).id()) : Optional.empty();
        }

        /** Why no one member is meant, in words for the person who typed it; {@code advice} ends it when none matches. */
        public String refusal(String typed, String advice) {
            return count == 0 ? "No member is called " + typed.strip() + advice
                    : count + " members match " + typed.strip() + ": type more of the name";
        }
    }

    /**
     * Members by a name as typed (at the console, say): exact matches first, else partial ones;
     * at most two are loaded, enough to tell one member from several, and erased members never.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NameMatch named(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        NameMatch exact = match("lower(m.name) = :key", key);
        return exact.count() > 0 ? exact
                : match("lower(m.name) like :key", "%" + key.replace("%", "").replace("_", "") + "%");
    }

    private NameMatch match(String condition, String key) {
        String where = " where " + condition + " and m.emailKey not like :erased";
        List<Member> found = em.createQuery("select m from Member m" + where + " order by m.id", Member.class)
                .setParameter("key", key).setParameter("erased", "%" + Member.ERASED_DOMAIN)
                .setMaxResults(2).getResultList();
        long count = found.size() < 2 ? found.size()
                : em.createQuery("select count(m) from Member m" + where, Long.class).setParameter("key", key)
                .setParameter("erased", "%" + Member.ERASED_DOMAIN).getSingleResult();
        return new NameMatch(found, count);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    }

    private void ensureEmailFree(String email, Long exceptId) {
        findByEmail(email).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
            throw ProblemException.conflict("A member with this email already exists.");
        });
    }

    /** The unique index is the last word when two people add the same email at once. */
    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("A member with this email already exists.");
        }
    }
}
