package org.alshub.invitation.entity;

/** A guest's answer, named as iCalendar's PARTSTAT names it. */
public enum GuestAnswer {
    NEEDS_ACTION("NEEDS-ACTION"), ACCEPTED("ACCEPTED"), TENTATIVE("TENTATIVE"), DECLINED("DECLINED");

    private final String partStat;

    GuestAnswer(String partStat) {
        this.partStat = partStat;
    }

    public String partStat() {
        return partStat;
    }

    /** The answer an iTIP PARTSTAT gives, if it is an answer (ACCEPTED, TENTATIVE or DECLINED). */
    public static java.util.Optional<GuestAnswer> ofPartStat(String partStat) {
        for (GuestAnswer answer : values()) {
            if (answer != NEEDS_ACTION && answer.partStat.equalsIgnoreCase(partStat == null ? "" : partStat.strip())) {
                return java.util.Optional.of(answer);
            }
        }
        return java.util.Optional.empty();
    }

    /** What this answer is among the workshop's RSVPs. */
    public org.alshub.attendance.entity.Answer rsvp() {
        return switch (this) {
            case ACCEPTED -> org.alshub.attendance.entity.Answer.GOING;
            case TENTATIVE -> org.alshub.attendance.entity.Answer.MAYBE;
            case DECLINED, NEEDS_ACTION -> org.alshub.attendance.entity.Answer.NOT_GOING;
        };
    }
}
