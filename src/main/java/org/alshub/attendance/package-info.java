/**
 * Who is coming and who came: RSVPs from members and invited guests, the seats a workshop's
 * capacity allows with a waiting list that moves up, and the attendance a facilitator records.
 */
package org.alshub.attendance;
