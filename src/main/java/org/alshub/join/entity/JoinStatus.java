package org.alshub.join.entity;

public enum JoinStatus {
    PENDING, ACCEPTED, DECLINED
}
