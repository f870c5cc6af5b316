package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.render.SearchDoc;
import io.orbitpress.render.SearchFiles;
import io.orbitpress.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search index kept in the cache folder and read back by another session (as the next
 * {@code orbitpress build} reads it) is the one that was written, and updates as it would have.
 */
class SearchStateCacheTest {

    @TempDir
    Path dir;

    @Test
    void aSearchIndexReadBackFromTheCacheFolderIsTheOneWritten() {
        Random random = new Random(7);
        List<SearchDoc> docs = new ArrayList<>();
        List<Fingerprint> keys = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            docs.add(doc(random));
            keys.add(Fingerprint.of("article " + i));
        }
        SearchFiles files = SearchFiles.of(docs);
        assertThat(files.meta().json()).as("the index has common words").doesNotContain("\"c\":{}");
        Steps steps = new Steps();
        Fingerprint slot = Fingerprint.of("search/");
        Fingerprint tool = Fingerprint.of("a tool");

        Session first = Session.inFolder(dir, ".orbitpress-cache", tool);
        first.begin();
        first.record(steps.searchFiles, slot, new Steps.SearchState(keys, files));
        first.end(true);

        Session next = Session.inFolder(dir, ".orbitpress-cache", tool);
        next.begin();
        Steps.SearchState back = next.recall(steps.searchFiles, slot).orElseThrow();
        assertThat(next.takeNotices()).isEmpty();
        assertThat(back.keys()).isEqualTo(keys);
        assertSame(back.files(), files);

        // an edit and a new article, from the files read back and from those in memory
        docs.set(17, doc(random));
        docs.add(doc(random));
        BitSet changed = new BitSet();
        changed.set(17);
        List<SearchDoc> now = List.copyOf(docs);
        assertSame(SearchFiles.update(back.files(), now.size(), changed, now::get), SearchFiles.of(now));
        assertSame(SearchFiles.update(files, now.size(), changed, now::get), SearchFiles.of(now));
        next.end(true);
    }

    private static void assertSame(SearchFiles actual, SearchFiles expected) {
        assertThat(actual.meta().json()).isEqualTo(expected.meta().json());
        assertThat(actual.shards().keySet()).containsExactlyElementsOf(expected.shards().keySet());
        expected.shards().forEach((key, file) -> {
            assertThat(actual.shards().get(key).json()).as(key).isEqualTo(file.json());
            assertThat(actual.shards().get(key).fingerprint()).as(key).isEqualTo(file.fingerprint());
        });
    }

    /** A document of 5 to 64 words: three in most articles (common words), the others rarer, some Cyrillic. */
    private static SearchDoc doc(Random random) {
        Map<String, Integer> weights = new TreeMap<>();
        int length = 5 + random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int w = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(500);
            String word = (w % 2 == 0 ? "st" : "со") + Integer.toString(w * 7919, 36);
            weights.merge(word, 1 + random.nextInt(3), Integer::sum);
        }
        StringBuilder terms = new StringBuilder();
        weights.forEach((w, n) -> terms.append(terms.isEmpty() ? "" : " ").append(w).append(' ').append(n));
        return new SearchDoc(terms.toString(), length);
    }
}
