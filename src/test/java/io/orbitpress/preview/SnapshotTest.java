package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.publish.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A snapshot made from the previous one, through any number of rebuilds, serves exactly what a
 * snapshot made from scratch of the same files serves.
 */
class SnapshotTest {

    private static OutputFile page(String path, String text) {
        return OutputFile.rendered(path, text.getBytes(StandardCharsets.UTF_8), "");
    }

    private static Map<String, String> served(Snapshot s) {
        Map<String, String> out = new TreeMap<>();
        s.files().forEach((path, r) -> {
            try {
                out.put(path, new String(r.body().bytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return out;
    }

    @Test
    void editsRenamesAndRemovalsServeWhatAFreshSnapshotServes() {
        Random random = new Random(7);
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            files.add(page("p" + i + "/index.html", "<p>page " + i + "</p>"));
        }
        Snapshot s = Snapshot.of(files, 1);
        for (int build = 2; build < 200; build++) {
            List<OutputFile> next = new ArrayList<>(files);
            // now and then more changes than a snapshot keeps beside the shared map, or more than it looks at
            int edits = build % 50 == 0 ? 2_400 : build % 10 == 0 ? 1_500 : 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(next.size());
                String path = random.nextInt(3) == 0 ? "moved" + build + "-" + e + "/index.html" : next.get(at).path();
                next.set(at, page(path, "<p>build " + build + "</p>"));
            }
            if (build % 97 == 0) {
                next.remove(next.size() - 1); // another length: made without the last snapshot's changes
            }
            Snapshot made = Snapshot.of(next, build, s);
            Snapshot fresh = Snapshot.of(next, build);
            assertThat(served(made)).as("build %d", build).isEqualTo(served(fresh));
            java.util.Set<String> paths = new java.util.HashSet<>();
            next.forEach(f -> paths.add(f.path()));
            for (OutputFile gone : files) {
                if (!paths.contains(gone.path())) {
                    assertThat(made.get(gone.path())).as("%s after build %d", gone.path(), build).isEmpty();
                }
            }
            assertThat(made.generation()).isEqualTo(build);
            files = next;
            s = made;
        }
    }

    @Test
    void aFailedBuildKeepsTheFilesAndAddsItsProblems() {
        Snapshot s = Snapshot.of(List.of(page("index.html", "<p>home</p>")), 1);
        Snapshot failed = s.failed(List.of("content/articles/a.md:3:1: bad date"), 2);
        assertThat(failed.failing()).isTrue();
        assertThat(failed.get("index.html")).isPresent();
        assertThat(failed.errors()).containsExactly("content/articles/a.md:3:1: bad date");
        assertThat(s.failing()).isFalse();
    }
}
