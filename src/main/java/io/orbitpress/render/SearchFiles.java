package io.orbitpress.render;

import io.orbitpress.hash.Fingerprint;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntFunction;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the search index makes of its documents alone: its counts ({@code meta.js}) and its word
 * shards ({@code t/<key>.js}), each as JSON safe inside a script, with the fingerprint of that
 * JSON (what the file's page is keyed by, so that an unchanged shard is not read to tell).
 * A function of the documents, oldest article first; made from the files of the last build's
 * documents ({@link #update}), only the shards of changed words are made again. The files keep
 * the documents they were made of, in memory (not in {@link #state()}): the next update then
 * compares an edited article's words with those it had rather than read every word's postings.
 */
public final class SearchFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One file's JSON and its fingerprint; the JSON of a file read back from a cache is made when asked. */
    public static final class File {
        private final Object value;
        private final Fingerprint fingerprint;
        private volatile String json;

        private File(Object value, String json, Fingerprint fingerprint) {
            this.value = value;
            this.json = json;
            this.fingerprint = fingerprint;
        }

        static File of(Object value) {
            String json = write(value);
            return new File(value, json, Fingerprint.of(json));
        }

        public String json() {
            String j = json;
            if (j == null) {
                j = write(value);
                json = j;
            }
            return j;
        }

        public Fingerprint fingerprint() {
            return fingerprint;
        }

        private static String write(Object value) {
            return SearchIndex.safe(JSON.writeValueAsString(value));
        }
    }

    /**
     * All a {@code SearchFiles} is made of, for a cache to keep: the index's shards (each word's
     * postings), the articles' lengths by id, the article counts of the words with long postings,
     * and each shard's fingerprint.
     */
    public record State(SortedMap<String, Map<String, String>> shards, int[] lengths, SortedMap<String, Integer> counts,
            Map<String, Fingerprint> fingerprints) {
    }

    private final SearchShards.Index index;
    private final File meta;
    private final Map<String, File> shards;
    /** The documents by id; null where not known (files read back from a cache). */
    private final SearchDoc[] docs;

    private SearchFiles(SearchShards.Index index, File meta, Map<String, File> shards, SearchDoc[] docs) {
        this.index = index;
        this.meta = meta;
        this.shards = shards;
        this.docs = docs;
    }

    /** The JSON of {@code meta.js}. */
    public File meta() {
        return meta;
    }

    /** Per shard key, its word file, by key. */
    public Map<String, File> shards() {
        return shards;
    }

    /** The counts and shards of {@code docs}, oldest article first. */
    public static SearchFiles of(List<SearchDoc> docs) {
        return files(SearchShards.of(docs), null, docs.toArray(new SearchDoc[0]));
    }

    /**
     * The counts and shards of {@code n} documents, oldest article first ({@code doc} gives each by
     * id; asked only for those of {@code changed}, unless many changed), made from {@code before},
     * the files of the last build's documents: the documents of the ids {@code changed} and those
     * past the end of either list are new, the others the same. The same files as {@link #of}
     * makes; a shard's JSON is made again only when its words changed.
     */
    public static SearchFiles update(SearchFiles before, int n, BitSet changed, IntFunction<SearchDoc> doc) {
        SearchDoc[] docs = java.util.Arrays.copyOf(before.docs, n);
        SearchShards.Index index = SearchShards.update(before.index, n, changed, id -> docs[id] = doc.apply(id),
                id -> id < before.docs.length ? before.docs[id] : null);
        return index == before.index ? before : files(index, before, docs);
    }

    private static SearchFiles files(SearchShards.Index index, SearchFiles before, SearchDoc[] docs) {
        Map<String, File> shards = new LinkedHashMap<>();
        index.shards().forEach((key, words) -> {
            Map<String, String> was = before == null ? null : before.index.shards().get(key);
            shards.put(key, was != null && (was == words || was.equals(words)) ? before.shards.get(key)
                    : File.of(words));
        });
        return new SearchFiles(index, File.of(meta(index)), java.util.Collections.unmodifiableMap(shards), docs);
    }

    private static Map<String, Object> meta(SearchShards.Index index) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("n", index.documents());
        meta.put("l", index.averageLength());
        meta.put("s", new ArrayList<>(index.shards().keySet()));
        meta.put("c", index.common());
        return meta;
    }

    /** What these files are made of, for a cache ({@link #of(State)} makes them again). */
    public State state() {
        Map<String, Fingerprint> fingerprints = new LinkedHashMap<>();
        shards.forEach((key, file) -> fingerprints.put(key, file.fingerprint()));
        return new State(index.shards(), index.lengths(), index.counts(), fingerprints);
    }

    /** The files {@link #state()} was taken of; the shards' JSON made when asked. */
    public static SearchFiles of(State state) {
        SearchShards.Index index = SearchShards.Index.of(state.shards(), state.lengths(), state.counts());
        Map<String, File> shards = new LinkedHashMap<>();
        index.shards().forEach((key, words) -> shards.put(key, new File(words, null, state.fingerprints().get(key))));
        return new SearchFiles(index, File.of(meta(index)), java.util.Collections.unmodifiableMap(shards),
                new SearchDoc[state.lengths().length]);
    }
}
