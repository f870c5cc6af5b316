package io.orbitpress.cli;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Report;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** Turns failures into messages: diagnostics for content problems, one line for anything else. */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    static final int CONTENT = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof BuildFailure f) {
            print(err, f.diagnostics(), matched(parsed, ReportOptions.ALL), writes(parsed) ? "nothing was written" : "");
        } else {
            err.println("orbitpress: internal error: " + e + " (run with --verbose and report it)");
            if (matched(parsed, "--verbose")) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return CONTENT;
    }

    /** Prints the diagnostics of a command that stopped: the first ones, then the counts. */
    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        print(err, diagnostics, false, "nothing was written");
    }

    /**
     * Prints the diagnostics as {@link Report} lays them out: errors first, at most the cap
     * unless {@code all}, then the counts with {@code outcome}.
     */
    static void print(PrintWriter err, List<Diagnostic> diagnostics, boolean all, String outcome) {
        Report.lines(diagnostics, all, outcome).forEach(err::println);
    }

    /** Whether the command run writes files (a site, a theme's files): only then is "nothing was written" news. */
    private static boolean writes(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed;
        while (sub.subcommand() != null) {
            sub = sub.subcommand();
        }
        String name = sub.commandSpec().name();
        return !(name.equals("check") || name.equals("entities") || name.equals("schedule"));
    }

    /** Whether the command line, or a subcommand of it, has {@code option}. */
    private static boolean matched(CommandLine.ParseResult parsed, String option) {
        CommandLine.ParseResult sub = parsed;
        while (sub != null) {
            if (sub.hasMatchedOption(option)) {
                return true;
            }
            sub = sub.subcommand();
        }
        return false;
    }
}
