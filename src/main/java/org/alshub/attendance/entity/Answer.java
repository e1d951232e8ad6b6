package org.alshub.attendance.entity;

public enum Answer {
    GOING, MAYBE, NOT_GOING
}
