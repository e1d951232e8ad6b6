/**
 * The toolkit: tools and case studies for each stage of the co-operative commissioning cycle,
 * readable by anyone, with feedback from members and from the public.
 */
package org.alshub.toolkit;
