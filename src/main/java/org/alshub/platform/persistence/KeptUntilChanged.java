package org.alshub.platform.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values worked out from the database and kept under a version (usually a {@link DataVersions}
 * number, with the day or minute when time matters too): the same version gives the kept value,
 * another works it out again. The caller reads the version before working the value out, so a
 * change committed meanwhile makes the kept value old at once. The least recently used beyond
 * {@code most} are dropped.
 */
public final class KeptUntilChanged<T> {

    private record Kept<T>(String version, T value) {
    }

    private final Map<String, Kept<T>> kept;

    public KeptUntilChanged(int most) {
        kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept<T>> eldest) {
                return size() > most;
            }
        });
    }

    public T get(String name, String version, Supplier<T> workOut) {
        Kept<T> known = kept.get(name);
        if (known != null && known.version().equals(version)) {
            return known.value();
        }
        T fresh = workOut.get();
        kept.put(name, new Kept<>(version, fresh));
        return fresh;
    }
}
