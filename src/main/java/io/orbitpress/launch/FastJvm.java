package io.orbitpress.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JVM a command runs in when it is worth one of its own: the settings the benchmarks found
 * fastest for a build (bench/README.md), which a user would otherwise have to know to give.
 *
 * <ul>
 * <li>{@code -XX:TieredStopAtLevel=1}, for every command but {@code serve}: the C1 compiler alone.
 *     A build is too short for C2 to pay back what it costs: C1 alone takes about a third less CPU
 *     time at 10,000 articles. {@code serve} runs for hours, and its saves run the same code again
 *     and again: with C2 as well, a save on the 10,000-article benchmark site took a fifth less
 *     time once the first fifteen had run, for a first build about a third longer (bench/README.md).</li>
 * <li>{@code -XX:CompileThresholdScaling=0.3}, for every command but {@code serve}: C1 compiles a
 *     method after a third of the calls and loops it would wait for otherwise, so that a short
 *     build runs less of its code in the interpreter: a warm build of 10,000 articles after a
 *     one-article edit took 1.60 s against 1.72 s (medians of eight, alternated), and cold builds
 *     were no slower. {@code serve}'s saves, which run long-compiled code, got slower with it
 *     (bench/README.md).</li>
 * <li>{@code -XX:MaxTenuringThreshold=0}, for every command but {@code serve}: what outlives a
 *     young collection goes to the old generation at once instead of being copied between the
 *     survivor spaces first. Most of what a build's young collections find alive lives to its end
 *     (the stories and pages read from the cache folder): a warm build of 10,000 articles after a
 *     one-article edit took 1.93–2.08 s against 1.99–2.20 s (eight alternated), with 30 MB less
 *     memory; cold builds were no slower. {@code serve}, which runs for hours, keeps the default:
 *     its old generation would fill with what one rebuild held.</li>
 * <li>{@code -XX:+UseParallelGC}: the throughput collector, with a maximum heap made from the
 *     size of the site's {@code content/} ({@link HeapSize}); without one, a 10,000-article build
 *     held 2.1 GB of memory instead of 0.6 GB, for no gain in time. The initial heap is the
 *     maximum: grown from a small one, a warm build's heap took a full collection of about half a
 *     second at 10,000 articles.</li>
 * <li>a class-data archive of the classes a build loads ({@link ClassData}).</li>
 * </ul>
 *
 * <p>Then, last so that they win, the flags in {@code ORBITPRESS_JAVA_OPTS} and those the user gave
 * the JVM that started this one ({@code java -Xmx4g -jar orbitpress.jar}).
 */
public final class FastJvm {

    /** The system property that tells a JVM it was started by another, whose process id it holds. */
    static final String STARTED_BY = "orbitpress.startedBy";

    /** The commands that run a build, and so get a JVM of their own; a build when none is named. */
    static final Set<String> BUILDING = Set.of("build", "check", "serve", "entities");

    /** The commands whose run may record the class-data archive: they load what every build loads. */
    static final Set<String> RECORDING = Set.of("build", "check");

    private FastJvm() {
    }

    /** The command the arguments name ({@code build} when none), or "" for an option like --help first. */
    static String command(List<String> args) {
        if (args.isEmpty()) {
            return "build";
        }
        String first = args.get(0);
        return first.startsWith("-") ? "" : first;
    }

    /** Whether {@code args} run a build (and no --help or --version). */
    public static boolean builds(List<String> args) {
        return BUILDING.contains(command(args)) && !args.contains("--help") && !args.contains("-h")
                && !args.contains("--version") && !args.contains("-V");
    }

