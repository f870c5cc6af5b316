package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.launch.FastJvm;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An {@code orbitpress} command in a JVM of its own, started as the launcher starts one: its
 * settings and class-data archive ({@link FastJvm}), the code of this test run. Its output goes to a log file.
 */
final class BuildJvm {

    private final FastJvm.Child child;
    private final Process process;

    private BuildJvm(FastJvm.Child child, Process process) {
        this.child = child;
        this.process = process;
    }

    /** Starts {@code args} (a command line like {@code build --source DIR}), its output to {@code log}. */
    static BuildJvm start(Path log, List<String> args) throws IOException {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
        FastJvm.Child child = FastJvm.child(classpath, args, Path.of("").toAbsolutePath(), List.of());
        return new BuildJvm(child, child.start(new ProcessBuilder().redirectErrorStream(true).redirectOutput(log.toFile())));
    }

    Process process() {
        return process;
    }

    /** Waits at most {@code time} for the end; the exit code (an archive it recorded is put in place or removed). */
    int exit(long time, TimeUnit unit) throws InterruptedException {
        assertThat(process.waitFor(time, unit)).as("the command ends within %d %s", time, unit).isTrue();
        return child.await(process);
    }
}
