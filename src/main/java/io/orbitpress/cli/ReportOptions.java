package io.orbitpress.cli;

import picocli.CommandLine.Option;

/** How commands that print diagnostics print them. */
final class ReportOptions {

    static final String ALL = "--all";

    @Option(names = ALL, description = "print every error and warning, not only the first "
            + io.orbitpress.diag.Diagnostics.CAP + " (the counts are always printed)")
    boolean all;
}
