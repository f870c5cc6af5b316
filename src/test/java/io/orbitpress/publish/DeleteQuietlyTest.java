package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the publisher deletes a folder it no longer wants: all of it, on several threads, and nothing a link leads to. */
class DeleteQuietlyTest {

    @TempDir
    Path dir;

    @Test
    void aSiteIsDeletedWholeAndWhatItsLinksLeadToStays() throws IOException {
        Path site = dir.resolve(".www.staging-1-2");
        Path outside = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(outside.resolve("moon.jpg"), "not really a photo");
        // enough files for several threads, in folders three deep, as a site's pages are
        for (int i = 0; i < 700; i++) {
            Path page = site.resolve("articles/story-" + i / 7 + "/part-" + i % 7 + "/index.html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, "<p>" + i + "</p>");
        }
        Files.writeString(site.resolve(".orbitpress-site"), "marker\n");
        Files.createSymbolicLink(site.resolve("articles/photos"), outside);
        Files.createSymbolicLink(site.resolve("moon.jpg"), outside.resolve("moon.jpg"));
        Files.createLink(site.resolve("articles/story-0/linked.jpg"), outside.resolve("moon.jpg"));

        Publisher.deleteQuietly(site);

        assertThat(site).doesNotExist();
        assertThat(outside.resolve("moon.jpg")).hasContent("not really a photo");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("photos");
        }
    }

    @Test
    void aFolderThatIsNotThereIsNoProblem() {
        Publisher.deleteQuietly(dir.resolve("gone"));
        assertThat(dir.resolve("gone")).doesNotExist();
    }
}
