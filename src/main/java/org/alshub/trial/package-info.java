/**
 * The channel trial: facilitators name the ways of keeping in touch under trial (LinkedIn,
 * Lino-it, the Co-operative Toolkit) and a period; members say each month which they used; the
 * report shows which is ahead, so the set can decide.
 */
package org.alshub.trial;
