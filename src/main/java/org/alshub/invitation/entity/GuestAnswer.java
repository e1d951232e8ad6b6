package org.alshub.invitation.entity;

/** A guest's answer, named as iCalendar's PARTSTAT names it. */
public enum GuestAnswer {
    NEEDS_ACTION("NEEDS-ACTION"), ACCEPTED("ACCEPTED"), DECLINED("DECLINED");

    private final String partStat;

    GuestAnswer(String partStat) {
        this.partStat = partStat;
    }

    public String partStat() {
        return partStat;
    }
}
