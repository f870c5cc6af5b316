package io.orbitpress.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** What command line each goal runs, from its parameters as Maven sets them. */
class GoalArgumentsTest {

    static final File SITE = new File("/srv/news");

    @Test
    void buildPassesWhatIsSet() {
        BuildMojo m = new BuildMojo();
        m.source = SITE;
        assertThat(m.arguments()).containsExactly("build", "--source", "/srv/news");
        m.out = new File("/srv/out");
        m.baseUrl = " https://news.example.org/ ";
        m.drafts = true;
        m.strict = true;
        m.timings = true;
        m.noCache = true;
        m.all = true;
        assertThat(m.arguments()).containsExactly("build", "--source", "/srv/news", "--out", "/srv/out", "--base-url",
                "https://news.example.org/", "--drafts", "--all", "--strict", "--timings", "--no-cache");
        m.noCache = false;
        m.cache = new File("/srv/cache");
        m.force = true;
        assertThat(m.arguments()).endsWith("--timings", "--cache", "/srv/cache", "--force");
    }

    @Test
    void serveCheckEjectAndTheme() {
        ServeMojo s = new ServeMojo();
        s.source = SITE;
        s.port = 0;
        s.host = "127.0.0.1";
        s.noDrafts = true;
        assertThat(s.arguments()).containsExactly("serve", "--source", "/srv/news", "--port", "0", "--host", "127.0.0.1",
                "--no-drafts");
        // as orbitpress serve --no-future: the preview without the embargoed stories
        s.noFuture = true;
        assertThat(s.arguments()).endsWith("--no-drafts", "--no-future");
        CheckMojo c = new CheckMojo();
        c.source = SITE;
        assertThat(c.arguments()).containsExactly("check", "--source", "/srv/news");
        c.all = true;
        assertThat(c.arguments()).containsExactly("check", "--source", "/srv/news", "--all");
        c.strict = true;
        assertThat(c.arguments()).containsExactly("check", "--source", "/srv/news", "--all", "--strict");
        assertThat(c.holdsWarnings()).isTrue();
        EjectMojo e = new EjectMojo();
        e.source = SITE;
        e.files = "article.html, assets/style.css,";
        assertThat(e.arguments()).containsExactly("theme", "eject", "--source", "/srv/news", "article.html",
                "assets/style.css");
        assertThat(e.forks()).isFalse();
        ThemeMojo t = new ThemeMojo();
        t.source = SITE;
        assertThat(t.arguments()).containsExactly("theme", "list", "--source", "/srv/news");
        assertThat(t.forks()).isFalse();
    }

    /**
     * A -Dorbitpress.x that the plugin's {@code <configuration>} overrides (it wins over -D in Maven)
     * is told, naming the value used: a CI job's -Dorbitpress.baseUrl went unseen. One that the goal
     * uses, or that names no parameter of it, is not.
     */
    /**
     * An embargo checked ahead, and the stories held back or expired shown, as the command line's
     * --now, --future and --expired do (README, "Embargo and expiry").
     */
    @Test
    void buildAndCheckTakeTheBuildsClock() {
        BuildMojo b = new BuildMojo();
        b.source = SITE;
        b.future = true;
        b.expired = true;
        b.now = " 2026-03-01T06:00:00Z ";
        assertThat(b.arguments()).containsExactly("build", "--source", "/srv/news", "--future", "--expired", "--now",
                "2026-03-01T06:00:00Z");
        CheckMojo c = new CheckMojo();
        c.source = SITE;
        c.now = "2026-03-01T06:00:00Z";
        assertThat(c.arguments()).containsExactly("check", "--source", "/srv/news", "--now", "2026-03-01T06:00:00Z");
        assertThat(SiteGoal.asMaven("--now TIME, or --future")).isEqualTo("-Dorbitpress.now=TIME, or"
                + " -Dorbitpress.future=true");
    }

