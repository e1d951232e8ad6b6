/** The rules of notices: how a change is worded, what a REPLY says, what came of one. */
package org.alshub.notice.entity;
