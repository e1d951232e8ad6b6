package org.alshub.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is calling, in the set's terms: a member id and whether they facilitate. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public Optional<Long> memberId() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(caller.getName()));
        } catch (NumberFormatException notAMember) {
            return Optional.empty();
        }
    }

    public long requireMemberId() {
        return memberId().orElseThrow(() -> new IllegalStateException("no signed-in member"));
    }

    public boolean isFacilitator() {
        return security.isCallerInRole(Roles.FACILITATOR);
    }

    public boolean is(long memberId) {
        return memberId().map(id -> id == memberId).orElse(false);
    }
}
