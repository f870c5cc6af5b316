package io.orbitpress.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.hash.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder's files written and read back by separate {@link DiskCache}s, as separate
 * builds use them: a build's new results appended after those it kept, or the entries file
 * written anew with the kept ones copied over. Values larger than the writer's buffer go
 * through it in pieces.
 */
class DiskCacheTest {

    private static final String STEP = "text";
    static final Codec<String> TEXT = new Codec<>() {
        @Override
        public void write(Encoder out, String value) {
            out.writeString(value);
        }

        @Override
        public String read(Decoder in) {
            return in.readString();
        }
    };

    @TempDir
    Path dir;

    private final Fingerprint tool = Fingerprint.of("tool");

    @Test
    void keptAndNewEntriesAreReadBackAfterAnAppendAndAfterAWriteAnew() throws IOException {
        String alpha = text("a", 100_000);
        String big = text("b", 200_000);
        DiskCache first = open();
        assertThat(first.save(results("a", alpha, "b", big), Map.of())).isEmpty();
        long written = Files.size(entries());

        // the next build keeps a (read back from where it lies) and makes c: only c is appended
        DiskCache second = open();
        DiskCache.Found<String> a = second.read(STEP, key("a"), TEXT);
        assertThat(a.value()).isEqualTo(alpha);
        String c = text("c", 150_000);
        assertThat(second.save(results("a", a, "c", c), Map.of())).isEmpty();
        assertThat(Files.size(entries())).as("c appended, a not written again")
                .isBetween(written + c.length(), written + c.length() + 1_000);

        DiskCache third = open();
        assertThat(value(third, "a")).isEqualTo(alpha);
        assertThat(value(third, "c")).isEqualTo(c);
        assertThat(value(third, "b")).as("not used by the last build").isNull();

        // with the entries file gone the next one is written anew, the kept value copied from the last
        DiskCache.Found<String> kept = third.read(STEP, key("c"), TEXT);
        Files.delete(entries());
        String d = text("d", 70_000);
        assertThat(third.save(results("c", kept, "d", d), Map.of())).isEmpty();

        DiskCache fourth = open();
        assertThat(value(fourth, "c")).isEqualTo(c);
        assertThat(value(fourth, "d")).isEqualTo(d);
        assertThat(value(fourth, "a")).isNull();
        assertThat(Files.size(entries())).isLessThan(c.length() + d.length() + 1_000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder(".gitignore", "CACHEDIR.TAG", "lock", DiskCache.ENTRIES, DiskCache.INDEX);
        }
    }

    @Test
    void oneCacheSavedSeveralTimesReadsWhatItWroteLast() throws IOException {
        // as a session kept in one process between builds would use it: saves after a write anew
        // must not take the places of the file before for the values they keep
        // (the results are the session's entries, kept from save to save as a session keeps them)
        DiskCache first = open();
        assertThat(first.save(results("a", "alpha", "b", text("b", 90_000)), Map.of())).isEmpty();
        DiskCache cache = open();
        DiskCache.Found<String> a = cache.read(STEP, key("a"), TEXT);
        assertThat(a.value()).isEqualTo("alpha");
        Files.delete(entries()); // the next save writes the file anew: a goes elsewhere in it
        String c = text("c", 50_000);
        Map<DiskCache.StepKey, Session.Entry> results = results("a", a, "c", c);
        assertThat(cache.save(results, Map.of())).isEmpty();
        cache.settle(); // as the next build in the process does
        assertThat(value(cache, "c")).as("read back by the cache that wrote it").isEqualTo(c);
        long written = Files.size(entries());
        String d = text("d", 30_000);
        results.putAll(results("d", d));
        assertThat(cache.save(results, Map.of())).isEmpty();
        assertThat(Files.size(entries())).as("d appended, a and c where the last save put them")
                .isBetween(written + d.length(), written + d.length() + 1_000);
        cache.settle();
        assertThat(value(cache, "d")).isEqualTo(d);

        DiskCache later = open();
        assertThat(value(later, "a")).isEqualTo("alpha");
        assertThat(value(later, "c")).isEqualTo(c);
        assertThat(value(later, "d")).isEqualTo(d);
        assertThat(value(later, "b")).isNull();
    }

