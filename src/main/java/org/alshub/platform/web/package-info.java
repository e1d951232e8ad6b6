/**
 * What every page shares: the page frame and the template engine ({@code src/main/jte}), forms
 * and their errors, the CSRF filter, security headers, the page exception mapper, sign-in and the
 * container's error pages. Each feature's pages live in its own boundary package.
 */
package org.alshub.platform.web;
