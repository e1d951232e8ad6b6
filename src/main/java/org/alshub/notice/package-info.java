/**
 * Who is told what, by email, and what their calendars answer: invitations, changes,
 * cancellations, a seat come free, a waiting place, reminders (all through the outbox), and iTIP
 * REPLYs read from the organizer's mailbox and applied as answers (RFC 6047).
 */
package org.alshub.notice;
