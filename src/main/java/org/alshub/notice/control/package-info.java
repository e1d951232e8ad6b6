/** Composing and queuing notices, reminders, and reading and applying replies; the jobs that run them. */
package org.alshub.notice.control;
