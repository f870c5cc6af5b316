package io.orbitpress.build;

import io.orbitpress.testing.Corpora;
import io.orbitpress.testing.Trees;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Markdown from public sites (../shared/corpora), read in place: every corpus builds
 * without an exception, and every file it cannot use is one diagnostic with its path.
 */
class CorporaTest {

    static final Path CORPORA = Corpora.FOLDER;

    static Stream<String> corpora() throws IOException {
        if (!Corpora.present()) {
            return Stream.of("(missing)");
        }
        try (Stream<Path> list = Files.list(CORPORA)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void buildsWithoutAnException(String name, @TempDir Path dir) throws IOException {
        Corpora.assumePresent();
        TestSite site = new TestSite(dir);
        // copied, not linked: a build follows no link out of the site folder
        Trees.copy(CORPORA.resolve(name), dir.resolve("content/articles"));
        List<Diagnostic> problems;
        try {
            BuildResult r = site.build();
            problems = r.warnings();
            assertThat(r.pagesByKind()).containsKey("home");
        } catch (BuildFailure f) {
            problems = f.diagnostics();
        }
        for (Diagnostic d : problems) {
            assertThat(d.path()).as(d.format()).isNotEmpty();
            assertThat(d.message()).as(d.format()).doesNotContain("Exception", "\tat ");
        }
        System.out.printf("corpus %s: %d problems%n", name, problems.size());
    }
}
