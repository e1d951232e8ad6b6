/** Inviting, answering, revoking, and emailing invitations. */
package org.alshub.invitation.control;
