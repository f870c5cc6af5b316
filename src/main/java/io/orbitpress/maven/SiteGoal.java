package io.orbitpress.maven;

import io.orbitpress.cli.MavenWords;
import io.orbitpress.launch.FastJvm;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * What every Orbitpress goal shares: the site folder, and how an {@code orbitpress} command line is
 * run. A goal that builds runs in a JVM of its own with the fast settings ({@link FastJvm}: C1
 * alone, the parallel collector, a heap made for the site, a class-data archive), on the plugin's
 * own class path; Maven's JVM, started with Maven's settings, would take twice as long. The
 * command's problems fail the Maven build with the lines the command line prints
 * ({@code file:line:col: error: ...}), said once, in Maven's failure.
 *
 * <p>Maven learns the goals and their parameters from {@code META-INF/maven/plugin.xml}: a field
 * here is set by Maven only when the descriptor names it ({@code PluginDescriptorTest} checks).
 */
abstract class SiteGoal extends AbstractMojo {

    /** The site folder, holding {@code content/} and, if it changes any, {@code templates/}. */
    File source;

    /**
     * Run in a JVM of its own with the fast settings ({@code true}), or inside Maven's
     * ({@code false}: slower, for machines where starting a process is not allowed).
     */
    boolean fork;

    /** More flags for the JVM of the build, after its own ({@code -Xmx4g}); also $ORBITPRESS_JAVA_OPTS. */
    String jvmArgs;

    /** Does nothing when true: for a profile or a CI job that builds elsewhere. */
    boolean skip;

    PluginDescriptor plugin;

    /** The project's modules (none but in a parent of modules): Maven's {@code ${project.modules}}. */
    List<String> modules;

    /**
     * What to say of each {@code -Dorbitpress.x} in {@code given} (Maven's properties) that the goal
     * does not use, because the plugin's {@code <configuration>} in pom.xml sets {@code x} otherwise
     * and wins: a CI job's {@code -Dorbitpress.baseUrl} would go unseen.
     */
    List<String> unused(java.util.Properties given) {
        List<String> out = new java.util.ArrayList<>();
        for (Class<?> c = getClass(); c != AbstractMojo.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                String property = "orbitpress." + f.getName();
                String said = given.getProperty(property);
                if (said == null || java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Object value;
                try {
                    f.setAccessible(true);
                    value = f.get(this);
                } catch (IllegalAccessException | RuntimeException e) {
                    continue;
                }
                boolean same = value == null ? said.isBlank()
                        : value instanceof Boolean b ? b == (said.isBlank() || Boolean.parseBoolean(said.strip()))
                        : value instanceof File file ? sameFile(file, said.strip())
                        : value.toString().strip().equals(said.strip());
                if (!same) {
                    out.add("-D" + property + "=" + said + " is not used: the plugin's <configuration> in pom.xml sets "
                            + f.getName() + " to " + value + ", which wins over -D; to let -D change it, write it as a"
                            + " property instead (<properties><" + property + ">...</" + property + "></properties>)");
                }
            }
        }
        return out;
    }

