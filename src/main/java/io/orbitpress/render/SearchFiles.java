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
 * A function of the documents, oldest article first: a build may keep it while they stay the same.
 *
 * @param meta   the JSON of {@code meta.js}
 * @param shards per shard key, its word file
 */
public record SearchFiles(File meta, Map<String, File> shards) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One file's JSON and its fingerprint. */
    public record File(String json, Fingerprint fingerprint) {
        static File of(Object value) {
            String json = SearchIndex.safe(JSON.writeValueAsString(value));
            return new File(json, Fingerprint.of(json));
        }
    }

    /** The counts and shards of {@code docs}, oldest article first. */
    public static SearchFiles of(List<SearchDoc> docs) {
        SearchShards.Index index = SearchShards.of(docs);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("n", index.documents());
        meta.put("l", index.averageLength());
        meta.put("s", new ArrayList<>(index.shards().keySet()));
        meta.put("c", index.common());
        Map<String, File> shards = new LinkedHashMap<>();
        index.shards().forEach((key, words) -> shards.put(key, File.of(words)));
        return new SearchFiles(File.of(meta), java.util.Collections.unmodifiableMap(shards));
    }
}
