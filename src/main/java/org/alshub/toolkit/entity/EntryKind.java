package org.alshub.toolkit.entity;

public enum EntryKind {
    TOOL, CASE_STUDY
}
