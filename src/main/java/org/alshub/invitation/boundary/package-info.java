/** The guest's own pages (under /invitations) and the invitations API (under /api). */
package org.alshub.invitation.boundary;
