/** What calendars keep in the database: members' private feed links (as hashes). */
package org.alshub.calendar.entity;