    /** Whether {@code said}, a path given with -D, is {@code file} (Maven resolves it from the project's folder, or the current one). */
    private static boolean sameFile(File file, String said) {
        Path set = file.toPath().toAbsolutePath().normalize();
        try {
            Path given = Path.of(said);
            return set.equals(given.toAbsolutePath().normalize())
                    || !given.isAbsolute() && !said.isEmpty() && set.endsWith(given.normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Whether this project is a parent of modules whose folder holds no site: a goal run from a
     * multi-module build's top (every goal but {@code new} needs a project, so Maven runs it in
     * each project of the build), which reaches the site's own module too.
     */
    boolean parentWithoutSite() {
        return usesSite() && modules != null && !modules.isEmpty()
                && !java.nio.file.Files.isDirectory(siteFolder().resolve("content"));
    }

    /**
     * Whether the goal works on the site in its folder, and so has nothing to do in a parent of
     * modules without one.
     */
    boolean usesSite() {
        return true;
    }

    /** The site folder, absolute. */
    Path siteFolder() {
        return source.toPath().toAbsolutePath().normalize();
    }

    /** The command line this goal runs ({@code build --source ...}). */
    abstract List<String> arguments() throws MojoExecutionException;

    /** Whether the command builds, and so is worth the fast JVM. */
    boolean forks() {
        return fork;
    }

    /**
     * Whether the command's problems are held back to be said once, in Maven's failure; not for a
     * command that runs on after a problem and so must show it at once.
     */
    boolean holdsBack() {
        return true;
    }

    /**
     * Whether the command runs until it is stopped ({@code serve}), so that its end by an interrupt
     * or a request to stop (exit codes 130 and 143) is how it ends, not a failure.
     */
    boolean runsUntilStopped() {
        return false;
    }

    /**
     * Whether the command's standard output is said as the goals name things ({@link MavenWords});
     * not for output meant for other tools (JSON), which must stay as the command writes it.
     */
    boolean saysGoals() {
        return true;
    }

    /** Whether warnings fail the command (a build with --strict), and so are held back with the errors. */
    boolean holdsWarnings() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("orbitpress: skipped (orbitpress.skip)");
            return;
        }
        if (parentWithoutSite()) {
            // mvn orbitpress:build run from a parent pom: the goal runs in the parent and in each module
            getLog().info("orbitpress: skipped " + siteFolder().getFileName() + ", a parent of modules ("
                    + String.join(", ", modules) + ") with no content/ folder of its own: each module runs the goal"
                    + " in its own folder");
            return;
        }
        unused(System.getProperties()).forEach(getLog()::warn);
        List<String> args = arguments();
        getLog().debug("orbitpress " + String.join(" ", args));
        LineCapture err = new LineCapture(System.err, holdsBack(), holdsWarnings());
        // a site folder that is not there is told by the command itself, here: a JVM is not started in it
        boolean ownJvm = forks() && java.nio.file.Files.isDirectory(siteFolder());
        int exit = ownJvm ? forked(args, err) : inProcess(args, err);
        List<String> errors;
        try {
            errors = err.finish(exit == 0);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the output of orbitpress " + args.get(0), e);
        }
        if (exit == 0 || runsUntilStopped() && (exit == 130 || exit == 143)) {
            return; // a preview ends when it is stopped (Ctrl-C): that is no failure
        }
        // the command's own advice, as a Maven user gives it
        String said = errors.isEmpty() ? "" : ":\n" + asMaven(String.join("\n", errors));
        if (exit == 1) {
            throw new MojoFailureException("orbitpress " + args.get(0) + " failed" + said);
        }
        if (exit == 2) {
            throw new MojoExecutionException("orbitpress " + args.get(0) + ": wrong parameters" + said);
        }
        throw new MojoExecutionException("orbitpress " + args.get(0) + " stopped (exit code " + exit + ")" + said);
    }

    /**
     * {@code text}, what the command line said, as a Maven user acts on it: its commands as the goals
     * and its options as the goals' parameters ({@link MavenWords}), and without its pointer to
     * {@code orbitpress ... --help}.
     */
    static String asMaven(String text) {
        return MavenWords.say(text.replaceAll("(?m)^Run 'orbitpress[^']*--help' for [^\n]*\n?", "")).strip();
    }

