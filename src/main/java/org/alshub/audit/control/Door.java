package org.alshub.audit.control;

import java.util.function.Supplier;

/**
 * The way a change came in: the API, a page, a guest's secret link, a job, an email reply; who
 * made it (a member id, or none) and the address or name it came through. The API and the pages
 * open theirs for each request ({@link Doors}); a job or a mail poller says its own:
 * {@code Door.through(Door.job("guest-retention"), () -> ...)} or
 * {@code Door.through(Door.email(memberId, "reply to invitation 12"), () -> ...)}. Held per
 * thread, so it reaches the services the work calls, however deep.
 */
public record Door(String kind, Long actorId, String address) {

    public static final String API = "API";
    public static final String PAGE = "PAGE";
    public static final String LINK = "LINK";
    public static final String JOB = "JOB";
    public static final String EMAIL = "EMAIL";
    /** No door said: work the app started itself that did not name its job. */
    public static final String SYSTEM = "SYSTEM";

    private static final ThreadLocal<Door> CURRENT = new ThreadLocal<>();
    private static final Door NONE = new Door(SYSTEM, null, null);

    public static Door job(String name) {
        return new Door(JOB, null, name);
    }

    /** An email reply from a member (or from someone without an account: null). */
    public static Door email(Long actorId, String what) {
        return new Door(EMAIL, actorId, what);
    }

    public static Door current() {
        Door door = CURRENT.get();
        return door == null ? NONE : door;
    }

    public static <T> T through(Door door, Supplier<T> work) {
        Door before = CURRENT.get();
        CURRENT.set(door);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    public static void through(Door door, Runnable work) {
        through(door, () -> {
            work.run();
            return null;
        });
    }

    /** For a request filter: opened when the request comes in, {@link #close()} when it leaves. */
    static void open(Door door) {
        CURRENT.set(door);
    }

    static void close() {
        CURRENT.remove();
    }

    private static void restore(Door before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }
}