    /**
     * A JVM for {@code args} (an {@code orbitpress} command line) on {@code classpath}, run from
     * {@code workDir}, with {@code userFlags} last.
     */
    public static Child child(List<Path> classpath, List<String> args, Path workDir, List<String> userFlags) {
        String command = command(args);
        List<String> extra = new ArrayList<>(split(System.getenv("ORBITPRESS_JAVA_OPTS")));
        extra.addAll(userFlags);
        // flags that name an archive of their own: ours would be in their way
        boolean ownArchive = extra.stream().anyMatch(f -> f.equals("-Xshare:off") || f.startsWith("-XX:SharedArchiveFile")
                || f.startsWith("-XX:ArchiveClassesAtExit") || f.startsWith("-XX:AOT"));
        Path jvmCache = cacheFolder(System.getenv());
        Path cache = ownArchive ? null : jvmCache;
        ClassData.Plan archive = ClassData.plan(cache, System.getProperty("java.home"),
                System.getProperty("java.vm.version"), classpath, RECORDING.contains(command));
        Path site = source(args, workDir);
        long heap = HeapSize.megabytes(HeapSize.contentBytes(site.resolve("content"), jvmCache),
                command.equals("serve"), 3 * Runtime.getRuntime().maxMemory());
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable().toString());
        cmd.add("-XX:+UseParallelGC");
        if (!command.equals("serve")) {
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-XX:CompileThresholdScaling=0.3");
            cmd.add("-XX:MaxTenuringThreshold=0");
        }
        cmd.add("-Xmx" + heap + "m");
        // the whole heap from the start, unless the user sized it: no full collection to grow it midway
        if (extra.stream().noneMatch(f -> f.startsWith("-Xmx") || f.startsWith("-Xms")
                || f.startsWith("-XX:MaxHeapSize") || f.startsWith("-XX:InitialHeapSize"))) {
            cmd.add("-Xms" + heap + "m");
        }
        cmd.addAll(archive.options());
        cmd.addAll(extra);
        cmd.add("-D" + STARTED_BY + "=" + ProcessHandle.current().pid());
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, archive.classpath().stream().map(Path::toString).toList()));
        cmd.add(Launcher.class.getName());
        cmd.addAll(args);
        return new Child(List.copyOf(cmd), workDir, archive);
    }

    /** A command line ready to start, and the archive it may record. */
    public record Child(List<String> command, Path workDir, ClassData.Plan archive) {

        /** Starts it with this process's standard streams, or as {@code builder} says. */
        public Process start(ProcessBuilder builder) throws IOException {
            if (System.getenv("ORBITPRESS_SHOW_JVM") != null) {
                System.err.println("orbitpress: " + String.join(" ", command));
            }
            if (TypedArguments.lossy()) {
                // outside a UTF-8 locale (LANG unset, as under cron) Java reads a Cyrillic file name as
                // question marks: the build's JVM gets one
                builder.environment().put("LC_ALL", "C.UTF-8");
            }
            // the folder this JVM runs in is inherited, not named: outside a UTF-8 locale its name may be
            // one this JVM read as question marks, a folder that is not there
            if (!workDir.equals(Path.of("").toAbsolutePath())) {
                builder.directory(workDir.toFile());
            }
            return builder.command(command).start();
        }

        /**
         * Waits for the process and returns its exit code; stopped early (this JVM shutting down),
         * it is asked to stop, then made to.
         */
        public int await(Process p) throws InterruptedException {
            Thread stop = new Thread(() -> stop(p), "orbitpress-stop-build");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = p.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, and finds the process gone
            }
            archive.finish(exit);
            return exit;
        }

        private static void stop(Process p) {
            if (!p.isAlive()) {
                return;
            }
            p.destroy(); // a build discards its staging folder, serve says "Stopped."
            try {
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Where archives go: $ORBITPRESS_JVM_CACHE ("off": none), else $XDG_CACHE_HOME/orbitpress, else ~/.cache/orbitpress. */
    static Path cacheFolder(Map<String, String> env) {
        String given = env.get("ORBITPRESS_JVM_CACHE");
        if (given != null && !given.isBlank()) {
            return given.strip().equalsIgnoreCase("off") ? null : Path.of(given.strip());
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "orbitpress");
        }
        String local = env.get("LOCALAPPDATA");
        if (local != null && !local.isBlank() && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Path.of(local, "orbitpress");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "orbitpress");
    }

    /** The site folder {@code --source} names (relative to {@code workDir}), or {@code workDir}. */
    static Path source(List<String> args, Path workDir) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String given = a.equals("--source") && i + 1 < args.size() ? args.get(i + 1)
                    : a.startsWith("--source=") ? a.substring("--source=".length()) : null;
            if (given != null) {
                try {
                    return workDir.resolve(given);
                } catch (java.nio.file.InvalidPathException e) {
                    // a name this JVM cannot read (outside a UTF-8 locale); the build's JVM can
                    return workDir;
                }
            }
        }
        return workDir;
    }

    static Path javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve("java.exe");
        return Files.isRegularFile(exe) ? exe : bin.resolve("java");
    }

    static List<String> split(String flags) {
        if (flags == null || flags.isBlank()) {
            return List.of();
        }
        return List.of(flags.strip().split("\\s+"));
    }
}
