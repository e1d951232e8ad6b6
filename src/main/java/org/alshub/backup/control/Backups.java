package org.alshub.backup.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.alshub.audit.control.Audited;
import org.alshub.platform.persistence.DatabaseMigration;
import org.alshub.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes consistent copies of the live database with Derby's own online backup, which lets
 * writes carry on meanwhile (SYSCS_BACKUP_DATABASE_NOWAIT does not wait for open transactions).
 */
@ApplicationScoped
public class Backups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "als.backup.dir")
    String backupDir;

    /** How many backups are kept: after each new one, the oldest beyond this are deleted. */
    @Inject
    @ConfigProperty(name = "als.backup.keep", defaultValue = "7")
    int keep;

    @Inject
    Clock clock;

    /**
     * One backup: its name (the folder under ALS_BACKUP_DIR; the server's paths are not told), how
     * big, and how long it took (0 when listed).
     */
    public record Backup(String name, long bytes, long millis) {
    }

    @Audited
    public synchronized Backup take() {
        Path target = folder().resolve(NAME.format(LocalDateTime.now(clock)));
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().contains("Derby")) {
                throw ProblemException.conflict("This database is not the embedded Derby: back it up with its own tools.");
            }
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE_NOWAIT(?)")) {
                backup.setString(1, target.toAbsolutePath().toString());
                backup.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Backup " + target.getFileName() + " failed", e);
        }
        Backup taken = new Backup(target.getFileName().toString(), size(target), (System.nanoTime() - started) / 1_000_000);
        prune();
        return taken;
    }

    /** Keeps the newest {@code keep} backups (names sort by time) and deletes the rest. */
    private void prune() {
        List<Path> all = folders();
        for (Path old : all.subList(Math.min(all.size(), Math.max(1, keep)), all.size())) {
            try (Stream<Path> files = Files.walk(old)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the old backup " + old.getFileName(), e);
            }
        }
    }

    /** Backup folders, newest first. */
    private List<Path> folders() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> backups = Files.list(folder)) {
            return backups.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Backup> list() {
        return folders().stream().map(p -> new Backup(p.getFileName().toString(), size(p), 0)).toList();
    }

    private Path folder() {
        return Path.of(backupDir);
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
