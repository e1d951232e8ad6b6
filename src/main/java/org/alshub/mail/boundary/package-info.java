/** The outbox in the API, for facilitators; the mailbox's state in /health. */
package org.alshub.mail.boundary;
