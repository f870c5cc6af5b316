package io.orbitpress.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive: recorded once, used after, made again when the code changes. */
class ClassDataTest {

    @TempDir
    Path dir;

    private List<String> cache() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void recordedByASuccessfulRunThenUsedUntilTheJarChanges() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1, 2, 3});
        Path cache = dir.resolve("cache");

        ClassData.Plan first = ClassData.plan(cache, "/jdk", "17.0.15", List.of(jar), true);
        assertThat(first.options()).containsExactly("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:ArchiveClassesAtExit=" + first.recording());
        Files.write(first.recording(), new byte[] {9}); // what the JVM writes as it exits
        first.finish(0);
        assertThat(first.archive()).exists();
        assertThat(first.recording()).doesNotExist();

        ClassData.Plan second = ClassData.plan(cache, "/jdk", "17.0.15", List.of(jar), true);
        assertThat(second.options()).containsExactly("-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedArchiveFile=" + first.archive());
        assertThat(second.recording()).isNull();

        // another JVM: another archive, the first one kept for the first JVM
        ClassData.Plan otherJvm = ClassData.plan(cache, "/jdk25", "25.0.3", List.of(jar), true);
        assertThat(otherJvm.archive()).isNotEqualTo(first.archive());

        // the jar rebuilt: a new archive replaces the old one
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        ClassData.Plan rebuilt = ClassData.plan(cache, "/jdk", "17.0.15", List.of(jar), true);
        assertThat(rebuilt.archive()).isNotEqualTo(first.archive());
        Files.write(rebuilt.recording(), new byte[] {9});
        rebuilt.finish(0);
        assertThat(cache()).containsExactly(rebuilt.archive().getFileName().toString());
    }

    @Test
    void aFailedRunLeavesNoArchiveAndOnlyBuildsRecord() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1});
        ClassData.Plan failed = ClassData.plan(dir.resolve("cache"), "/jdk", "17", List.of(jar), true);
        Files.write(failed.recording(), new byte[] {9});
        failed.finish(1);
        assertThat(cache()).isEmpty();

        ClassData.Plan serve = ClassData.plan(dir.resolve("cache"), "/jdk", "17", List.of(jar), false);
        assertThat(serve.options()).isEmpty();
        assertThat(serve.recording()).isNull();
    }

    @Test
    void noCacheFolderNoArchive() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1});
        ClassData.Plan none = ClassData.plan(null, "/jdk", "17", List.of(jar), true);
        assertThat(none.options()).isEmpty();
        assertThat(none.classpath()).containsExactly(jar);
        Path file = Files.write(dir.resolve("a-file"), new byte[] {1});
        assertThat(ClassData.plan(file.resolve("cache"), "/jdk", "17", List.of(jar), true).options()).isEmpty();
    }

    /** The JVM archives classes from jars only: a class folder is packed into one, again when it changes. */
    @Test
    void aClassFolderIsPackedIntoAJarKeptWhileItIsUnchanged() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("io/x"));
        Files.writeString(classes.resolve("io/x/A.class"), "a");
        Files.writeString(classes.resolve("theme.txt"), "t");
        Path cache = Files.createDirectories(dir.resolve("cache"));

        Path jar = ClassData.folderJar(cache, classes);
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.stream().map(e -> e.getName()).toList()).containsExactly("io/x/A.class", "theme.txt");
            assertThat(new String(j.getInputStream(j.getEntry("io/x/A.class")).readAllBytes())).isEqualTo("a");
        }
        assertThat(ClassData.folderJar(cache, classes)).isEqualTo(jar);

        Files.writeString(classes.resolve("io/x/A.class"), "a2");
        Files.setLastModifiedTime(classes.resolve("io/x/A.class"), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Path again = ClassData.folderJar(cache, classes);
        assertThat(again).isNotEqualTo(jar);
        assertThat(cache()).containsExactly(again.getFileName().toString());

        ClassData.Plan plan = ClassData.plan(cache, "/jdk", "17", List.of(classes), true);
        assertThat(plan.classpath()).containsExactly(again);
    }
}
