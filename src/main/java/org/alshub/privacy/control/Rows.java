package org.alshub.privacy.control;

import jakarta.persistence.EntityManager;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's rows from one query, as named values for an export. */
public final class Rows {

    private Rows() {
    }

    /** Runs {@code sql} with the member id as its one parameter; columns name the selected values. */
    public static List<Map<String, Object>> of(EntityManager em, String sql, long memberId, String... columns) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, memberId).getResultList();
        return rows.stream().map(row -> {
            Object[] values = columns.length == 1 ? new Object[]{row} : (Object[]) row;
            Map<String, Object> named = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                Object value = values[i];
                named.put(columns[i], value instanceof TemporalAccessor || value instanceof java.util.Date
                        ? value.toString() : value);
            }
            return named;
        }).toList();
    }
}
