package io.orbitpress.maven;

import java.util.List;

/**
 * {@code mvn orbitpress:theme}: the built-in theme's files, marking those the site's
 * {@code templates/} replaces and, of those, the ones whose built-in file has changed since they
 * were copied, as {@code orbitpress theme list} does.
 */
public class ThemeMojo extends SiteGoal {

    @Override
    boolean forks() {
        return false;
    }

    @Override
    List<String> arguments() {
        return List.of("theme", "list", "--source", siteFolder().toString());
    }
}
