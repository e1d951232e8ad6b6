package org.alshub.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alshub.platform.persistence.DatabaseMigration;

/**
 * Failed sign-ins in the shared database (table sign_in_failure), for several instances as one.
 * A change is a compare-and-set: read the row, then update it only if it still holds what was read,
 * or insert it if there was none; a lost race (0 rows updated, or a duplicate key) reads again.
 * Plain statements that Derby and PostgreSQL both take. Each statement commits on its own (no JTA
 * transaction), so a duplicate key on PostgreSQL spoils nothing and a sign-in inside a caller's
 * transaction neither waits for it nor rolls back with it. Rows are keyed by a digest, so the table
 * holds no email or address; a row with no failure for a day is deleted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
class DatabaseFailures implements FailureStore {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class.getName());
    private static final int ATTEMPTS = 20;
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final AtomicLong lastPrune = new AtomicLong();

    @Override
    public Optional<Failures> find(Kind kind, String key) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, kind, digest(key));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read failed sign-ins", e);
        }
    }

    @Override
    public void change(Kind kind, String key, long now, UnaryOperator<Failures> next) {
        String subject = digest(key);
        try (Connection connection = dataSource.getConnection()) {
            prune(connection, now);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<Failures> before = find(connection, kind, subject);
                Failures after = next.apply(before.orElse(null));
                if (before.isPresent() ? updated(connection, kind, subject, before.get(), after, now)
                        : inserted(connection, kind, subject, after, now)) {
                    return;
                }
            }
            LOG.warning("Failed sign-in not counted: " + ATTEMPTS + " instances changed its count at once");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count a failed sign-in", e);
        }
    }

    @Override
    public void forget(Kind kind, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from sign_in_failure where kind = ? and subject = ?")) {
            delete.setString(1, kind.name());
            delete.setString(2, digest(key));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset failed sign-ins", e);
        }
    }

    private static Optional<Failures> find(Connection connection, Kind kind, String subject) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select failures, first_ms, locked_until_ms from sign_in_failure where kind = ? and subject = ?")) {
            select.setString(1, kind.name());
            select.setString(2, subject);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Failures(row.getInt(1), row.getLong(2), row.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    private static boolean updated(Connection connection, Kind kind, String subject, Failures before,
                                   Failures after, long now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update sign_in_failure"
                + " set failures = ?, first_ms = ?, locked_until_ms = ?, last_ms = ?"
                + " where kind = ? and subject = ? and failures = ? and first_ms = ? and locked_until_ms = ?")) {
            update.setInt(1, after.count());
            update.setLong(2, after.firstMs());
            update.setLong(3, after.lockedUntilMs());
            update.setLong(4, now);
            update.setString(5, kind.name());
            update.setString(6, subject);
            update.setInt(7, before.count());
            update.setLong(8, before.firstMs());
            update.setLong(9, before.lockedUntilMs());
            return update.executeUpdate() == 1;
        }
    }

    private static boolean inserted(Connection connection, Kind kind, String subject, Failures after, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into sign_in_failure"
                + " (kind, subject, failures, first_ms, locked_until_ms, last_ms) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind.name());
            insert.setString(2, subject);
            insert.setInt(3, after.count());
            insert.setLong(4, after.firstMs());
            insert.setLong(5, after.lockedUntilMs());
            insert.setLong(6, now);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // another instance inserted it first
                return false;
            }
            throw e;
        }
    }

    /** Bounded storage under a flood of made-up emails; at most once per PRUNE_EVERY per instance. */
    private void prune(Connection connection, long now) throws SQLException {
        long last = lastPrune.get();
        if (now - last < PRUNE_EVERY.toMillis() || !lastPrune.compareAndSet(last, now)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from sign_in_failure where last_ms < ?")) {
            delete.setLong(1, now - KEPT.toMillis());
            delete.executeUpdate();
        }
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
