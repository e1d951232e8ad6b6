/**
 * What every feature shares: the JAX-RS application, problem details, sign-in and role checks,
 * configuration and the database migration that runs before anything else.
 */
package org.alshub.platform;
