/**
 * The first page after signing in: what is next for the person signed in, and the way to
 * everything else. It owns no data; it shows what the other features hold.
 */
package org.alshub.home;
