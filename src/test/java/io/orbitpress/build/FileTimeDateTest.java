package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.session.Session;
import io.orbitpress.session.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site moved over from Hugo dates its undated articles by their files' times
 * ({@code migration: dateFallback: fileModTime}): a file whose time changes and whose bytes do
 * not is another article, in a warm build as in a cold one.
 */
class FileTimeDateTest {

    @TempDir
    Path dir;

    @Test
    void aTouchedFileIsDatedAnewByAWarmBuild() throws Exception {
        TestSite s = new TestSite(dir.resolve("site"));
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                + "migration:\n  dateFallback: fileModTime\n");
        s.write("content/articles/undated.md", "---\ntitle: Undated note\n---\nA note without a date.\n");
        Path file = s.root.resolve("content/articles/undated.md");
        Path cache = dir.resolve("cache");
        Instant now = Instant.parse("2025-09-01T00:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-08-20T12:00:00Z")));
        new SiteBuild(BuildOptions.of(s.root).withNow(now), Session.inFolder(cache, "cache", Tool.fingerprint())).build();
        assertThat(s.text("articles/undated/index.html")).contains("2025-08-20T12:00:00Z");

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-08-25T12:00:00Z")));
        new SiteBuild(BuildOptions.of(s.root).withNow(now), Session.inFolder(cache, "cache", Tool.fingerprint())).build();
        assertThat(s.text("articles/undated/index.html")).contains("2025-08-25T12:00:00Z")
                .doesNotContain("2025-08-20T12:00:00Z");
        Path cold = dir.resolve("cold");
        new SiteBuild(BuildOptions.of(s.root).withNow(now).withOut(cold)).build();
        assertThat(EmbargoTest.tree(s.site())).isEqualTo(EmbargoTest.tree(cold));
    }
}
