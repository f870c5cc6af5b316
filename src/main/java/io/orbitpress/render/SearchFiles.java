package io.orbitpress.render;

import io.orbitpress.hash.Fingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the search index makes of its documents alone: its counts ({@code meta.js}) and its word
 * shards ({@code t/<key>.js}), each as JSON safe inside a script, with the fingerprint of that
 * JSON (what the file's page is keyed by, so that an unchanged shard is not read to tell).
 * A function of the documents, oldest article first; made from the files of the last build's
 * documents ({@link #of(List, SearchFiles)}), only the shards of changed words are made again.
 */
public final class SearchFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One file's JSON and its fingerprint. */
    public record File(String json, Fingerprint fingerprint) {
        static File of(Object value) {
            String json = SearchIndex.safe(JSON.writeValueAsString(value));
            return new File(json, Fingerprint.of(json));
        }
    }

    private final SearchShards.Index index;
    private final File meta;
    private final Map<String, File> shards;

    private SearchFiles(SearchShards.Index index, File meta, Map<String, File> shards) {
        this.index = index;
        this.meta = meta;
        this.shards = shards;
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
        return of(docs, null);
    }

    /**
     * The counts and shards of {@code docs}, oldest article first, made from {@code before} (the
     * files of other documents, or null): the same files as {@link #of(List)} makes, the JSON of
     * a shard made again only when its words changed.
     */
    public static SearchFiles of(List<SearchDoc> docs, SearchFiles before) {
        SearchShards.Index index = before == null ? SearchShards.of(docs) : SearchShards.update(before.index, docs);
        if (before != null && index == before.index) {
            return before;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("n", index.documents());
        meta.put("l", index.averageLength());
        meta.put("s", new ArrayList<>(index.shards().keySet()));
        meta.put("c", index.common());
        Map<String, File> shards = new LinkedHashMap<>();
        index.shards().forEach((key, words) -> {
            Map<String, String> was = before == null ? null : before.index.shards().get(key);
            shards.put(key, was != null && was.equals(words) ? before.shards.get(key) : File.of(words));
        });
        return new SearchFiles(index, File.of(meta), java.util.Collections.unmodifiableMap(shards));
    }
}
