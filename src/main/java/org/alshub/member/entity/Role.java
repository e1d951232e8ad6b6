package org.alshub.member.entity;

/** What an account may do; names match the security roles. */
public enum Role {
    FACILITATOR, OFFICER
}
