/**
 * What a fresh database starts with: the first facilitator, and (when asked for) demo data drawn
 * from the Lambeth Co-production Action Learning Set of November 2012.
 */
package org.alshub.demo;
