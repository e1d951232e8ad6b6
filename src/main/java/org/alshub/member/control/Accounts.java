package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import org.alshub.member.entity.Account;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.PasswordHasher;
import org.alshub.platform.security.SignInCache;
import org.alshub.audit.control.Audited;

/** Sign-in accounts for members: created by facilitators, never with a fixed default password. */
@Audited
@ApplicationScoped
@Transactional
public class Accounts {

    private static final char[] PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInCache signIns;

    /** The account, and the password when one was generated (shown once, never stored in clear). */
    public record Opened(Account account, Optional<String> generatedPassword) {
    }

    /** Gives a member an account; never an erased one, whose sign-in is gone for good. */
    public Opened open(long memberId, Role role, String password) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw ProblemException.notFound("member");
        }
        if (member.isErased()) {
            throw ProblemException.conflict("This member was erased: no one can sign in as them again.");
        }
        if (em.find(Account.class, memberId) != null) {
            throw ProblemException.conflict("This member already has an account.");
        }
        Optional<String> generated = password == null ? Optional.of(randomPassword()) : Optional.empty();
        Account account = new Account(memberId, role, hasher.hash(generated.orElse(password)));
        em.persist(account);
        return new Opened(account, generated);
    }

    /**
     * The member can no longer sign in; they stay a member, and can be given an account again.
     * Every session of theirs ends at once, on every instance.
     */
    public void withdraw(long memberId) {
        Account account = require(memberId);
        em.remove(account);
        em.flush();
        signIns.forget(em.find(Member.class, memberId).emailKey());
    }

    /** Another role; the member's sessions end, so they sign in again with it. */
    public Account changeRole(long memberId, Role role) {
        Account account = require(memberId);
        if (account.role() != role) {
            account.changeRole(role);
            signIns.forget(em.find(Member.class, memberId).emailKey());
        }
        return account;
    }

    private Account require(long memberId) {
        Account account = em.find(Account.class, memberId);
        if (account == null) {
            throw ProblemException.notFound("account");
        }
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(long memberId) {
        return Optional.ofNullable(em.find(Account.class, memberId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findActiveByEmail(String email) {
        return em.createNamedQuery(Account.ACTIVE_BY_EMAIL, Account.class)
                .setParameter("key", Member.emailKey(email))
                .setParameter("active", true)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /** 20 letters from a 56-letter alphabet: about 116 bits, easy to read aloud. */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_LETTERS[RANDOM.nextInt(PASSWORD_LETTERS.length)]);
        }
        return password.toString();
    }
}
