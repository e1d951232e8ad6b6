/**
 * What every page shares: the escaping template type, GOV.UK components, the page frame, CSRF
 * tokens, the sign-in page, security headers and error pages. Each feature's pages live in its
 * own boundary package.
 */
package org.alshub.platform.web;
