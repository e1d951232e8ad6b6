/**
 * Personal data as UK GDPR expects: everything held about a person exported on request,
 * a person erased on request, and guests' details forgotten a while after their workshop.
 * Each feature that holds personal data contributes a {@link org.alshub.privacy.control.PersonalDataSource}.
 */
package org.alshub.privacy;
