package io.orbitpress.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar of Orbitpress is the same tool when it holds the same files, whenever and wherever it
 * was packaged (a CI job packages it at every run), and another when a file changed.
 */
class ToolTest {

    @TempDir
    Path dir;

    private Path jar(String name, long time, Map<String, String> files) throws IOException {
        Path jar = dir.resolve(name);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                e.setTime(time);
                zip.putNextEntry(e);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(time));
        return jar;
    }

    @Test
    void aJarIsKnownByWhatItHolds() throws IOException {
        Map<String, String> code = Map.of("io/orbitpress/A.class", "first", "META-INF/MANIFEST.MF", "Main-Class: A\n");
        Map<String, String> packagedLater = new java.util.HashMap<>(code);
        packagedLater.put("META-INF/maven/io.orbitpress/orbitpress/pom.properties", "#Sat Dec 05 09:19:32 UTC 2026\n");
        code = new java.util.HashMap<>(code);
        code.put("META-INF/maven/io.orbitpress/orbitpress/pom.properties", "#Fri Dec 04 21:07:10 UTC 2026\n");
        Path built = jar("built.jar", 1_700_000_000_000L, code);
        Path again = jar("again/orbitpress.jar", 1_800_000_000_000L, packagedLater);
        assertThat(Files.getLastModifiedTime(again)).isNotEqualTo(Files.getLastModifiedTime(built));
        assertThat(Tool.ofJar(again)).isEqualTo(Tool.ofJar(built));

        Map<String, String> edited = new java.util.HashMap<>(code);
        edited.put("io/orbitpress/A.class", "firsT");
        Path changed = jar("changed.jar", 1_700_000_000_000L, edited);
        assertThat(Files.size(changed)).isEqualTo(Files.size(built));
        assertThat(Tool.ofJar(changed)).isNotEqualTo(Tool.ofJar(built));
        Map<String, String> moved = new java.util.HashMap<>(code);
        moved.put("io/orbitpress/B.class", moved.remove("io/orbitpress/A.class"));
        assertThat(Tool.ofJar(jar("renamed.jar", 1_700_000_000_000L, moved))).isNotEqualTo(Tool.ofJar(built));
    }

    /**
     * The class path is known by its entries' names and sizes: the same jar run from another
     * folder (a CI workspace whose path changes at every run) keeps the cache folder's results.
     */
    @Test
    void theClassPathIsKnownByItsFilesNotTheirFolders() throws IOException {
        Map<String, String> code = Map.of("io/orbitpress/A.class", "first");
        Map<String, String> library = Map.of("org/lib/L.class", "library");
        String sep = java.io.File.pathSeparator;
        String here = jar("ci/run-1/orbitpress.jar", 1_700_000_000_000L, code) + sep
                + jar("m2/lib-1.0.jar", 1_700_000_000_000L, library);
        String there = jar("ci/run-2/orbitpress.jar", 1_800_000_000_000L, code) + sep
                + jar("elsewhere/lib-1.0.jar", 1_800_000_000_000L, library);
        assertThat(Tool.ofClassPath(there)).isEqualTo(Tool.ofClassPath(here));

        // another version of the library, one of another size, a library more, or another order: another tool
        String newer = jar("ci/run-1/orbitpress.jar", 1_700_000_000_000L, code) + sep
                + jar("m2/lib-1.1.jar", 1_700_000_000_000L, library);
        assertThat(Tool.ofClassPath(newer)).isNotEqualTo(Tool.ofClassPath(here));
        String grown = jar("ci/run-3/orbitpress.jar", 1_700_000_000_000L, code) + sep
                + jar("m2b/lib-1.0.jar", 1_700_000_000_000L, Map.of("org/lib/L.class", "library, grown"));
        assertThat(Tool.ofClassPath(grown)).isNotEqualTo(Tool.ofClassPath(here));
        assertThat(Tool.ofClassPath(here + sep + dir.resolve("m2/lib-1.0.jar"))).isNotEqualTo(Tool.ofClassPath(here));
        String[] parts = here.split(java.util.regex.Pattern.quote(sep));
        assertThat(Tool.ofClassPath(parts[1] + sep + parts[0])).isNotEqualTo(Tool.ofClassPath(here));
    }
}
