package io.orbitpress.render;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The size of the search index of a built site and what a first query transfers: prints figures,
 * asserts nothing. A first query loads meta.js, entities.js, the shard of each of its words, then
 * the documents of the first ten articles it shows; as this program does not rank, it counts the
 * ten largest documents among the articles that have every word (an upper bound).
 *
 * <pre>
 * python3 /work/shared/bench/gen_corpus.py 10000 /tmp/c10k --format orbitpress
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.orbitpress.render.SearchIndexBench /tmp/c10k [/tmp/c10k-site] [query ...]
 * </pre>
 *
 * With a site folder that already holds a build, the build is skipped.
 */
public final class SearchIndexBench {

    private SearchIndexBench() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path site = args.length > 1 ? Path.of(args[1]) : source.resolve("site");
        List<String> queries = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            queries.add(args[i]);
        }
        if (!Files.isRegularFile(site.resolve("search/meta.js"))) {
            long start = System.nanoTime();
            new SiteBuild(BuildOptions.of(source).withOut(site)).build();
            System.out.printf("built %s in %.1f s%n", site, (System.nanoTime() - start) / 1e9);
        }
        Path search = site.resolve("search");
        long[] total = new long[4]; // files, bytes, gzip bytes, shards
        long largestShard = 0;
        String largestShardName = "";
        try (Stream<Path> walk = Files.walk(search)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".js")).toList()) {
                long size = Files.size(f);
                total[0]++;
                total[1] += size;
                total[2] += gzip(Files.readAllBytes(f));
                if (f.getParent().getFileName().toString().equals("t")) {
                    total[3]++;
                    if (size > largestShard) {
                        largestShard = size;
                        largestShardName = f.getFileName().toString();
                    }
                }
            }
        }
        JsonNode meta = data(search.resolve("meta.js"));
        int articles = meta.get("n").asInt();
        System.out.printf("index of %,d articles: %,d files, %,d bytes (%,d gzipped); %,d shards, largest %s %,d bytes%n",
                articles, total[0], total[1], total[2], total[3], largestShardName, largestShard);
        long metaSize = Files.size(search.resolve("meta.js"));
        long entitiesSize = Files.size(search.resolve("entities.js"));
        System.out.printf("every query: meta.js %,d bytes + entities.js %,d bytes%n", metaSize, entitiesSize);
        if (queries.isEmpty()) {
            queries = List.of("telemetry", "rosa jensen", "aurora", "the", "engineers inspected the airlock", "eng",
                    "kourou thermal vacuum");
        }
        System.out.println("query | shards | shard bytes | articles found | 10 documents (largest) | first query total");
        for (String q : queries) {
            firstQuery(search, meta, q, metaSize + entitiesSize);
        }
    }

    /** What {@code search.js} loads for a first query of {@code query}, and how many articles have its words. */
    private static void firstQuery(Path search, JsonNode meta, String query, long fixed) throws IOException {
        List<String> keys = new ArrayList<>();
        meta.get("s").forEach(k -> keys.add(k.asString()));
        Map<String, Integer> common = new java.util.HashMap<>();
        meta.get("c").properties().forEach(e -> common.put(e.getKey(), e.getValue().asInt()));
        List<String> words = new ArrayList<>(new LinkedHashSet<>(SearchText.words(query)));
        List<String> needed = words.stream().filter(w -> !common.containsKey(w)).toList();
        if (needed.isEmpty()) {
            needed = words.stream().sorted(java.util.Comparator.comparing(common::get)).limit(2).toList();
        }
        long shardBytes = 0;
        Set<String> loaded = new LinkedHashSet<>();
        Set<Integer> found = null;
        for (String w : needed) {
            Set<Integer> ids = new java.util.HashSet<>();
            String own = null;
            for (int n = w.codePointCount(0, w.length()); n >= 1 && own == null; n--) {
                String k = SearchShards.prefix(w, n);
                if (keys.contains(k)) {
                    own = k;
                }
            }
            List<String> shards = new ArrayList<>();
            if (own != null) {
                shards.add(own);
            }
            // the shards of longer words only when the index lacks the word itself, as search.js does
            boolean known = own != null && data(search.resolve("t/" + SearchShards.fileName(own) + ".js")).has(w);
            List<String> longer = keys.stream().filter(k -> k.length() > w.length() && k.startsWith(w)).toList();
            if (!known && w.length() >= 2 && longer.size() <= 6) {
                shards.addAll(longer);
            }
            for (String key : shards) {
                Path file = search.resolve("t/" + SearchShards.fileName(key) + ".js");
                if (loaded.add(key)) {
                    shardBytes += Files.size(file);
                }
                for (Map.Entry<String, JsonNode> e : data(file).properties()) {
                    if (e.getKey().equals(w) || w.length() >= 2 && e.getKey().startsWith(w)) {
                        SearchShards.decode(e.getValue().asString()).forEach(p -> ids.add(p[0]));
                    }
                }
            }
            if (found == null) {
                found = ids;
            } else {
                found.retainAll(ids);
            }
        }
        found = found == null ? Set.of() : found;
        List<Long> sizes = new ArrayList<>();
        for (int id : found) {
            sizes.add(Files.size(search.resolve("d/" + id + ".js")));
        }
        sizes.sort(java.util.Comparator.reverseOrder());
        long docs = sizes.stream().limit(10).mapToLong(Long::longValue).sum();
        System.out.printf("%s | %d | %,d | %,d | %,d | %,d bytes%n", query, loaded.size(), shardBytes, found.size(), docs,
                fixed + shardBytes + docs);
    }

    /** The data an index file registers: what follows the name in {@code orbitpressSearch.add(name, data[, date])}. */
    private static JsonNode data(Path file) throws IOException {
        String js = Files.readString(file);
        int start = js.indexOf(", ") + 2;
        return JsonMapper.builder().build().readTree(js.substring(start, js.lastIndexOf(");")));
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.size();
    }
}
