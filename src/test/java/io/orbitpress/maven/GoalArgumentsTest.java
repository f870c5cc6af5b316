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
        assertThat(m.arguments()).containsExactly("build", "--source", "/srv/news", "--out", "/srv/out", "--base-url",
                "https://news.example.org/", "--drafts", "--strict", "--timings", "--no-cache");
    }

    @Test
    void serveCheckAndEject() {
        ServeMojo s = new ServeMojo();
        s.source = SITE;
        s.port = 0;
        s.host = "127.0.0.1";
        s.noDrafts = true;
        assertThat(s.arguments()).containsExactly("serve", "--source", "/srv/news", "--port", "0", "--host", "127.0.0.1",
                "--no-drafts");
        CheckMojo c = new CheckMojo();
        c.source = SITE;
        assertThat(c.arguments()).containsExactly("check", "--source", "/srv/news");
        EjectMojo e = new EjectMojo();
        e.source = SITE;
        e.files = "article.html, assets/style.css,";
        assertThat(e.arguments()).containsExactly("theme", "eject", "--source", "/srv/news", "article.html",
                "assets/style.css");
        assertThat(e.forks()).isFalse();
    }

    @Test
    void newTakesExactlyOneThing() throws Exception {
        NewMojo n = new NewMojo();
        n.source = SITE;
        n.site = "mission-news";
        assertThat(n.arguments()).containsExactly("new", "site", Path.of("/srv/news/mission-news").toString());
        n.site = null;
        n.article = "Crew-12 arrives";
        n.missions = "crew-12";
        n.date = "2026-02-15";
        assertThat(n.arguments()).containsExactly("new", "--source", "/srv/news", "article", "Crew-12 arrives", "--date",
                "2026-02-15", "--missions", "crew-12");
        n.person = "Zena Cardman";
        assertThatThrownBy(n::arguments).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("exactly one of -Dsite=FOLDER");
    }

    /** A child's error output passes through as it comes; its lines (progress left out) make the failure message. */
    @Test
    void errorOutputIsPassedOnAndKept() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        List<String> lines = new ArrayList<>();
        String err = "Building\u2026 4 s\rcontent/articles/x.md:2:1: error: missing date\n1 error; nothing was written";
        SiteGoal.relay(new java.io.ByteArrayInputStream(err.getBytes(StandardCharsets.UTF_8)), shown, lines);
        assertThat(shown.toString(StandardCharsets.UTF_8)).isEqualTo(err);
        assertThat(lines).containsExactly("content/articles/x.md:2:1: error: missing date", "1 error; nothing was written");
    }
}