    /** The build's summary points to the schedule and the unregistered names: a Maven-only site has goals for both. */
    @Test
    void scheduleAndEntities() {
        ScheduleMojo s = new ScheduleMojo();
        s.source = SITE;
        assertThat(s.arguments()).containsExactly("schedule", "--source", "/srv/news");
        s.drafts = true;
        assertThat(s.arguments()).containsExactly("schedule", "--source", "/srv/news", "--drafts");
        s.now = "2026-03-01T06:00:00Z";
        assertThat(s.arguments()).containsExactly("schedule", "--source", "/srv/news", "--drafts", "--now",
                "2026-03-01T06:00:00Z");
        EntitiesMojo e = new EntitiesMojo();
        e.source = SITE;
        assertThat(e.arguments()).containsExactly("entities", "--source", "/srv/news");
        e.suggest = true;
        e.drafts = true;
        e.all = true;
        assertThat(e.arguments()).containsExactly("entities", "--source", "/srv/news", "--drafts", "--all", "--suggest");
        assertThat(e.saysGoals()).isTrue();
        e.suggest = false;
        e.json = true;
        assertThat(e.arguments()).endsWith("--json");
        // JSON for other tools is not said in Maven's terms: a sentence quoting "--source" stays as written
        assertThat(e.saysGoals()).isFalse();
    }

    @Test
    void aPropertyTheConfigurationOverridesIsTold() {
        BuildMojo m = new BuildMojo();
        m.source = SITE;
        m.baseUrl = "https://ledger.example.org/";
        m.strict = true;
        java.util.Properties given = new java.util.Properties();
        given.setProperty("orbitpress.baseUrl", "https://staging.example.org/");
        given.setProperty("orbitpress.strict", "true");
        given.setProperty("orbitpress.source", "/srv/news");
        given.setProperty("orbitpress.port", "9000");
        assertThat(m.unused(given)).containsExactly("-Dorbitpress.baseUrl=https://staging.example.org/ is not used: the"
                + " plugin's <configuration> in pom.xml sets baseUrl to https://ledger.example.org/, which wins over -D;"
                + " to let -D change it, write it as a property instead (<properties><orbitpress.baseUrl>..."
                + "</orbitpress.baseUrl></properties>)");
        given.setProperty("orbitpress.baseUrl", "https://ledger.example.org/");
        given.setProperty("orbitpress.source", "elsewhere");
        given.setProperty("orbitpress.strict", "false");
        assertThat(m.unused(given)).hasSize(2).anyMatch(w -> w.startsWith("-Dorbitpress.source=elsewhere is not used"))
                .anyMatch(w -> w.startsWith("-Dorbitpress.strict=false is not used"));
    }

    @Test
    void newTakesExactlyOneThing() throws Exception {
        NewMojo n = new NewMojo();
        n.source = SITE;
        n.site = "mission-news";
        assertThat(n.arguments()).containsExactly("new", "site", Path.of("/srv/news/mission-news").toString(),
                "--maven-goals");
        n.site = ".";
        assertThat(n.arguments()).containsExactly("new", "site", Path.of("/srv/news").toString(), "--maven-goals");
        n.site = null;
        n.article = "Crew-12 arrives";
        n.missions = "crew-12";
        n.date = "2026-02-15";
        assertThat(n.arguments()).containsExactly("new", "--source", "/srv/news", "article", "Crew-12 arrives", "--date",
                "2026-02-15", "--missions", "crew-12");
        n.authors = "mira-castell";
        n.author = "Jane Guest";
        assertThat(n.arguments()).containsExactly("new", "--source", "/srv/news", "article", "Crew-12 arrives", "--date",
                "2026-02-15", "--missions", "crew-12", "--authors", "mira-castell", "--author", "Jane Guest");
        n.authors = null;
        n.author = null;
        n.person = "Zena Cardman";
        assertThatThrownBy(n::arguments).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("exactly one of -Dsite=FOLDER");
    }

    /** A site folder that is not there is told as the command tells it, not as a JVM that cannot start in it. */
    @Test
    void aMissingSiteFolderIsToldAsSuch(@org.junit.jupiter.api.io.TempDir Path dir) {
        BuildMojo m = new BuildMojo();
        m.source = dir.resolve("nowhere").toFile();
        m.fork = true;
        assertThatThrownBy(m::execute).hasMessageContaining("no such folder").hasMessageNotContaining("cannot start");
    }

