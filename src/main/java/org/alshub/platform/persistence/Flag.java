package org.alshub.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Yes/no columns are SMALLINT 0/1 in sql/: EclipseLink 4.0 writes boolean comparisons in
 * queries as "= 1", which Derby refuses on a BOOLEAN column (eclipselink#1578), and a number
 * works the same on every database.
 */
@Converter(autoApply = true)
public class Flag implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean value) {
        return value == null ? null : (value ? 1 : 0);
    }

    @Override
    public Boolean convertToEntityAttribute(Integer value) {
        return value == null ? null : value != 0;
    }
}
