/**
 * Pictures of how the set is doing: attendance per month and actions by status, drawn on the
 * server as SVG with the same figures in a table.
 */
package org.alshub.report;
