package org.alshub.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.alshub.platform.security.PasswordHasher;
import org.alshub.member.entity.Account;

/**
 * Checks an email and password against the accounts in the database. The caller's name is the
 * member id, so a changed email does not change who someone is.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Account account = accounts.findActiveByEmail(credential.getCaller()).orElse(null);
        boolean matches = hasher.matches(credential.getPasswordAsString(),
                account == null ? null : account.passwordHash());
        if (account == null || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(String.valueOf(account.memberId()), Set.of(account.role().name()));
    }
}
