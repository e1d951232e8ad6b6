package org.alshub.member.control;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.alshub.member.entity.Account;
import org.alshub.member.entity.Role;
import org.junit.jupiter.api.Test;

/** What a session is checked against: a new password or role changes the stamp (a withdrawn or erased member has no account at all). */
class AccountStandingTest {

    @Test
    void aNewPasswordOrAnotherRoleChangesTheStamp() {
        Account account = new Account(7, Role.OFFICER, "hash-1");
        String signedIn = AccountStanding.stamp(account);
        account.changePassword("hash-2");
        String afterPassword = AccountStanding.stamp(account);
        assertNotEquals(signedIn, afterPassword);
        account.changeRole(Role.FACILITATOR);
        String afterRole = AccountStanding.stamp(account);
        assertNotEquals(afterPassword, afterRole);
    }
}
