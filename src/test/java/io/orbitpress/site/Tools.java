package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The outside programs that judge a published site, found where CI installs them. A missing tool
 * skips its test on a workstation and fails it on CI (CI=true), so CI never passes by skipping.
 */
final class Tools {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Tools() {
    }

    static boolean onCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Skips (or, on CI, fails) unless {@code present}. */
    static void require(boolean present, String what) {
        if (onCi()) {
            assertThat(present).as(what + " is installed on CI").isTrue();
        }
        Assumptions.assumeTrue(present, "needs " + what);
    }

    /** The Nu HTML Checker: -Dvnu.jar, $VNU_JAR, /opt/vnu or ./node_modules (npm install vnu-jar). */
    static Optional<Path> vnuJar() {
        List<String> candidates = new ArrayList<>();
        candidates.add(System.getProperty("vnu.jar"));
        candidates.add(System.getenv("VNU_JAR"));
        candidates.add("/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar");
        candidates.add("node_modules/vnu-jar/build/dist/vnu.jar");
        return candidates.stream().filter(c -> c != null && !c.isBlank()).map(Path::of).filter(Files::isRegularFile)
                .findFirst();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a program with a time limit; returns its exit code and standard output (stderr appended). */
    static Result run(List<String> command, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Result(int exit, String out, String err) {
    }

    /** Every file under {@code root} whose name ends with {@code suffix}, sorted. */
    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
