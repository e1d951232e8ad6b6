/**
 * The network: members (officers, councillors, residents, people from outside the council),
 * who invited whom, the directory, and the accounts that let some of them sign in.
 */
package org.alshub.member;
