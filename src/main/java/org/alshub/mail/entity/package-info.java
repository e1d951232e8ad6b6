/** The outbox's messages and the rule of when to try a failed one again. */
package org.alshub.mail.entity;
