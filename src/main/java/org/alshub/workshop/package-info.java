/**
 * The monthly workshops: single sessions, and series from a rule a facilitator says aloud
 * ("fourth Wednesday") whose occurrences are kept as workshops that can be moved or cancelled.
 */
package org.alshub.workshop;
