/**
 * "Who else has faced this?": the text index every feature feeds (do's, toolkit entries, what new
 * members said they would bring, and later challenges and projects) and the peer suggestions
 * ranked from it.
 */
package org.alshub.network;
