/**
 * The open door: anyone may ask to join the set, council staff or not; facilitators accept
 * (making them a member, and giving council staff an account) or decline with a reason, and the
 * requester follows the answer through the private link they were given.
 */
package org.alshub.join;
