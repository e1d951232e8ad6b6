/**
 * The audit log: every change made through the API, by whom and when, readable by facilitators
 * and editable by no one.
 */
package org.alshub.audit;
