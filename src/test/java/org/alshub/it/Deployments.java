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

/** The WAR that `mvn package` built, exactly as it ships, on an empty database. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive shippedWar() {
        wipe(Path.of(System.getProperty("it.data.dir")));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("war.file")))
                .as(WebArchive.class);
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
