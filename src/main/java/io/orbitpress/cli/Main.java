package io.orbitpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code orbitpress} command: build, check, entities, serve, new, schedule, theme; {@code build} when none is named. */
@Command(name = "orbitpress", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds mission-news microsites from Markdown articles.",
        subcommands = {BuildCommand.class, CheckCommand.class, EntitiesCommand.class, ServeCommand.class, NewCommand.class,
                ScheduleCommand.class, ThemeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the content, templates or output folder", "2:wrong usage"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests and for main). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with its output going to {@code out} and {@code err}. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        return cli.execute(args.length == 0 ? new String[] {"build"} : args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
