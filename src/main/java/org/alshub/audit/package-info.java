/**
 * The audit log: every change the control services make, whichever door it came through (the API,
 * a page, a guest's link, a job, an email reply), by whom and when, readable by facilitators and
 * editable by no one.
 */
package org.alshub.audit;
