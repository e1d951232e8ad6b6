/**
 * The "do's" of co-production: small practices members post for all staff to use, marked
 * "I've tried this" and commented on, searchable by anyone, hidden by facilitators when needed.
 */
package org.alshub.practice;
