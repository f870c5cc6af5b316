package io.orbitpress.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A text's fingerprint depends on the text alone: not on the texts hashed before it on the same
 * thread (which share a buffer), nor on the thread. The values are those the hasher gave before
 * it shared its buffer: a cache written then is still read the same.
 */
class HasherTextTest {

    private static final String BIG = big();
    private static final String[] TEXTS = {"", "a", "Orbit Desk", "Звёздный городок", BIG.substring(0, 300), BIG,
            BIG.substring(0, 20_000)};
    private static final String[] EXPECTED = {"5d15c43b706ed2ee8bf043a691b604df", "b5165ce12d48831f3e73b6e4f6ae2e16",
            "335456bd1420884db0e70c58492beffb", "c2443037dc2f8988b182dc36baa3b6ce", "077022826f65d6d271b7f9ffee5edad9",
            "a86be5a9c3301a24d0f732cc013d9a53", "8abeab7af990413c5fb951a7ae99dc33"};
    private static final String ALL = "356c8ae6df46ff10261d71deee4a2c1a";

    private static String big() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            b.append((char) ('a' + i % 26)).append(i % 7 == 0 ? "щ" : "");
        }
        return b.toString();
    }

    private static List<String> hashes() {
        List<String> out = new ArrayList<>();
        Hasher all = new Hasher();
        for (String t : TEXTS) {
            out.add(new Hasher().put(t).finish().hex());
            all.put(t);
        }
        out.add(all.finish().hex());
        return out;
    }

    private static List<String> expected() {
        List<String> out = new ArrayList<>(List.of(EXPECTED));
        out.add(ALL);
        return out;
    }

    @Test
    void aTextHashesAsBeforeWhateverWasHashedBeforeItOnItsThread() {
        assertThat(hashes()).isEqualTo(expected());
        // again, after the long texts: the thread's buffer grew (and a text too long to keep got its own)
        assertThat(hashes()).isEqualTo(expected());
        // the longest first, the shortest last, in reverse order
        List<String> reversed = new ArrayList<>();
        for (int i = TEXTS.length - 1; i >= 0; i--) {
            reversed.add(new Hasher().put(TEXTS[i]).finish().hex());
        }
        List<String> each = new ArrayList<>(expected().subList(0, TEXTS.length));
        java.util.Collections.reverse(each);
        assertThat(reversed).isEqualTo(each);
    }

    @Test
    void threadsHashingAtOnceGetTheSameFingerprints() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    List<String> last = null;
                    for (int j = 0; j < 20; j++) {
                        last = hashes();
                    }
                    return last;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
