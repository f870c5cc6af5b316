package io.orbitpress.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as {@code java -jar orbitpress.jar} runs it, in real processes: a build runs in a JVM
 * of its own with the fast settings and the class-data archive, whose exit code and messages are
 * the command's; that JVM never outlives the one that started it.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(site.resolve("content/site.yaml"), "title: Launch Desk\n");
        Files.writeString(site.resolve("content/articles/one.md"), "---\ntitle: One\ndate: 2025-07-30\n---\nText.\n");
        return site;
    }

    /** {@code java -cp CLASSES io.orbitpress.launch.Launcher ARGS}, archives in a cache folder of the test's. */
    private ProcessBuilder launcher(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("ORBITPRESS_JVM_CACHE", dir.resolve("jvm-cache").toString());
        pb.environment().put("ORBITPRESS_SHOW_JVM", "1");
        pb.environment().remove("ORBITPRESS_FORK");
        pb.environment().remove("ORBITPRESS_JAVA_OPTS");
        return pb;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(ProcessBuilder pb) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended within 120 s").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> cache() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("jvm-cache"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBuildRunsInAFastJvmThatRecordsThenUsesItsArchive() throws Exception {
        Path site = site();
        Run first = run(launcher("build", "--source", site.toString(), "--no-cache"));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Built ");
        String child = first.err().lines().filter(l -> l.startsWith("orbitpress: ")).findFirst().orElseThrow();
        assertThat(child).contains(" -XX:+UseParallelGC ", " -XX:TieredStopAtLevel=1 ",
                " -XX:CompileThresholdScaling=0.3 ", " -Xmx512m ",
                " -XX:ArchiveClassesAtExit=", " io.orbitpress.launch.Launcher build --source " + site);
        assertThat(cache()).anyMatch(f -> f.startsWith("jvm-") && f.endsWith(".jsa"))
                .anyMatch(f -> f.startsWith("classes-") && f.endsWith(".jar"))
                .noneMatch(f -> f.endsWith(".tmp"));

        // -Xshare:on: the JVM refuses to start unless the archive maps
        ProcessBuilder again = launcher("build", "--source", site.toString(), "--no-cache");
        again.environment().put("ORBITPRESS_JAVA_OPTS", "-Xshare:on");
        Run second = run(again);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains(" -XX:SharedArchiveFile=" + dir.resolve("jvm-cache")).contains(" -Xshare:on ")
                .doesNotContain("ArchiveClassesAtExit");
        assertThat(site.resolve("site/articles/one/index.html")).exists();
    }

    /** The build's messages and exit code are the command's: 1 for content problems, 2 for usage. */
    @Test
    void problemsAndExitCodesComeThrough() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("content/articles/bad.md"), "---\ntitle: Bad\n---\nNo date.\n");
        Run bad = run(launcher("build", "--source", site.toString(), "--no-cache"));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("content/articles/bad.md:2:1: error: missing date");
        assertThat(cache()).noneMatch(f -> f.endsWith(".jsa")).noneMatch(f -> f.endsWith(".tmp"));

        Run usage = run(launcher("build", "--nope"));
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--nope'");
    }

    /**
     * Outside a UTF-8 locale (LANG unset, as under cron) Java reads a Cyrillic file name as question
     * marks: the build's JVM is given one; a build run in place says what to set.
     */
    @Test
    void aBuildOutsideAUtf8LocaleReadsCyrillicFileNames() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("content/site.yaml"), "title: Launch Desk\nslugs: unicode\n");
        Files.writeString(site.resolve("content/articles/стыковка.md"), "---\ntitle: Стыковка\ndate: 2025-07-30\n---\nТекст.\n");
        ProcessBuilder forked = launcher("build", "--source", site.toString(), "--no-cache");
        for (String v : List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE")) {
            forked.environment().remove(v);
        }
        Run built = run(forked);
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(site.resolve("site/articles/стыковка/index.html")).exists();

        ProcessBuilder inPlace = launcher("build", "--source", site.toString(), "--no-cache");
        for (String v : List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE")) {
            inPlace.environment().remove(v);
        }
        inPlace.environment().put("ORBITPRESS_FORK", "false");
        Run refused = run(inPlace);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(":1:1: error: cannot read this file's name: Java reads file names here as ")
                .contains("build with one, such as LANG=C.UTF-8");
    }

    /**
     * Outside a UTF-8 locale, run from a site folder with a Cyrillic name (a cron job's {@code cd
     * /srv/новости && java -jar orbitpress.jar build}): the build's JVM starts in that folder, not in
     * the launcher's reading of its name, all question marks.
     */
    @Test
    void aBuildOutsideAUtf8LocaleRunsInAFolderWithACyrillicName() throws Exception {
        Path site = dir.resolve("новости");
        Files.move(site(), site);
        ProcessBuilder pb = launcher("build", "--no-cache").directory(site.toFile());
        for (String v : List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE")) {
            pb.environment().remove(v);
        }
        Run built = run(pb);
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.out()).startsWith("Built ");
        assertThat(site.resolve("site/articles/one/index.html")).exists();
    }

    /**
     * Outside a UTF-8 locale, a site folder with a Cyrillic name given as {@code --source}: the
     * launcher reads the argument as question marks, the build's JVM reads it as it was typed.
     */
    @Test
    void aBuildOutsideAUtf8LocaleTakesACyrillicSourceFolder() throws Exception {
        Path site = dir.resolve("новости");
        Files.move(site(), site);
        ProcessBuilder pb = launcher("build", "--source", site.toString(), "--no-cache");
        for (String v : List.of("LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE")) {
            pb.environment().remove(v);
        }
        Run built = run(pb);
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.out()).startsWith("Built ");
        assertThat(built.err()).doesNotContain("Exception");
        assertThat(site.resolve("site/articles/one/index.html")).exists();
    }

    /** Commands that do not build run in the launcher's JVM: no second one. */
    @Test
    void otherCommandsRunInPlace() throws Exception {
        Run version = run(launcher("--version"));
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("orbitpress ");
        assertThat(version.err()).doesNotContain("orbitpress: ");
    }

    /** Starts {@code serve} through the launcher and waits for its address; its output goes to serve-out.txt. */
    private Process serving(Path site) throws Exception {
        Path out = dir.resolve("serve-out.txt");
        Process launcher = launcher("serve", "--source", site.toString(), "--port", "0")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("serve-err.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).contains("Serving at ")) {
            assertThat(launcher.isAlive()).as(Files.readString(dir.resolve("serve-err.txt"))).isTrue();
            assertThat(System.nanoTime()).as("serving within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
        return launcher;
    }

    /** Killed outright, the launcher cannot stop its build's JVM: that one notices and ends. */
    @Test
    void theBuildsJvmEndsWhenTheLauncherIsKilled() throws Exception {
        Process launcher = serving(site());
        try {
            Optional<ProcessHandle> child = launcher.children().findFirst();
            assertThat(child).isPresent();

            launcher.destroyForcibly();
            assertThat(child.get().onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            launcher.destroyForcibly();
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Stopped politely (SIGTERM, as by a service manager), the launcher stops its build's JVM first. */
    @Test
    void stoppingTheLauncherStopsTheBuildsJvm() throws Exception {
        Process launcher = serving(site());
        try {
            ProcessHandle child = launcher.children().findFirst().orElseThrow();

            launcher.destroy();
            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.isAlive()).isFalse();
            assertThat(Files.readString(dir.resolve("serve-out.txt"))).contains("Stopped.");
        } finally {
            launcher.destroyForcibly();
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