    /**
     * The command's advice names the goal's parameters as Maven takes them (-Dorbitpress.source,
     * -Dorbitpress.strict=true), not the command line's options, and not its --help.
     */
    @Test
    void theAdviceNamesTheGoalsParameters(@org.junit.jupiter.api.io.TempDir Path dir) {
        BuildMojo m = new BuildMojo();
        m.source = dir.resolve("nowhere").toFile();
        assertThatThrownBy(m::execute).hasMessageContaining("-Dorbitpress.source").hasMessageNotContaining("--source")
                .hasMessageNotContaining("--help");
        assertThat(SiteGoal.asMaven("x.md:3:1: warning: no alt text; --strict fails the build on warnings\n"
                + "choose a new or empty folder with --out, or pass --force; --all prints every one\n"
                + "Run 'orbitpress build --help' for its options.")).isEqualTo("x.md:3:1: warning: no alt text;"
                + " -Dorbitpress.strict=true fails the build on warnings\nchoose a new or empty folder with"
                + " -Dorbitpress.out, or pass -Dorbitpress.force=true; -Dorbitpress.all=true prints every one");
    }

    /** What the command line would tell to run, a Maven user runs as a goal: the site may have no orbitpress command. */
    @Test
    void theAdviceNamesTheGoals() {
        assertThat(SiteGoal.asMaven("x.md:4:7: error: unknown person \"nobody\"; add content/people/nobody.md"
                + " (orbitpress new person \"Name\") or fix the id\n"
                + "templates are fine (while rendering /; a file of the built-in theme: orbitpress theme eject"
                + " article.html copies it)")).isEqualTo("x.md:4:7: error: unknown person \"nobody\"; add"
                + " content/people/nobody.md (mvn orbitpress:new -Dperson=\"Name\") or fix the id\n"
                + "templates are fine (while rendering /; a file of the built-in theme: mvn orbitpress:eject"
                + " -Dorbitpress.files=article.html copies it)");
    }

