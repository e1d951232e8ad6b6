/**
 * Calendars people subscribe to and import: one workshop as an invitation, a series as one recurring
 * event, the public feed and each member's private feed. Every file is built with iCal4j and validated.
 */
package org.alshub.calendar;
