package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.alshub.member.entity.Account;
import org.alshub.platform.security.AccountStandings;

/**
 * Where a signed-in member's account stands, for the browser session's check. The stamp is a
 * digest of the password hash, the role and whether the account is open: a new password, another
 * role or a withdrawn account gives another stamp; an erased member has no account at all.
 */
@ApplicationScoped
public class AccountStanding implements AccountStandings {

    @Inject
    Accounts accounts;

    @Override
    public Optional<Standing> of(String callerName) {
        long memberId;
        try {
            memberId = Long.parseLong(callerName);
        } catch (NumberFormatException notAMember) {
            return Optional.empty();
        }
        return accounts.find(memberId).filter(Account::active)
                .map(account -> new Standing(Set.of(account.role().name()), stamp(account)));
    }

    static String stamp(Account account) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((account.passwordHash() + "\n" + account.role() + "\n" + account.active())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
