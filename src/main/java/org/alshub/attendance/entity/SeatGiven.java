package org.alshub.attendance.entity;

/**
 * Someone on the waiting list moved up into a freed seat. Fired inside the transaction that freed
 * it, so whoever tells them does so in the same transaction: the seat and the news commit together.
 */
public record SeatGiven(long workshopId, long rsvpId) {
}
