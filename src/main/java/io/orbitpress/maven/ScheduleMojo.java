package io.orbitpress.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn orbitpress:schedule}: the coming publications, expiries and withdrawals, soonest
 * first, as {@code orbitpress schedule} lists them; writes nothing. The build's summary names the
 * next one and points here for the rest.
 */
public class ScheduleMojo extends SiteGoal {

    /** List the drafts' times too. */
    boolean drafts;

    /** List as if it were this time, a date-time with an offset ({@code 2026-03-01T06:00:00Z}). */
    String now;

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("schedule", "--source", siteFolder().toString()));
        flag(args, "--drafts", drafts);
        option(args, "--now", now);
        return args;
    }
}
