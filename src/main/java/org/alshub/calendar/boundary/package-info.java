/** The calendar URLs people subscribe to (under /calendar) and the feed-link API (under /api). */
package org.alshub.calendar.boundary;
