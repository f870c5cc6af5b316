package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site reached through a link (a project folder linked into the home folder; macOS's /tmp) with
 * a story that is itself a link to another story: watching the target's folder by its real path
 * took the folder's place in the watcher, and from then on every edit in it was dropped as being
 * outside the site.
 */
class SourceWatcherLinksTest {

    @TempDir
    Path dir;

    @Test
    void aSiteReachedThroughALinkSeesEveryEditOfAFolderWithALinkedStory() throws Exception {
        Path real = dir.resolve("real/site/content/articles");
        Files.createDirectories(real);
        Files.writeString(real.resolve("a.md"), "a");
        Files.writeString(real.resolve("b.md"), "b");
        Files.createSymbolicLink(real.resolve("c.md"), Path.of("a.md"));
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        Path content = dir.resolve("link/site/content");
        Path articles = content.resolve("articles");
        BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        StringWriter err = new StringWriter();
        try (SourceWatcher watcher = new SourceWatcher(List.of(content), Duration.ofMillis(20), changes::add,
                new PrintWriter(err, true))) {
            watcher.start();
            Files.writeString(articles.resolve("b.md"), "b, edited");
            assertThat(next(changes, articles.resolve("b.md"))).as(err.toString()).contains(articles.resolve("b.md"));
            Files.writeString(articles.resolve("a.md"), "a, edited");
            assertThat(next(changes, articles.resolve("c.md"))).as(err.toString())
                    .contains(articles.resolve("a.md"), articles.resolve("c.md"));
        }
    }

    /**
     * A folder of stories that is a link to a folder elsewhere in the site folder (a desk's shared
     * folder linked into the articles' folder), as the build reads it: an edit there, a story added
     * there, a new folder there, is a change of the story under the link's path.
     */
    @Test
    void anEditInAFolderReachedThroughALinkIsAChangeUnderTheLink() throws Exception {
        Path site = dir.resolve("site");
        Path shared = Files.createDirectories(site.resolve("desk/shared"));
        Files.writeString(shared.resolve("a.md"), "a");
        Path articles = Files.createDirectories(site.resolve("content/articles"));
        Files.createSymbolicLink(articles.resolve("shared"), Path.of("../../desk/shared"));
        Path content = site.resolve("content");
        BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
        StringWriter err = new StringWriter();
        try (SourceWatcher watcher = new SourceWatcher(List.of(content), Duration.ofMillis(20), changes::add,
                new PrintWriter(err, true))) {
            watcher.start();
            Files.writeString(shared.resolve("a.md"), "a, edited");
            assertThat(next(changes, articles.resolve("shared/a.md"))).as(err.toString())
                    .contains(articles.resolve("shared/a.md"));
            Files.writeString(shared.resolve("b.md"), "b");
            assertThat(next(changes, articles.resolve("shared/b.md"))).as(err.toString())
                    .contains(articles.resolve("shared/b.md"));
            Files.createDirectories(shared.resolve("2025"));
            assertThat(next(changes, articles.resolve("shared/2025"))).contains(articles.resolve("shared/2025"));
            Thread.sleep(100); // the new folder watched before a story is written into it
            Files.writeString(shared.resolve("2025/c.md"), "c");
            assertThat(next(changes, articles.resolve("shared/2025/c.md"))).as(err.toString())
                    .contains(articles.resolve("shared/2025/c.md"));
        }
    }

    /** The changes reported until one holds {@code wanted}, or all of them after ten seconds without it. */
    private static Set<Path> next(BlockingQueue<Set<Path>> changes, Path wanted) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!seen.contains(wanted) && System.nanoTime() < end) {
            Set<Path> c = changes.poll(200, TimeUnit.MILLISECONDS);
            if (c != null) {
                seen.addAll(c);
            }
        }
        return seen;
    }
}
