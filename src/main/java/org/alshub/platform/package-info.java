/**
 * What every feature shares, the ground floor: problem details, sign-in and role checks, the
 * pages' frame, templates and forms, configuration and the database migration that runs before
 * anything else. It imports no feature.
 */
package org.alshub.platform;
