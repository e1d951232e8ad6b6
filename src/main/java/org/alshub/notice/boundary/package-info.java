/** The facilitator's view of the email going out and the replies coming in, as a page and in the API. */
package org.alshub.notice.boundary;
