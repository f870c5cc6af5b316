package io.orbitpress.maven;

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
 * command's problems are printed as the command line prints them ({@code file:line:col: error:
 * ...}) and fail the Maven build with the same lines.
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("orbitpress: skipped (orbitpress.skip)");
            return;
        }
        List<String> args = arguments();
        getLog().debug("orbitpress " + String.join(" ", args));
        List<String> errors = new ArrayList<>();
        int exit = forks() ? forked(args, errors) : inProcess(args, errors);
        if (exit == 0) {
            return;
        }
        String said = errors.isEmpty() ? "" : ":\n" + String.join("\n", errors);
        if (exit == 1) {
            throw new MojoFailureException("orbitpress " + args.get(0) + " failed" + said);
        }
        if (exit == 2) {
            throw new MojoExecutionException("orbitpress " + args.get(0) + ": wrong parameters" + said);
        }
        throw new MojoExecutionException("orbitpress " + args.get(0) + " stopped (exit code " + exit + ")" + said);
    }

    /** The goal's command in a JVM of its own; its error output is shown as it comes and kept for the failure. */
    private int forked(List<String> args, List<String> errors) throws MojoExecutionException {
        List<String> flags = jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+"));
        FastJvm.Child child = FastJvm.child(classpath(), args, siteFolder(), flags);
        try {
            Process p = child.start(new ProcessBuilder().redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT));
            Thread relay = new Thread(() -> relay(p.getErrorStream(), System.err, errors), "orbitpress-stderr");
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

    /** The goal's command inside Maven's JVM. */
    int inProcess(List<String> args, List<String> errors) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        LineCapture err = new LineCapture(System.err, errors);
        try (PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8)) {
            return io.orbitpress.cli.Main.run(out, errWriter, args.toArray(new String[0]));
        } finally {
            out.flush();
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

    /** Copies a process's error output to {@code to} as it comes, keeping its lines (at most 60). */
    static void relay(InputStream from, OutputStream to, List<String> lines) {
        try (LineCapture capture = new LineCapture(to, lines)) {
            from.transferTo(capture);
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

    /** Passes bytes on, and keeps the lines they make (up to a cap) for the failure message. */
    static final class LineCapture extends OutputStream {
        static final int CAP = 60;
        private final OutputStream to;
        private final List<String> lines;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        LineCapture(OutputStream to, List<String> lines) {
            this.to = to;
            this.lines = lines;
        }

        @Override
        public void write(int b) throws IOException {
            to.write(b);
            take(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            to.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                take(b[i]);
            }
        }

        private void take(int b) {
            if (b == '\n' || b == '\r') {
                String s = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                // a progress line ("Building… 4 s") is not a problem
                if (!s.isEmpty() && !s.startsWith("Building") && lines.size() < CAP) {
                    synchronized (lines) {
                        lines.add(s);
                    }
                }
            } else {
                line.write(b);
            }
        }

        @Override
        public void flush() throws IOException {
            to.flush();
        }

        @Override
        public void close() throws IOException {
            take('\n');
            to.flush();
        }
    }
}
