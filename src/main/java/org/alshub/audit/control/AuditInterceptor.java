package org.alshub.audit.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes one audit entry for each audited change that completes, inside the change's own
 * transaction (it runs within @Transactional, whose priority is lower): the entry is committed
 * exactly when the change is, and a change whose entry cannot be written is not made. A change
 * that calls other audited services (accepting a join request adds a member and an account) is
 * one entry, named by the outermost call.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    private static final Set<Transactional.TxType> READS = EnumSet.of(Transactional.TxType.SUPPORTS,
            Transactional.TxType.NOT_SUPPORTED, Transactional.TxType.NEVER);
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Inject
    AuditLog log;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Method method = call.getMethod();
        if (!isChange(method)) {
            return call.proceed();
        }
        int[] depth = DEPTH.get();
        depth[0]++;
        Object result;
        try {
            result = call.proceed();
        } finally {
            depth[0]--;
        }
        if (depth[0] == 0) {
            log.record(Door.current(), method.getDeclaringClass().getSimpleName() + "." + method.getName(),
                    recordOf(result, call.getParameters()));
        }
        return result;
    }

    /** A method on an audited class changes something unless its transaction type says it only reads. */
    static boolean isChange(Method method) {
        if (method.isAnnotationPresent(Audited.class)) {
            return true;
        }
        Transactional tx = method.getAnnotation(Transactional.class);
        if (tx == null) {
            tx = method.getDeclaringClass().getAnnotation(Transactional.class);
        }
        return tx != null && !READS.contains(tx.value());
    }

    /** The record acted on: the id of what the change returned, else its first id argument. */
    static String recordOf(Object result, Object[] parameters) {
        if (result != null) {
            try {
                Method id = result.getClass().getMethod("id");
                Object value = id.invoke(result);
                if (value instanceof Number number) {
                    return number.toString();
                }
            } catch (ReflectiveOperationException | RuntimeException noId) {
                // not a record with an id: fall back to the arguments
            }
        }
        if (parameters != null) {
            for (Object parameter : parameters) {
                if (parameter instanceof Long || parameter instanceof Integer) {
                    return parameter.toString();
                }
            }
        }
        return null;
    }
}
