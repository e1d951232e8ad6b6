package org.alshub.project.entity;

public enum ChallengeStatus {
    OPEN, ADDRESSED
}
