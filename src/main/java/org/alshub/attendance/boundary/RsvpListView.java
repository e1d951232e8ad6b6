package org.alshub.attendance.boundary;

import java.util.List;

/** A workshop's answers: seats in the order taken, then the waiting list in order, then the rest. */
public record RsvpListView(long workshopId, Integer capacity, int seatsTaken, int waiting, List<RsvpView> items) {
}
