/**
 * What the set agrees to do and what it later hears: actions with owners and due dates,
 * follow-ups recorded at the next workshops, the facilitator's tracker and its CSV export.
 */
package org.alshub.action;
