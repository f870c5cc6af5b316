package io.orbitpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a folder from its last listing and the changed paths gives what walking it gives, or nothing. */
class ContentFolderListingTest {

    @TempDir
    Path root;

    Path articles;
    ContentFolder folder;
    List<Path> last;

    @BeforeEach
    void write() throws IOException {
        root = root.toRealPath();
        articles = Files.createDirectories(root.resolve("content/articles"));
        Files.writeString(articles.resolve("b.md"), "b");
        Files.writeString(articles.resolve("d.md"), "d");
        folder = new ContentFolder(root);
        last = folder.markdownFiles(articles);
    }

    private Optional<List<Path>> listed(Path... changed) {
        return folder.markdownFiles(articles, last, Set.of(changed));
    }

    @Test
    void aNewEditedOrDeletedFileGivesTheWalkedListing() throws IOException {
        Files.writeString(articles.resolve("a.md"), "a");
        Files.writeString(articles.resolve("b.md"), "b, edited");
        Files.delete(articles.resolve("d.md"));
        Optional<List<Path>> listed = listed(articles.resolve("a.md"), articles.resolve("b.md"), articles.resolve("d.md"));
        assertThat(listed).contains(folder.markdownFiles(articles));
        assertThat(listed.orElseThrow()).extracting(p -> p.getFileName().toString()).containsExactly("a.md", "b.md");
    }

    @Test
    void otherFilesHiddenFilesAndPathsElsewhereLeaveTheListing() throws IOException {
        Files.writeString(articles.resolve("photo.jpg"), "jpg");
        Files.writeString(articles.resolve(".draft.md"), "hidden");
        Files.writeString(root.resolve("content/site.yaml"), "title: x");
        assertThat(listed(articles.resolve("photo.jpg"), articles.resolve(".draft.md"), root.resolve("content/site.yaml")))
                .contains(last);
    }

    @Test
    void aFolderAmongTheChangedPathsNeedsAWalk() throws IOException {
        Path year = Files.createDirectories(articles.resolve("2025"));
        Files.writeString(year.resolve("c.md"), "c");
        assertThat(listed(year)).isEmpty();
        assertThat(listed(articles.resolve("gone"))).as("a path gone that may have been a folder").isEmpty();
    }
}
