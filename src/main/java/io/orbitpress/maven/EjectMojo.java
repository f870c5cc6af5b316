package io.orbitpress.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn orbitpress:eject}: copies the built-in theme's files into the site's
 * {@code templates/} to change them there, as {@code orbitpress theme eject} does; a file already
 * there is left as it is.
 */
public class EjectMojo extends SiteGoal {

    /** The files to copy, comma-separated ({@code article.html,assets/style.css}); all when empty. */
    String files;

    @Override
    boolean forks() {
        return false;
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("theme", "eject", "--source", siteFolder().toString()));
        if (files != null) {
            for (String f : files.split(",")) {
                if (!f.isBlank()) {
                    args.add(f.strip());
                }
            }
        }
        return args;
    }
}