    /** The goal's command in a JVM of its own, its error output into {@code err}. */
    private int forked(List<String> args, LineCapture err) throws MojoExecutionException {
        List<String> flags = jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+"));
        FastJvm.Child child = FastJvm.child(classpath(), args, siteFolder(), flags);
        try {
            ProcessBuilder builder = new ProcessBuilder().redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            // its summary names the goals (mvn orbitpress:schedule), not a command the site may not have
            if (saysGoals()) {
                builder.environment().put(MavenWords.ENV, "1");
            }
            Process p = child.start(builder);
            Thread relay = new Thread(() -> relay(p.getErrorStream(), err), "orbitpress-stderr");
            relay.setDaemon(true);
            relay.start();
            int exit = child.await(p);
            relay.join(5_000);
            return exit;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start " + child.command().get(0) + ": " + e.getMessage()
                    + " (set orbitpress.fork to false to build inside Maven's JVM)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted", e);
        }
    }

    /** The goal's command inside Maven's JVM, its error output into {@code err}. */
    int inProcess(List<String> args, LineCapture err) {
        boolean says = saysGoals();
        PrintWriter out = says ? MavenWords.writer(System.out) : new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        try {
            return io.orbitpress.cli.Main.run(out, errWriter, args.toArray(new String[0]));
        } finally {
            if (says) {
                out.close(); // its last line; System.out stays open
            } else {
                out.flush();
            }
            errWriter.flush();
        }
    }

    /** The plugin's jar and its libraries: what the build's JVM runs on. */
    List<Path> classpath() {
        Set<Path> paths = new LinkedHashSet<>();
        if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
            paths.add(plugin.getPluginArtifact().getFile().toPath());
        }
        for (Artifact a : plugin.getArtifacts()) {
            if (a.getFile() != null && a.getArtifactHandler().isAddedToClasspath()) {
                paths.add(a.getFile().toPath());
            }
        }
        return List.copyOf(paths);
    }

    /** Copies a process's error output into {@code to} as it comes. */
    static void relay(InputStream from, OutputStream to) {
        try {
            from.transferTo(to);
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Adds {@code --name value} when the value is set. */
    static void option(List<String> args, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            args.add(name);
            args.add(value instanceof File f ? f.toPath().toAbsolutePath().normalize().toString() : value.toString().strip());
        }
    }

    /** Adds the switch {@code name} ({@code --drafts}) to {@code args} when {@code on}. */
    static void flag(List<String> args, String name, boolean on) {
        if (on) {
            args.add(name);
        }
    }

    /**
     * The command's error output on its way to Maven's. The lines that would fail the Maven build
     * (errors, the counts, a usage message) are held back and said once, in the failure Maven
     * prints; progress and warnings pass on as they come, and the held lines after them when the
     * command succeeds. A goal that {@linkplain #holdsBack() holds nothing back} ({@code serve})
     * passes every line on as it comes.
     */
    static final class LineCapture extends OutputStream {
        /** At most this many lines are held back; later ones pass on at once. */
        static final int CAP = 120;
        private final OutputStream to;
        private final boolean hold;
        private final List<String> held = new ArrayList<>();
        private final List<String> passed = new ArrayList<>();
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        private final boolean holdWarnings;
        private boolean lastHeld;
        /** The line being written passes on as it comes: progress ("Building… 4 s"). */
        private boolean passing;
        /** Where in a terminal's control sequence ("\033[K") the output is: 0 outside, 1 after ESC, 2 within. */
        private int control;
        private static final byte[] PROGRESS = "Building".getBytes(StandardCharsets.US_ASCII);
        /** The command line's pointer to its --help, which a goal does not take. */
        private static final java.util.regex.Pattern HELP = java.util.regex.Pattern.compile("Run 'orbitpress[^']*--help' for .*");

        /** @param hold whether lines that are not progress or warnings are held back for the failure */
        LineCapture(OutputStream to, boolean hold) {
            this(to, hold, false);
        }

        /** @param holdWarnings whether warnings are held back too (they fail a build with --strict) */
        LineCapture(OutputStream to, boolean hold, boolean holdWarnings) {
            this.to = to;
            this.hold = hold;
            this.holdWarnings = holdWarnings;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            b &= 0xff;
            if (control > 0 || b == 0x1b) {
                // a terminal's control sequence (wiping the progress line) passes on, and is no text
                to.write(b);
                control = b == 0x1b ? 1 : control == 1 && b == '[' ? 2 : control == 2 && (b < 0x40 || b > 0x7e) ? 2 : 0;
            } else if (b == '\n' || b == '\r') {
                end(b);
            } else if (passing) {
                to.write(b);
            } else {
                line.write(b);
                if (line.size() == PROGRESS.length && java.util.Arrays.equals(line.toByteArray(), PROGRESS)) {
                    // progress, updated in place on a terminal: it passes on as it comes
                    passing = true;
                    line.writeTo(to);
                    line.reset();
                }
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        private void end(int terminator) throws IOException {
            if (passing) {
                to.write(terminator);
                to.flush();
                passing = false;
                lastHeld = false;
                return;
            }
            String s = line.toString(StandardCharsets.UTF_8).strip();
            boolean progress = s.startsWith("Building"); // "Building… 4 s" is not a problem
            boolean warning = s.contains(": warning: ") && !holdWarnings;
            if (s.isEmpty() ? hold && lastHeld : hold && !progress && !warning && held.size() < CAP) {
                if (!s.isEmpty()) {
                    held.add(s);
                }
                lastHeld = true;
            } else if (HELP.matcher(s).matches()) {
                lastHeld = false; // the command line's --help: a goal's parameters are in the README
            } else {
                if (s.isEmpty() || progress) {
                    line.write(terminator);
                    line.writeTo(to);
                } else {
                    // said as a Maven user acts on it, as the held lines are in the failure
                    to.write((MavenWords.say(line.toString(StandardCharsets.UTF_8)) + (char) terminator)
                            .getBytes(StandardCharsets.UTF_8));
                }
                to.flush();
                if (!s.isEmpty() && !progress && passed.size() < CAP) {
                    passed.add(s);
                }
                lastHeld = false;
            }
            line.reset();
        }

        /**
         * The command has ended: on success the held lines pass on; on failure they are what
         * Maven's failure says (or, when nothing is held back, the lines that passed).
         */
        synchronized List<String> finish(boolean ok) throws IOException {
            if (passing) {
                passing = false; // a progress line left open: nothing of it is held
            } else if (line.size() > 0) {
                end('\n');
            }
            if (ok) {
                for (String s : held) {
                    to.write((MavenWords.say(s) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                }
            }
            to.flush();
            return List.copyOf(hold ? held : passed);
        }

        @Override
        public void flush() throws IOException {
            to.flush();
        }
    }
}
