/**
 * Guests who join without an account: a personal, revocable link to one workshop where they accept or
 * decline, the invitation as a calendar file, and sending it by email where SMTP is configured.
 */
package org.alshub.invitation;
