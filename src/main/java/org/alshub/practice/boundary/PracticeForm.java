package org.alshub.practice.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.alshub.practice.entity.Practice;

/** A do as its author writes it: a short title, a few lines of how, a few tags. */
public class PracticeForm {
    public @NotBlank @Size(max = Practice.MAX_TITLE) String title;
    public @NotBlank @Size(max = 4000) String how;
    public @Size(max = 10) List<@NotBlank @Size(max = 30) @Pattern(regexp = "[^,]*", message = "must not contain a comma") String> tags;

    /** Tags without surrounding spaces or a leading #, each once. */
    List<String> cleanTags() {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String bare = tag.strip();
            while (bare.startsWith("#")) {
                bare = bare.substring(1).strip();
            }
            if (!bare.isEmpty()) {
                clean.add(bare);
            }
        }
        return List.copyOf(clean);
    }
}
