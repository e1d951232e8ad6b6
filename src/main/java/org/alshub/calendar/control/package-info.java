/** Building, validating, caching and serving calendar files. */
package org.alshub.calendar.control;
