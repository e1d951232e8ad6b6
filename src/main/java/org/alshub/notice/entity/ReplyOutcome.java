package org.alshub.notice.entity;

/** What came of a message read from the organizer's mailbox. Only APPLIED changed anything. */
public enum ReplyOutcome {
    /** The person's answer is now what their calendar said. */
    APPLIED,
    /** Their answer already was that (the same reply twice, or said on the page first). */
    UNCHANGED,
    /** An older reply than one already applied for the same person (mail arrives out of order). */
    OUTDATED,
    /** The ATTENDEE is not who sent the message: a reply for someone else. */
    FORGED,
    /** The ATTENDEE is neither a guest invited to the workshop nor a member. */
    STRANGER,
    /** The UID names no workshop of ours (or a whole series, which takes no answers). */
    UNKNOWN,
    /** The workshop is cancelled or over: it takes no answers. */
    CLOSED,
    /** No text/calendar part with METHOD:REPLY: an ordinary email to the set's mailbox. */
    NOT_A_REPLY,
    /** A calendar part that could not be read. */
    UNREADABLE
}
