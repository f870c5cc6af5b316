package io.orbitpress.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn orbitpress:entities}: the people, missions and organizations found in each article,
 * as {@code orbitpress entities} prints them; with {@code suggest}, the unregistered names that
 * the build's summary counts, each with the goal that registers it.
 */
public class EntitiesMojo extends SiteGoal {

    /** Articles marked {@code draft: true} too. */
    boolean drafts;

    /** Print every problem, not the first 50. */
    boolean all;

    /** Only the unregistered names cue words introduce ("astronaut Frank Rubio"), at their file and line. */
    boolean suggest;

    /** JSON instead of the listing, for other tools. */
    boolean json;

    @Override
    boolean saysGoals() {
        return !json; // JSON for other tools, exactly as the command writes it
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("entities", "--source", siteFolder().toString()));
        flag(args, "--drafts", drafts);
        flag(args, "--all", all);
        flag(args, "--suggest", suggest);
        flag(args, "--json", json);
        return args;
    }
}
