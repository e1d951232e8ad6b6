package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.alshub.member.entity.Account;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.PasswordReset;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.PasswordHasher;
import org.alshub.platform.security.PasswordPolicy;
import org.alshub.platform.security.SignInCache;
import org.alshub.platform.security.SecretTokens;
import org.alshub.audit.control.Audited;

/** Changing a password, and the one-time reset links a facilitator hands out. */
@Audited
@ApplicationScoped
@Transactional
public class Passwords {

    static final Duration RESET_LINK_LIFETIME = Duration.ofHours(24);

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInCache signIns;

    @Inject
    Clock clock;

    /** A reset link's token (shown once) and when it stops working. */
    public record ResetLink(String token, Instant expiresAt) {
    }

    public void change(long memberId, String currentPassword, String newPassword) {
        Account account = account(memberId);
        if (currentPassword == null || !hasher.matches(currentPassword, account.passwordHash())) {
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        set(account, newPassword, "newPassword");
    }

    /** A new one-time link; any link given to this member before stops working. */
    public ResetLink issueReset(long memberId) {
        account(memberId);
        em.createQuery("delete from PasswordReset r where r.memberId = :id").setParameter("id", memberId).executeUpdate();
        SecretTokens.Issued token = SecretTokens.issue();
        Instant now = clock.instant();
        PasswordReset reset = new PasswordReset(token.hash(), memberId, now, now.plus(RESET_LINK_LIFETIME));
        em.persist(reset);
        return new ResetLink(token.token(), reset.expiresAt());
    }

    /** Whether a reset link still works (a wrong, used and expired one all look alike). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usable(String token) {
        PasswordReset reset = SecretTokens.plausible(token) ? em.find(PasswordReset.class, SecretTokens.hash(token)) : null;
        return reset != null && reset.usableAt(clock.instant());
    }

    /** Sets a new password through a reset link; the link then stops working. */
    public void reset(String token, String newPassword) {
        PasswordReset reset = SecretTokens.plausible(token) ? em.find(PasswordReset.class, SecretTokens.hash(token)) : null;
        if (reset == null || !reset.usableAt(clock.instant())) {
            throw ProblemException.notFound("password reset link");
        }
        set(account(reset.memberId()), newPassword, "newPassword");
        reset.use();
    }

    private void set(Account account, String newPassword, String field) {
        Member member = em.find(Member.class, account.memberId());
        PasswordPolicy.check(field, newPassword, member.email());
        account.changePassword(hasher.hash(newPassword));
        signIns.forget(member.emailKey());
    }

    private Account account(long memberId) {
        Account account = em.find(Account.class, memberId);
        if (account == null) {
            throw ProblemException.notFound("account");
        }
        return account;
    }
}
