package io.orbitpress.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn orbitpress:check}: everything a build checks, links included, without writing
 * {@code site/}; bound to {@code verify} when the pom lists it in an execution.
 */
public class CheckMojo extends SiteGoal {

    /** The published address, instead of site.yaml's {@code baseUrl}. */
    String baseUrl;

    /** Check articles marked {@code draft: true} too. */
    boolean drafts;

    /** Fail on warnings too, as {@code orbitpress:build} with {@code strict} does. */
    boolean strict;

    /** Print every problem, not the first 50. */
    boolean all;

    @Override
    boolean holdsWarnings() {
        return strict;
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("check", "--source", siteFolder().toString()));
        option(args, "--base-url", baseUrl);
        if (drafts) {
            args.add("--drafts");
        }
        if (all) {
            args.add("--all");
        }
        if (strict) {
            args.add("--strict");
        }
        return args;
    }
}
