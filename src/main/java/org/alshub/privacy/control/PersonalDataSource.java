package org.alshub.privacy.control;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A feature's share of one person's data. Implement it (as an @ApplicationScoped bean) in every
 * feature that stores anything about a member or a guest, so export and erasure cannot miss it.
 */
public interface PersonalDataSource {

    /** A short name for this part of the export ("member", "actions", ...). */
    String name();

    /**
     * The tables whose rows about a member this source exports and erases. PersonalDataCoverageTest
     * fails when a table or entity holds a member's id and no source names it.
     */
    Set<String> tables();

    /** Everything this feature holds about the member, as JSON-ready values. */
    Map<String, Object> export(long memberId);

    /**
     * Removes or anonymises what identifies the member. Records others rely on (an action's
     * history, attendance counts) stay, attributed to "former member".
     */
    void erase(long memberId);

    /** Forgets guests (people without an account) whose workshop ended before the cutoff. */
    default int forgetGuestsBefore(Instant cutoff) {
        return 0;
    }
}
