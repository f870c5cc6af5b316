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

    /**
     * Every jar path (a plugin version in the Maven repository, a clone of the project) and JVM has
     * an archive of its own: those not used for a month, and the least recently used beyond six,
     * go when another is recorded; one in use is marked so (at most once a day).
     */
    @Test
    void archivesOfOtherJarsGoWhenUnusedOrTooMany() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        java.time.Instant now = java.time.Instant.parse("2026-12-06T12:00:00Z");
        for (int i = 0; i < 9; i++) { // jvm-0 used an hour ago, jvm-1 a day and an hour ago, ...
            Path a = Files.write(cache.resolve("jvm-" + i + "-s.jsa"), new byte[] {1});
            Files.setLastModifiedTime(a, FileTime.from(now.minus(java.time.Duration.ofHours(1 + 25L * i))));
        }
        Path old = Files.write(cache.resolve("jvm-old-s.jsa"), new byte[] {1});
        Files.setLastModifiedTime(old, FileTime.from(now.minus(java.time.Duration.ofDays(31))));
        Path recording = Files.write(cache.resolve("jvm-9-s.jsa.77.tmp"), new byte[] {1});
        Path folderJar = Files.write(cache.resolve("classes-a-b.jar"), new byte[] {1});
        Files.setLastModifiedTime(folderJar, FileTime.from(now.minus(java.time.Duration.ofDays(40))));

        ClassData.markUsed(cache.resolve("jvm-8-s.jsa"), now); // used now: kept
        ClassData.markUsed(cache.resolve("jvm-0-s.jsa"), now); // marked within the day: not touched
        assertThat(Files.getLastModifiedTime(cache.resolve("jvm-0-s.jsa")).toInstant())
                .isEqualTo(now.minus(java.time.Duration.ofHours(1)));
        Path made = Files.write(cache.resolve("jvm-new-s.jsa"), new byte[] {1});
        ClassData.removeUnused(made, now);

        assertThat(cache()).containsExactly("classes-a-b.jar", "jvm-0-s.jsa", "jvm-1-s.jsa", "jvm-2-s.jsa",
                "jvm-3-s.jsa", "jvm-8-s.jsa", "jvm-9-s.jsa.77.tmp", "jvm-new-s.jsa");
        assertThat(recording).exists();
        ClassData.removeUnused(Files.write(cache.resolve("classes-c-d.jar"), new byte[] {1}), now);
        assertThat(folderJar).doesNotExist();
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
        // days later, still the same jar, its time as it was: the time is part of its archive's name
        FileTime made = FileTime.fromMillis(System.currentTimeMillis() - 3 * 86_400_000L);
        Files.setLastModifiedTime(jar, made);
        assertThat(ClassData.folderJar(cache, classes)).isEqualTo(jar);
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(made);

        Files.writeString(classes.resolve("io/x/A.class"), "a2");
        Files.setLastModifiedTime(classes.resolve("io/x/A.class"), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Path again = ClassData.folderJar(cache, classes);
        assertThat(again).isNotEqualTo(jar);
        assertThat(cache()).containsExactly(again.getFileName().toString());

        ClassData.Plan plan = ClassData.plan(cache, "/jdk", "17", List.of(classes), true);
        assertThat(plan.classpath()).containsExactly(again);
    }
}
