package io.orbitpress.launch;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code orbitpress} program as {@code java -jar orbitpress.jar} and {@code mvn exec:java}
 * start it: a command that builds runs in a JVM of its own with the settings it is fastest with
 * ({@link FastJvm}), which this one starts, waits for and answers for (its exit code, its end when
 * this one is stopped); any other command ({@code new}, {@code theme}, {@code --help}) runs here.
 *
 * <p>{@code ORBITPRESS_FORK=false} (or {@code -Dorbitpress.fork=false}) runs every command here,
 * in the JVM as the user started it.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        String startedBy = System.getProperty(FastJvm.STARTED_BY);
        if (startedBy != null) {
            ParentWatch.start(startedBy);
            if (Boolean.getBoolean(TypedArguments.REREAD)) {
                args = TypedArguments.of(startedBy, args);
            }
        } else if (!inProcess() && FastJvm.builds(List.of(args))) {
            try {
                List<String> flags = new ArrayList<>(userFlags());
                if (TypedArguments.lossy()) {
                    flags.add("-D" + TypedArguments.REREAD + "=true"); // it reads the arguments as they were typed
                }
                FastJvm.Child child = FastJvm.child(classpath(), List.of(args), Path.of("").toAbsolutePath(), flags);
                Process p = child.start(new ProcessBuilder().inheritIO());
                System.exit(child.await(p));
            } catch (IOException e) {
                // no JVM could be started: the command runs here, as it is
            } catch (InterruptedException e) {
                System.exit(130);
            }
        }
        io.orbitpress.cli.Main.main(args);
    }

    static boolean inProcess() {
        String fork = System.getProperty("orbitpress.fork", System.getenv("ORBITPRESS_FORK"));
        return fork != null && (fork.equalsIgnoreCase("false") || fork.equals("0") || fork.equalsIgnoreCase("no"));
    }

    /** Where this code was loaded from: the loader's jars and folders (exec:java), else the class path (java -jar). */
    static List<Path> classpath() {
        List<Path> out = new ArrayList<>();
        if (Launcher.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL u : loader.getURLs()) {
                if (u.getProtocol().equals("file")) {
                    try {
                        out.add(Path.of(u.toURI()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a path; left out
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!p.isEmpty()) {
                    out.add(Path.of(p).toAbsolutePath().normalize());
                }
            }
        }
        return out;
    }

    /**
     * The JVM flags the user gave {@code java} before {@code -jar} ({@code -Xmx4g}, {@code -D...},
     * {@code -XX:...}): the build's JVM gets them after its own, so they win.
     */
    static List<String> userFlags() {
        List<String> argv = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        int jar = argv.indexOf("-jar");
        if (jar < 0) {
            return List.of();
        }
        return argv.subList(0, jar).stream().filter(a -> a.startsWith("-X") || a.startsWith("-D")).toList();
    }
}
