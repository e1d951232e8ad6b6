package org.alshub.member.entity;

/** How someone belongs to the set. A member may hold several: an officer who is also a resident. */
public enum Affiliation {
    OFFICER, COUNCILLOR, RESIDENT, EXTERNAL
}
