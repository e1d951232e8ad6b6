/** Guest invitations and the guest's answer. */
package org.alshub.invitation.entity;
