package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site ({@code content/} + {@code templates/}) builds to exactly the files listed in
 * {@code src/test/resources/sample-site.sha256}, byte for byte. Speed work must not change the
 * output; when an intended change to content, templates or rendering does, regenerate the list
 * from the repository root and review the diff of the list:
 *
 * <pre>
 * mvn -q package -DskipTests
 * rm -rf /tmp/sample-out &amp;&amp; java -jar target/orbitpress.jar build --no-cache --source . --out /tmp/sample-out --base-url https://orbitpress.example.org/
 * (cd /tmp/sample-out &amp;&amp; find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum) &gt; src/test/resources/sample-site.sha256
 * </pre>
 */
class OutputStabilityTest {

    static final String BASE_URL = "https://orbitpress.example.org/";

    @TempDir
    Path tmp;

    @Test
    void sampleSiteBuildsToTheRecordedBytes() throws IOException {
        Path out = tmp.resolve("site");
        new SiteBuild(BuildOptions.of(Path.of(".")).withOut(out).withBaseUrl(BASE_URL)).build();

        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/sample-site.sha256"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                expected.put(line.substring(66), line.substring(0, 64));
            }
        }
        Map<String, String> actual = digests(out);

        assertThat(expected).as("recorded list").hasSizeGreaterThan(50);
        assertThat(actual.keySet()).as("files written").containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, sha) -> assertThat(actual.get(path)).as(path).isEqualTo(sha));
    }

    @Test
    void twoBuildsWriteTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new SiteBuild(BuildOptions.of(Path.of(".")).withOut(a).withBaseUrl(BASE_URL)).build();
        new SiteBuild(BuildOptions.of(Path.of(".")).withOut(b).withBaseUrl(BASE_URL)).build();
        assertThat(digests(b)).isEqualTo(digests(a));
    }

    static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> out.put(root.relativize(f).toString().replace('\\', '/'),
                    sha256(f)));
        }
        return out;
    }

    private static String sha256(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
