package org.alshub.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * For a test with a server of its own (Arquillian): the WAR `mvn package` built, exactly as it
 * ships, on an empty database.
 */
public final class Deployments {

    /** Held by each class deploying through Arquillian: one at a time, on the one folder they share. */
    public static final String LOCK = "org.alshub.it.Deployments";

    private Deployments() {
    }

    public static WebArchive shippedWar() {
        wipe(Path.of(System.getProperty("it.own.data.dir")));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("war.file")))
                .as(WebArchive.class);
    }

    /**
     * The shipped WAR on a database made by an earlier release: the fixture (a zipped Derby
     * folder) is unpacked where the server will look for its database.
     */
    public static WebArchive shippedWarOn(String fixture) {
        WebArchive war = shippedWar();
        Path data = Path.of(System.getProperty("it.own.data.dir"));
        try (var zip = new java.util.zip.ZipInputStream(Deployments.class.getResourceAsStream(fixture))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = data.resolve(entry.getName()).normalize();
                if (!target.startsWith(data)) {
                    throw new IllegalStateException("fixture entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot unpack " + fixture, e);
        }
        return war;
    }

    private static void wipe(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear the test database folder " + folder, e);
        }
    }
}
