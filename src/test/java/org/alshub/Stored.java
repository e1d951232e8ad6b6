package org.alshub;

import java.lang.reflect.Field;

/** Entities as the database hands them back: with the id it gave them. */
public final class Stored {

    private Stored() {
    }

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
