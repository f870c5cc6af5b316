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

    /** Include stories held back by their publishDate (or a date still to come), marked. */
    boolean future;

    /** Include stories past their expiryDate, marked as expired. */
    boolean expired;

    /** Check as if it were this time, a date-time with an offset ({@code 2026-03-01T06:00:00Z}): an embargo checked ahead. */
    String now;

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
        flag(args, "--drafts", drafts);
        flag(args, "--all", all);
        flag(args, "--strict", strict);
        flag(args, "--future", future);
        flag(args, "--expired", expired);
        option(args, "--now", now);
        return args;
    }
}