    @Test
    void entriesOfEverySizeReadOnSeveralThreadsComeBackWhole() throws Exception {
        // a thread decodes its entries in one buffer it keeps: a short entry read after a long
        // one, or one past the buffer's size, must come back as written, on any thread
        String[] values = {"x", text("m", 70_000), text("s", 300), text("h", 2_000_000), text("k", 65_536), ""};
        Map<DiskCache.StepKey, Session.Entry> written = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            written.put(new DiskCache.StepKey(STEP, key("v" + i)), new Session.Entry(values[i], 0, null));
        }
        assertThat(open().save(written, Map.of())).isEmpty();
        DiskCache cache = open();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t;
                runs.add(pool.submit(() -> {
                    List<String> got = new java.util.ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        int i = (round * 7 + shift) % values.length;
                        got.add(i + "=" + value(cache, "v" + i));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < runs.size(); t++) {
                List<String> got = runs.get(t).get(60, java.util.concurrent.TimeUnit.SECONDS);
                for (int round = 0; round < 20; round++) {
                    int i = (round * 7 + t) % values.length;
                    assertThat(got.get(round)).as("thread %d, round %d", t, round).isEqualTo(i + "=" + values[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCodecThatReadsAnotherEntryWhileItDecodesGetsBothWhole() throws IOException {
        String nested = "nested";
        DiskCache[] reading = new DiskCache[1];
        // an entry of two texts whose codec reads another entry between them, on the same thread
        Codec<String> twoParts = new Codec<>() {
            @Override
            public void write(Encoder out, String value) {
                int cut = value.indexOf('\n');
                out.writeString(value.substring(0, cut));
                out.writeString(value.substring(cut + 1));
            }

            @Override
            public String read(Decoder in) {
                String first = in.readString();
                String other = value(reading[0], "inner");
                return first + "\n" + in.readString() + "|" + other;
            }
        };
        String outer = text("o", 40_000) + "\n" + text("p", 30_000);
        String inner = text("i", 50_000);
        DiskCache first = open();
        first.codec(nested, twoParts);
        Map<DiskCache.StepKey, Session.Entry> both = results("inner", inner);
        both.put(new DiskCache.StepKey(nested, key("outer")), new Session.Entry(outer, 0, null));
        assertThat(first.save(both, Map.of())).isEmpty();

        DiskCache later = open();
        later.codec(nested, twoParts);
        reading[0] = later;
        assertThat(value(later, "inner")).isEqualTo(inner); // the thread's buffer now holds it
        assertThat(later.read(nested, key("outer"), twoParts).value()).isEqualTo(outer + "|" + inner);
    }

    /** Texts by name, each written as a part. */
    private static final String PARTS = "parts";
    private static final Codec<Map<String, String>> BY_NAME = new Codec<>() {
        @Override
        public void write(Encoder out, Map<String, String> texts) {
            out.writeInt(texts.size());
            texts.forEach((name, text) -> out.writeString(name).writePart(text, TEXT));
        }

        @Override
        public Map<String, String> read(Decoder in) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int n = in.readCount(); n > 0; n--) {
                out.put(in.readString(), in.readPart(TEXT));
            }
            return out;
        }

        @Override
        public boolean writesParts() {
            return true;
        }
    };

    @Test
    void partsKeptFromTheLastBuildAreNamedNotWrittenAgain() throws IOException {
        String x = text("x", 120_000);
        String y = text("y", 80_000);
        DiskCache first = open();
        first.codec(PARTS, BY_NAME);
        Map<DiskCache.StepKey, Session.Entry> made = new LinkedHashMap<>();
        made.put(new DiskCache.StepKey(PARTS, key("1")), new Session.Entry(map("x", x, "y", y), 0, null));
        assertThat(first.save(made, Map.of())).isEmpty();
        long written = Files.size(entries());

        // the next build changes y and keeps x (the same text, read back): x is named, not written
        DiskCache second = open();
        second.codec(PARTS, BY_NAME);
        Map<String, String> was = second.read(PARTS, key("1"), BY_NAME).value();
        assertThat(was).isEqualTo(map("x", x, "y", y));
        String z = text("z", 60_000);
        Map<DiskCache.StepKey, Session.Entry> next = new LinkedHashMap<>();
        next.put(new DiskCache.StepKey(PARTS, key("2")), new Session.Entry(map("x", was.get("x"), "y", z), 0, null));
        assertThat(second.save(next, Map.of())).isEmpty();
        assertThat(Files.size(entries())).as("z appended, x named where it is")
                .isBetween(written + z.length(), written + z.length() + 1_000);

        DiskCache third = open();
        third.codec(PARTS, BY_NAME);
        DiskCache.Found<Map<String, String>> now = third.read(PARTS, key("2"), BY_NAME);
        assertThat(now.value()).isEqualTo(map("x", x, "y", z));
        assertThat(third.read(PARTS, key("1"), BY_NAME)).as("not used by the last build").isNull();

        // written anew (the entries file gone), the value kept is written again with its parts
        Files.delete(entries());
        Map<DiskCache.StepKey, Session.Entry> kept = new LinkedHashMap<>();
        kept.put(new DiskCache.StepKey(PARTS, key("2")), new Session.Entry(now.value(), 0, now.place()));
        assertThat(third.save(kept, Map.of())).isEmpty();
        assertThat(Files.size(entries())).isBetween((long) x.length() + z.length(), x.length() + z.length() + 1_000L);
        DiskCache fourth = open();
        fourth.codec(PARTS, BY_NAME);
        assertThat(fourth.read(PARTS, key("2"), BY_NAME).value()).isEqualTo(map("x", x, "y", z));
    }

    @Test
    void aDamagedPartMakesItsValueMadeAgain() throws IOException {
        String x = text("x", 5_000);
        DiskCache first = open();
        first.codec(PARTS, BY_NAME);
        Map<DiskCache.StepKey, Session.Entry> made = new LinkedHashMap<>();
        made.put(new DiskCache.StepKey(PARTS, key("1")), new Session.Entry(map("x", x), 0, null));
        assertThat(first.save(made, Map.of())).isEmpty();
        byte[] b = Files.readAllBytes(entries());
        String all = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = all.indexOf("x100 "); // inside the part, which lies before the value naming it
        assertThat(at).isPositive();
        b[at] = 'q';
        Files.write(entries(), b);

        DiskCache later = open();
        later.codec(PARTS, BY_NAME);
        assertThat(later.read(PARTS, key("1"), BY_NAME)).as("read as missing, not as the damaged text").isNull();
    }

    @Test
    void withoutACacheFolderPartsAreWrittenInPlace() {
        Encoder out = new Encoder();
        BY_NAME.write(out, map("x", "one", "y", "two"));
        Decoder in = new Decoder(out.toByteArray(), 0, out.size());
        assertThat(BY_NAME.read(in)).isEqualTo(map("x", "one", "y", "two"));
        in.finish();
    }

    private static Map<String, String> map(String... namesAndTexts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            out.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return out;
    }

    private DiskCache open() {
        DiskCache cache = new DiskCache(dir, ".orbitpress-cache", tool);
        assertThat(cache.load()).isEmpty();
        cache.codec(STEP, TEXT);
        return cache;
    }

    private Path entries() {
        return dir.resolve(DiskCache.ENTRIES);
    }

    /** About {@code length} characters, none of its pieces like another: a piece written twice or left out shows. */
    private static String text(String name, int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        for (int i = 0; sb.length() < length; i++) {
            sb.append(name).append(i).append(' ');
        }
        return sb.toString();
    }

    private static Fingerprint key(String name) {
        return Fingerprint.of(name);
    }

    /** The text under {@code name}, or null. */
    private static String value(DiskCache cache, String name) {
        DiskCache.Found<String> found = cache.read(STEP, key(name), TEXT);
        return found == null ? null : found.value();
    }

    /** A build's results by name: a text it made, or one it read back (and knows the place of). */
    private static Map<DiskCache.StepKey, Session.Entry> results(Object... keysAndValues) {
        Map<DiskCache.StepKey, Session.Entry> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            Session.Entry e = v instanceof DiskCache.Found<?> f ? new Session.Entry(f.value(), 0, f.place())
                    : new Session.Entry(v, 0, null);
            out.put(new DiskCache.StepKey(STEP, key((String) keysAndValues[i])), e);
        }
        return out;
    }
}
