package org.alshub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page template (one with a frame, in a feature's folder) keeps the contract {@link ViewWriter}
 * renders it by: the frame and its one model. Components (govuk/*, layout, form, ...) and a
 * feature's partials take parameters of their own.
 */
class TemplatesTest {

    static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void everyPageTemplateTakesTheFrameAndOneModel() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(f -> f.toString().endsWith(".jte")).forEach(f -> {
                String name = TEMPLATES.relativize(f).toString().replace('\\', '/');
                Map<String, Class<?>> parameters = Templates.parameters(name);
                boolean component = !name.contains("/") || name.startsWith("govuk/");
                if (!component && parameters.containsKey("frame")) {
                    pages.add(name);
                    assertEquals(java.util.Set.of("frame", "model"), parameters.keySet(), name);
                    assertEquals(Frame.class, parameters.get("frame"), name);
                }
            });
        }
        assertTrue(pages.size() > 30, "the page templates were found: " + pages);
    }
}
