package org.alshub.member.control;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.alshub.member.entity.Account;
import org.alshub.member.entity.Role;
import org.junit.jupiter.api.Test;

/** What a session is checked against: any change a member's sessions must not outlive changes the stamp. */
class AccountStandingTest {

    @Test
    void aNewPasswordAnotherRoleOrAWithdrawalChangesTheStamp() {
        Account account = new Account(7, Role.OFFICER, "hash-1");
        String signedIn = AccountStanding.stamp(account);
        account.changePassword("hash-2");
        String afterPassword = AccountStanding.stamp(account);
        assertNotEquals(signedIn, afterPassword);
        account.changeRole(Role.FACILITATOR);
        String afterRole = AccountStanding.stamp(account);
        assertNotEquals(afterPassword, afterRole);
        account.withdraw();
        assertNotEquals(afterRole, AccountStanding.stamp(account));
    }
}
