/**
 * The views that draw the loop together: a workshop's agenda (what is brought, what is carried
 * over), its record for sharing afterwards (HTML and Markdown), and an officer's own page.
 */
package org.alshub.record;
