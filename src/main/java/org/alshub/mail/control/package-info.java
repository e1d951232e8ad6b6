/** The outbox and the job that sends it through SMTP; the organizer's mailbox read over IMAP. */
package org.alshub.mail.control;
