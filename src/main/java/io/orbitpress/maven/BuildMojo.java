package io.orbitpress.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn orbitpress:build}: the site into {@code site/}, as {@code orbitpress build} does. Bound
 * to the {@code package} phase when the pom lists it in an execution, so that {@code mvn package}
 * (or {@code verify}) in CI builds the site and fails on any content, template or link problem.
 */
public class BuildMojo extends SiteGoal {

    /** The output folder (default: {@code site/} in the site folder). */
    File out;

    /** The published address, instead of site.yaml's {@code baseUrl}: {@code https://news.example.org/}. */
    String baseUrl;

    /** Include articles marked {@code draft: true}. */
    boolean drafts;

    /** Include stories held back by their publishDate (or a date still to come), marked. */
    boolean future;

    /** Include stories past their expiryDate, marked as expired. */
    boolean expired;

    /** Build as if it were this time, a date-time with an offset ({@code 2026-03-01T06:00:00Z}): an embargo checked ahead. */
    String now;

    /** Fail on warnings too. */
    boolean strict;

    /** Print every problem, not the first 50. */
    boolean all;

    /** Print the time of each step of the build. */
    boolean timings;

    /** A cold build: nothing read from or kept in {@code .orbitpress-cache/}. */
    boolean noCache;

    /** The cache folder (default: {@code .orbitpress-cache/} in the site folder). */
    File cache;

    /** Build into an output folder that holds other files, replacing them ({@code orbitpress build --force}). */
    boolean force;

    @Override
    boolean holdsWarnings() {
        return strict;
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("build", "--source", siteFolder().toString()));
        option(args, "--out", out);
        option(args, "--base-url", baseUrl);
        flag(args, "--drafts", drafts);
        flag(args, "--all", all);
        flag(args, "--strict", strict);
        flag(args, "--timings", timings);
        flag(args, "--no-cache", noCache);
        option(args, "--cache", cache);
        flag(args, "--force", force);
        flag(args, "--future", future);
        flag(args, "--expired", expired);
        option(args, "--now", now);
        return args;
    }
}
