package io.orbitpress.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Markdown of public sites in {@code ../shared/corpora}, read in place. CI always has
 * it: under {@code CI=true} a missing folder fails the test; elsewhere the test says it skipped.
 */
public final class Corpora {

    public static final Path FOLDER = Path.of("..", "shared", "corpora").toAbsolutePath().normalize();

    private Corpora() {
    }

    /** Whether the folder is here; throws under {@code CI=true} when it is not. */
    public static boolean present() {
        if (!Files.isDirectory(FOLDER) && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + FOLDER + " is missing");
        }
        return Files.isDirectory(FOLDER);
    }

    /** Skips the test when the folder is not here (fails it under {@code CI=true}). */
    public static void assumePresent() {
        Assumptions.assumeTrue(present(), "skipped: ../shared/corpora is not here");
    }

    /** Every Markdown file of the corpora, in path order; the test skips (or fails) as {@link #assumePresent} says. */
    public static List<Path> markdownFiles() throws IOException {
        assumePresent();
        try (Stream<Path> s = Files.walk(FOLDER)) {
            return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
