package io.orbitpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code orbitpress} command: build, check, entities, serve, new, schedule, theme; {@code build} when none is named. */
@Command(name = "orbitpress", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds mission-news microsites from Markdown articles.",
            "Run with no arguments, builds the site in this folder (as orbitpress build)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the content, templates or output folder", "2:wrong usage"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // started by the Maven plugin: what it says names the goals, not this command line
        boolean goals = "1".equals(System.getenv(MavenWords.ENV));
        java.io.PrintWriter out = goals ? MavenWords.writer(System.out) : new java.io.PrintWriter(System.out, true);
        int exit = run(out, new java.io.PrintWriter(System.err, true), args);
        out.flush();
        if (goals) {
            out.close(); // a last line without its line break; System.out itself stays open
        }
        System.exit(exit);
    }

    /** Runs the command line and returns the exit code (for tests and for main). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** The commands, in the order the usage lists them. */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("build", BuildCommand::new);
        m.put("check", CheckCommand::new);
        m.put("entities", EntitiesCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("new", NewCommand::new);
        m.put("schedule", ScheduleCommand::new);
        m.put("theme", ThemeCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Runs the command line with its output going to {@code out} and {@code err}. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        String[] line = args.length == 0 ? new String[] {"build"} : args;
        // a command named first, with no question about the program itself, needs no other: the
        // model of each command is read from its annotations at start (about 40 ms for the others)
        boolean every = !COMMANDS.containsKey(line[0]) || java.util.Arrays.stream(line)
                .anyMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
        return run(out, err, every, line);
    }

    /** Runs {@code line} with every command known, or only the one it names first. */
    static int run(java.io.PrintWriter out, java.io.PrintWriter err, boolean every, String... line) {
        CommandLine cli = new CommandLine(new Main());
        COMMANDS.forEach((name, command) -> {
            if (every || name.equals(line[0])) {
                cli.addSubcommand(name, command.get());
            }
        });
        // options a command takes with the others but has no use for: accepted, left out of its help
        hide(cli, "serve", "--out", "--drafts", "--future");
        hide(cli, "check", "--out");
        hide(cli, "entities", "--out");
        hide(cli, "schedule", "--out");
        hide(cli, "new site", "--source");
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(Main::usageError);
        return cli.execute(line);
    }

    /** Leaves {@code options} of the command at {@code path} ("new site") out of its usage; they still parse. */
    private static void hide(CommandLine cli, String path, String... options) {
        CommandLine c = cli;
        for (String name : path.split(" ")) {
            c = c.getSubcommands().get(name);
            if (c == null) {
                return; // not added: another command was named
            }
        }
        CommandLine.Model.CommandSpec spec = c.getCommandSpec();
        for (String name : options) {
            CommandLine.Model.OptionSpec o = spec.findOption(name);
            if (o != null) { // NewCommandTest.helpLeavesOutTheOptionsACommandIgnores names each
                spec.remove(o);
                spec.addOption(CommandLine.Model.OptionSpec.builder(o).hidden(true).build());
            }
        }
    }

    /** Options of other generators (Hugo, Jekyll, Zola) and what Orbitpress calls them. */
    private static final java.util.Map<String, String> OTHER_NAMES = java.util.Map.of("--site", "--source",
            "--root", "--source", "--destination", "--out", "--buildDrafts", "--drafts", "--buildFuture", "--future",
            "--buildExpired", "--expired");

    /**
     * A wrong command line: what is wrong, the nearest right spelling when there is one, and where
     * the options are told (the whole usage would bury the message); exit code 2.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        java.io.PrintWriter err = c.getErr();
        String name = c.getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !c.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            // the program's commands, or those of one that has its own (new article, theme eject)
            String typed = u.getUnmatched().get(0);
            java.util.Set<String> commands = c.getParent() == null ? COMMANDS.keySet() : c.getSubcommands().keySet();
            // picocli's own suggestions miss a swap of two letters (nwe for new)
            err.println(name + ": unknown command '" + typed + "'; " + (u.getSuggestions().isEmpty()
                    ? io.orbitpress.diag.Spelling.closest(typed, commands).map(m -> "did you mean " + m + "? ")
                            .orElse("") : "") + "the commands are " + String.join(", ", commands));
        } else {
            err.println(name + ": " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException u && u.getSuggestions().isEmpty()
                    && !u.getUnmatched().isEmpty() && u.getUnmatched().get(0).startsWith("--")) {
                // as they miss --prot for --port
                String typed = u.getUnmatched().get(0).replaceFirst("=.*", "");
                java.util.List<String> options = c.getCommandSpec().options().stream()
                        .flatMap(o -> java.util.Arrays.stream(o.names())).filter(n -> n.startsWith("--")).toList();
                io.orbitpress.diag.Spelling.closest(typed, options)
                        .or(() -> java.util.Optional.ofNullable(OTHER_NAMES.get(typed)).filter(options::contains))
                        .ifPresent(m -> err.println("Did you mean " + m + "?"));
            }
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + name + " --help' for " + (c.getSubcommands().isEmpty() ? "its options"
                : c.getParent() == null ? "the commands and options" : "its commands") + ".");
        err.flush();
        return c.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