    /**
     * A build run by the goal ends its summary with the goals that list the next changes and the
     * unregistered names ({@code mvn orbitpress:schedule}, {@code mvn orbitpress:entities
     * -Dorbitpress.suggest}), which a site made for Maven can run.
     */
    @Test
    void theSummaryNamesTheGoals(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (var f : io.orbitpress.scaffold.StarterSite.files("News", "news", "1.0").entrySet()) {
            java.nio.file.Files.createDirectories(dir.resolve(f.getKey()).getParent());
            java.nio.file.Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        java.nio.file.Files.writeString(dir.resolve("content/articles/later.md"), """
                ---
                title: Later
                date: 2999-01-05
                ---
                Astronaut Frank Rubio spoke.
                """);
        java.nio.file.Files.writeString(dir.resolve("content/articles/now.md"), """
                ---
                title: Now
                date: 2025-01-05
                ---
                Astronaut Frank Rubio spoke.
                """);
        BuildMojo m = new BuildMojo();
        m.source = dir.toFile();
        m.noCache = true;
        m.fork = false;
        java.io.PrintStream was = System.out;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            m.execute();
        } finally {
            System.setOut(was);
        }
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Next scheduled change: ",
                "(mvn orbitpress:schedule lists them all)",
                "unregistered name(s) found; see them with: mvn orbitpress:entities -Dorbitpress.suggest=true")
                .doesNotContain("orbitpress schedule", "orbitpress entities");
    }

    /**
     * A failing command's problems are held back for Maven's failure, said once; progress and
     * warnings pass on as they come.
     */
    @Test
    void problemsAreHeldBackForTheFailureAndSaidOnce() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, true);
        String err = "Building\u2026 4 s\rcontent/articles/x.md:2:1: error: missing date\r\n"
                + "content/articles/y.md:4:1: warning: no alt text\n1 error, 1 warning; nothing was written";
        SiteGoal.relay(new java.io.ByteArrayInputStream(err.getBytes(StandardCharsets.UTF_8)), capture);
        assertThat(capture.finish(false)).containsExactly("content/articles/x.md:2:1: error: missing date",
                "1 error, 1 warning; nothing was written");
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo("Building\u2026 4 s\r"
                + "content/articles/y.md:4:1: warning: no alt text\n");
    }

    /** Progress updated in place on a terminal passes on as it comes, and is never a problem. */
    @Test
    void progressOnATerminalPassesOnAsItComes() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, true);
        capture.write("\r\033[KBuilding\u2026 1 s".getBytes(StandardCharsets.UTF_8));
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo("\r\033[KBuilding\u2026 1 s");
        capture.write("\r\033[KBuilding\u2026 2 s\r\033[K".getBytes(StandardCharsets.UTF_8));
        assertThat(capture.finish(true)).isEmpty();
        assertThat(shown.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r\033[KBuilding\u2026 1 s\r\033[KBuilding\u2026 2 s\r\033[K");
    }

    /** The problems after the progress line is wiped are held back, the first one too. */
    @Test
    void theProblemAfterTheWipedProgressLineIsHeldBack() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, true);
        capture.write(("\r\033[KBuilding\u2026 2 s\r\033[Kcontent/articles/x.md:2:1: error: missing date\n"
                + "1 error, 0 warnings; nothing was written\n").getBytes(StandardCharsets.UTF_8));
        assertThat(capture.finish(false)).containsExactly("content/articles/x.md:2:1: error: missing date",
                "1 error, 0 warnings; nothing was written");
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo("\r\033[KBuilding\u2026 2 s\r\033[K");
    }

    /** With --strict the warnings fail the build: they are held back with the counts. */
    @Test
    void aStrictBuildHoldsItsWarningsBack() throws Exception {
        BuildMojo build = new BuildMojo();
        build.strict = true;
        assertThat(build.holdsWarnings()).isTrue();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, true, true);
        SiteGoal.relay(new java.io.ByteArrayInputStream(("content/articles/y.md:4:1: warning: no alt text\n"
                + "0 errors, 1 warning; --strict fails the build on warnings").getBytes(StandardCharsets.UTF_8)), capture);
        assertThat(capture.finish(false)).containsExactly("content/articles/y.md:4:1: warning: no alt text",
                "0 errors, 1 warning; --strict fails the build on warnings");
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** A command that succeeds shows what was held back, after the rest. */
    @Test
    void aSucceedingCommandShowsWhatWasHeldBack() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, true);
        String err = "content/articles/y.md:4:1: warning: no alt text\n0 errors, 1 warning";
        SiteGoal.relay(new java.io.ByteArrayInputStream(err.getBytes(StandardCharsets.UTF_8)), capture);
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo("content/articles/y.md:4:1: warning: no alt text\n");
        assertThat(capture.finish(true)).containsExactly("0 errors, 1 warning");
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo("content/articles/y.md:4:1: warning: no alt text\n"
                + "0 errors, 1 warning" + System.lineSeparator());
    }

    /** {@code serve} holds nothing back: a rebuild's problem shows while the preview runs on. */
    @Test
    void serveShowsEveryLineAsItComes() throws Exception {
        assertThat(new ServeMojo().holdsBack()).isFalse();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, false);
        String err = "content/articles/x.md:2:1: error: missing date\n";
        SiteGoal.relay(new java.io.ByteArrayInputStream(err.getBytes(StandardCharsets.UTF_8)), capture);
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo(err);
        assertThat(capture.finish(false)).containsExactly("content/articles/x.md:2:1: error: missing date");
    }

    /**
     * What passes on as it comes (a preview's lines, a build's warnings) names the goals'
     * parameters too, and not the command line's --help: serve's wrong port was told first as
     * "--port must be ...", then in Maven's failure as "-Dorbitpress.port must be ...".
     */
    @Test
    void whatPassesOnNamesTheParametersToo() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        SiteGoal.LineCapture capture = new SiteGoal.LineCapture(shown, false);
        String err = "orbitpress serve: --port must be a number from 1 to 65535, not 99999\n"
                + "Run 'orbitpress serve --help' for its options.\n";
        SiteGoal.relay(new java.io.ByteArrayInputStream(err.getBytes(StandardCharsets.UTF_8)), capture);
        assertThat(shown.toString(StandardCharsets.UTF_8))
                .isEqualTo("orbitpress serve: -Dorbitpress.port must be a number from 1 to 65535, not 99999\n");
        assertThat(SiteGoal.asMaven(String.join("\n", capture.finish(false))))
                .isEqualTo("orbitpress serve: -Dorbitpress.port must be a number from 1 to 65535, not 99999");

        ByteArrayOutputStream warned = new ByteArrayOutputStream();
        SiteGoal.LineCapture build = new SiteGoal.LineCapture(warned, true);
        SiteGoal.relay(new java.io.ByteArrayInputStream(("x.md:3:1: warning: no alt text; --strict fails the build on"
                + " warnings\n").getBytes(StandardCharsets.UTF_8)), build);
        assertThat(warned.toString(StandardCharsets.UTF_8))
                .isEqualTo("x.md:3:1: warning: no alt text; -Dorbitpress.strict=true fails the build on warnings\n");
    }
}
