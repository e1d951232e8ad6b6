package org.alshub.platform.persistence;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements a request sends, so a test can prove that a read costs the same
 * number of statements however much data there is (no N+1). Off unless {@code als.sql-count}
 * is true: then EclipseLink gets a listener; otherwise nothing is registered and nothing is paid.
 */
public class SqlStatements implements SessionCustomizer {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static volatile boolean enabled;

    @Override
    public void customize(Session session) {
        enabled = ConfigProvider.getConfig().getOptionalValue("als.sql-count", Boolean.class).orElse(false);
        if (enabled) {
            session.getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                    int[] count = COUNT.get();
                    if (count != null) {
                        count[0]++;
                    }
                }
            });
        }
    }

    public static boolean enabled() {
        return enabled;
    }

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and says how many statements were sent since {@link #start()}. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }
}
