package io.orbitpress.cli;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
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
            print(err, f.diagnostics());
        } else {
            err.println("orbitpress: internal error: " + e + " (run with --verbose and report it)");
            if (verbose(parsed)) {
                e.printStackTrace(err);
            }
        }
        err.flush();
        return CONTENT;
    }

    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        int shown = 0;
        for (Diagnostic d : diagnostics) {
            if (shown++ == Diagnostics.CAP) {
                err.println("... and " + (diagnostics.size() - Diagnostics.CAP) + " more");
                break;
            }
            err.println(d.format());
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was written");
        }
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed;
        while (sub != null) {
            if (sub.hasMatchedOption("--verbose")) {
                return true;
            }
            sub = sub.subcommand();
        }
        return false;
    }
}
