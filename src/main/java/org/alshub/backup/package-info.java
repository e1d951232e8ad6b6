/**
 * Online backups of the embedded Derby database, taken while the app keeps serving, and the
 * list of backups kept. Restoring is done with the server stopped (payara-config/restore.sh).
 */
package org.alshub.backup;
