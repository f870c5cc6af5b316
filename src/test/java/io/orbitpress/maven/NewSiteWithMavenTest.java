package io.orbitpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.theme.Theme;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour, with the real Maven and the plugin this build compiled, installed into
 * a local repository of the test's own (seeded from ~/.m2, so nothing is fetched twice):
 * {@code new} in an empty folder, one template of the site's own, a content error that fails
 * {@code mvn orbitpress:build}, then {@code mvn package} (the build goal bound to it) and
 * {@code mvn orbitpress:serve}.
 * Needs {@code mvn} on the PATH: skipped without it on a workstation, failed on CI.
 */
class NewSiteWithMavenTest {

    @TempDir
    Path dir;

    private Path settings;

    /** {@code mvn} on the PATH, or null. */
    static Path maven() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path mvn = Path.of(p, "mvn");
            if (!p.isEmpty() && Files.isExecutable(mvn)) {
                return mvn;
            }
        }
        return null;
    }

    record Result(int exit, String out) {
    }

    private ProcessBuilder mvn(Path workDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(maven().toString(), "-B", "-s", settings.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true);
        // the build JVM's class-data archives go to a folder of the test's
        pb.environment().put("ORBITPRESS_JVM_CACHE", dir.resolve("jvm-cache").toString());
        pb.environment().remove("ORBITPRESS_FORK");
        pb.environment().remove("ORBITPRESS_JAVA_OPTS");
        return pb;
    }

    private Result run(Path workDir, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "mvn", ".log");
        Process p = mvn(workDir, args).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in 300 s:\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    @Test
    void newSiteThenBuildAndServeWithTheMavenPlugin() throws Exception {
        boolean present = maven() != null;
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("mvn on the PATH on CI").isTrue();
        }
        Assumptions.assumeTrue(present, "needs mvn on the PATH");
        String version = version();
        install(version);

        Path work = Files.createDirectories(dir.resolve("work"));
        Result made = run(work, "io.orbitpress:orbitpress:" + version + ":new", "-Dsite=mission-news");
        assertThat(made.exit()).as(made.out()).isZero();
        Path site = work.resolve("mission-news");
        assertThat(site.resolve("pom.xml")).content().contains("<orbitpress.version>" + version + "</orbitpress.version>");
        assertThat(site.resolve("templates")).doesNotExist();

        // one template of the site's own; the rest stays the built-in theme's
        String home = new String(Theme.builtIn().bytes("home.html").orElseThrow(), StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/home.html"),
                home.replace("</main>", "<p class=\"own\">From our own template</p></main>"));

        // a content error fails the build with the file, line and column, said once, in Maven's failure
        Files.writeString(site.resolve("content/articles/no-date.md"), "---\ntitle: No date\n---\nText.\n");
        Result failed = run(site, "orbitpress:build");
        assertThat(failed.exit()).as(failed.out()).isNotZero();
        assertThat(failed.out()).contains("BUILD FAILURE")
                .containsOnlyOnce("content/articles/no-date.md:2:1: error: missing date")
                .containsPattern("Failed to execute goal io\\.orbitpress:orbitpress:[^ ]+:build \\(default-cli\\)[^\\n]*"
                        + "orbitpress build failed:\\n\\[ERROR\\] content/articles/no-date\\.md:2:1: error: missing date");
        assertThat(site.resolve("site")).doesNotExist();
        Files.delete(site.resolve("content/articles/no-date.md"));

        // check: every problem without writing anything, and the Maven build fails on one
        Files.writeString(site.resolve("content/articles/broken-link.md"),
                "---\ntitle: A broken link\ndate: 2025-07-01\n---\nSee [the launch](/articles/no-such-story/).\n");
        Result checked = run(site, "orbitpress:check");
        assertThat(checked.exit()).as(checked.out()).isNotZero();
        assertThat(checked.out()).contains("BUILD FAILURE")
                .containsPattern("content/articles/broken-link\\.md:5:\\d+: error: broken link");
        Files.delete(site.resolve("content/articles/broken-link.md"));
        Result clean = run(site, "orbitpress:check");
        assertThat(clean.exit()).as(clean.out()).isZero();
        assertThat(clean.out()).contains("OK: ").contains("BUILD SUCCESS");
        assertThat(site.resolve("site")).as("check writes nothing").doesNotExist();

        // the site as a module of a larger project: a goal run from the parent, which has no site of
        // its own, skips the parent and runs in the site's folder
        Files.writeString(work.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>newsroom</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <modules><module>mission-news</module></modules>
                  <build><pluginManagement><plugins><plugin>
                    <groupId>io.orbitpress</groupId><artifactId>orbitpress</artifactId><version>%s</version>
                  </plugin></plugins></pluginManagement></build>
                </project>
                """.formatted(version));
        Result fromParent = run(work, "orbitpress:check");
        assertThat(fromParent.exit()).as(fromParent.out()).isZero();
        assertThat(fromParent.out()).contains("orbitpress: skipped work, a parent of modules (mission-news) with no"
                + " content/ folder of its own: each module runs the goal in its own folder")
                .contains("--- orbitpress:" + version + ":check (default-cli) @ mission-news ---").contains("OK: ")
                .contains("BUILD SUCCESS");
        Files.delete(work.resolve("pom.xml"));

        // eject: the named theme file copied into templates/, the site's own home.html left as it is
        String ownHome = Files.readString(site.resolve("templates/home.html"));
        Result ejected = run(site, "orbitpress:eject", "-Dorbitpress.files=article.html,home.html");
        assertThat(ejected.exit()).as(ejected.out()).isZero();
        assertThat(site.resolve("templates/article.html")).hasBinaryContent(Theme.builtIn().bytes("article.html")
                .orElseThrow());
        assertThat(site.resolve("templates/home.html")).content().isEqualTo(ownHome);
        // theme: the built-in files, those the site replaces marked
        Result listed = run(site, "orbitpress:theme");
        assertThat(listed.exit()).as(listed.out()).isZero();
        assertThat(listed.out()).contains("article.html  (replaced by templates/article.html, the same as the built-in"
                + " one: delete it to follow the theme)", "home.html  (replaced by templates/home.html)");

        // a story held back: the build's summary names the goal that lists what comes, not the command line
        Files.writeString(site.resolve("content/articles/later.md"),
                "---\ntitle: Later\ndate: 2999-01-05\n---\nText.\n");
        // mvn package builds site/ (the goal is bound to it), then the preview serves the same site
        serve(site);
        assertThat(site.resolve("site/index.html")).content().contains("From our own template");
        assertThat(site.resolve("site/articles/apollo-11-lands/index.html")).content()
                .contains("Apollo 11 lands on the Moon").doesNotContain("From our own template");
        try (Stream<Path> cache = Files.list(dir.resolve("jvm-cache"))) {
            assertThat(cache.map(p -> p.getFileName().toString())).as("the class-data archive")
                    .anyMatch(f -> f.endsWith(".jsa"));
        }
    }

    /**
     * {@code mvn package orbitpress:serve}: the site built into site/, then the preview, answering
     * with the site's own template; stopping Maven (Ctrl-C) stops the preview's JVM, and is no failure.
     */
    private void serve(Path site) throws Exception {
        Path log = dir.resolve("serve.log");
        // a process group of its own, as a terminal's command has: Ctrl-C signals the whole group
        ProcessBuilder group = mvn(site, "package", "orbitpress:serve", "-Dorbitpress.port=0");
        group.command().add(0, "setsid");
        Process mvn = group.redirectOutput(log.toFile()).start();
        try {
            Pattern serving = Pattern.compile("Serving at (http://127\\.0\\.0\\.1:\\d+/)");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            Matcher m;
            while (!(m = serving.matcher(Files.readString(log))).find()) {
                assertThat(mvn.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("serving within 180 s:%n%s", Files.readString(log)).isLessThan(deadline);
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).contains("--- orbitpress:" + version() + ":build (site) @ mission-news ---")
                    .contains(", 0 warnings in ").contains("; build again then (mvn orbitpress:schedule lists them all)")
                    .doesNotContain("(orbitpress schedule");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String page = http.send(HttpRequest.newBuilder(URI.create(m.group(1))).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("From our own template", "Apollo 11 lands on the Moon");

            List<ProcessHandle> all = mvn.descendants().toList();
            assertThat(all).as("the preview's own JVM").isNotEmpty();
            // Ctrl-C: Maven and the preview's JVM are both interrupted; a preview stopped is no failed build
            Process interrupt = new ProcessBuilder("kill", "-INT", "--", "-" + mvn.pid()).start();
            assertThat(interrupt.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(mvn.waitFor(60, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle h : all) {
                assertThat(h.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("process " + h.pid()).isFalse();
            }
            assertThat(Files.readString(log)).contains("Stopped.").doesNotContain("BUILD FAILURE", "[ERROR]");
        } finally {
            mvn.descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
        }
    }

    private static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = io.orbitpress.cli.Main.class.getResourceAsStream("version.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    /**
     * The plugin as {@code mvn install} makes it (the compiled classes, resources and descriptor in
     * a jar, with the project's pom), installed by Maven's install plugin into a local repository
     * of the test's own. Artifacts the test's Maven needs come from ~/.m2 as a file repository, then
     * Maven Central.
     */
    private void install(String version) throws Exception {
        Path jar = dir.resolve("orbitpress-" + version + ".jar");
        Path classes = Path.of("target/classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        Path seed = Path.of(System.getProperty("user.home"), ".m2", "repository");
        String repositories = !Files.isDirectory(seed) ? "" : """
                <profiles><profile><id>seed</id>
                  <repositories><repository><id>seed</id><url>%1$s</url>
                    <snapshots><enabled>false</enabled></snapshots></repository></repositories>
                  <pluginRepositories><pluginRepository><id>seed</id><url>%1$s</url>
                    <snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
                </profile></profiles>
                <activeProfiles><activeProfile>seed</activeProfile></activeProfiles>
                """.formatted(seed.toUri());
        settings = dir.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  %s
                </settings>
                """.formatted(dir.resolve("repository"), repositories));
        Result installed = run(dir, "-q",
                "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file", "-Dfile=" + jar,
                "-DpomFile=" + Path.of("pom.xml").toAbsolutePath());
        assertThat(installed.exit()).as(installed.out()).isZero();
    }
}
