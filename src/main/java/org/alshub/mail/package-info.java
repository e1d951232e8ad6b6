/**
 * Email in and out: the outbox every message goes through (sent by a job that retries with
 * back-off), the SMTP server it is sent by, and the organizer's mailbox read over IMAP. It knows
 * nothing of workshops: other features say what to send and read what came.
 */
package org.alshub.mail;
