package org.alshub.platform.security;

/** The two roles an account can hold. Guests have no account: they hold a token instead. */
public final class Roles {
    public static final String FACILITATOR = "FACILITATOR";
    public static final String OFFICER = "OFFICER";

    private Roles() {
    }
}
