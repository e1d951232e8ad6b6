package org.alshub.audit.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every change this control service makes is written to the audit log, in the same transaction,
 * with who made it and through which {@link Door}. On a class: each business method that may write
 * (any @Transactional type but SUPPORTS, NOT_SUPPORTED and NEVER); on a method: that method.
 * {@code AuditedServicesTest} fails on a control service that writes and is not audited.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {
}
