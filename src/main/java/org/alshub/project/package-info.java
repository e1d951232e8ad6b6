/**
 * What officers bring to the set: their co-produced projects, where each stands in the
 * co-operative commissioning cycle, and the challenges they ask the set for help with.
 */
package org.alshub.project;
