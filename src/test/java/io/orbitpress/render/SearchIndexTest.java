package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.BuildResult;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.session.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search page and its index in shards, built from a small site whose text tries to break out
 * of a script, with a word only in an article's body, accented and Cyrillic words, and an edit
 * that must rewrite only the files it touches.
 */
class SearchIndexTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private void writeSite() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(f.toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                entities:
                  kinds:
                    - key: people
                      folder: people
                      url: people
                      singular: Person
                      plural: People
                      frontMatterKeys: [people]
                      schemaType: Person
                      person: true
                """);
        write("content/people/ada-vance.md", """
                ---
                name: Ada Vance
                aliases: [Commander Vance]
                role: astronaut
                ---
                Ada Vance flies.
                """);
        write("content/articles/break-out.md", """
                ---
                title: "Vance says </script><script>alert(1)</script> is not a plan"
                date: 2025-07-01
                summary: "A line\u2028separator, a paragraph\u2029separator & <!-- a comment"
                tags: [launch]
                ---
                Astronaut Ada Vance spoke on Tuesday about the Zvezda module and Raphaël's Союз report.
                """);
        write("content/articles/other.md", """
                ---
                title: Weather holds
                date: 2025-07-02
                ---
                Nobody we know spoke. The weather team watched the anvil clouds.
                """);
    }

    private BuildResult build(Session session) {
        return new SiteBuild(BuildOptions.of(root), session).build();
    }

    private String text(String path) throws IOException {
        return Files.readString(root.resolve("site").resolve(path));
    }

    /** The data an index file registers: the second argument of {@code orbitpressSearch.add(name, data)}. */
    private JsonNode data(String path, String name) throws IOException {
        String js = text(path);
        String head = "orbitpressSearch.add(\"" + name + "\", ";
        assertThat(js).startsWith(head);
        String rest = js.substring(head.length());
        if (rest.endsWith(");\n")) {
            rest = rest.substring(0, rest.length() - 3);
        }
        return JsonMapper.builder().build().readTree(rest.startsWith("{") && rest.contains("}, \"")
                ? rest.substring(0, rest.lastIndexOf("}, \"") + 1) : rest);
    }

    /** The ids of the articles a word is found in, and their weights, as the shard that holds it says. */
    private Map<Integer, Integer> postings(String word) throws IOException {
        JsonNode meta = data("search/meta.js", "m");
        String key = null;
        for (JsonNode k : meta.get("s")) {
            if (word.startsWith(k.asString()) && (key == null || k.asString().length() > key.length())) {
                key = k.asString();
            }
        }
        Map<Integer, Integer> out = new TreeMap<>();
        if (key == null) {
            return out;
        }
        JsonNode shard = data("search/t/" + SearchShards.fileName(key) + ".js", "t:" + key);
        if (shard.get(word) != null) {
            SearchShards.decode(shard.get(word).asString()).forEach(p -> out.put(p[0], p[1]));
        }
        return out;
    }

    @Test
    void theIndexFindsWordsOfTheBodyAndCannotBreakOutOfAScript() throws IOException {
        writeSite();
        assertThat(build(Session.cold()).warnings()).isEmpty();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("site/search"))) {
            files = walk.filter(f -> f.toString().endsWith(".js")).toList();
        }
        assertThat(files).hasSizeGreaterThan(4);
        for (Path f : files) {
            String js = Files.readString(f);
            assertThat(js).as(f.toString()).startsWith("orbitpressSearch.add(\"").endsWith(");\n")
                    .doesNotContain("</script", "<script", "<!--", "\u2028", "\u2029", "&");
        }
        assertThat(root.resolve("site/search-index.json")).doesNotExist();

        // ids count from the oldest article: break-out is 0, other is 1
        JsonNode meta = data("search/meta.js", "m");
        assertThat(meta.get("n").asInt()).isEqualTo(2);
        JsonNode doc = data("search/d/0.js", "d:0");
        assertThat(doc.get("u").asString()).isEqualTo("articles/break-out/");
        assertThat(doc.get("t").asString()).isEqualTo("Vance says </script><script>alert(1)</script> is not a plan");
        assertThat(doc.get("s").asString()).contains("\u2028", "\u2029", "& <!--");
        assertThat(doc.get("b").asString()).contains("Zvezda module");
        assertThat(doc.get("n").toString()).isEqualTo("[\"Ada Vance\"]");
        assertThat(text("search/d/0.js")).endsWith(", \"July 1, 2025\");\n");

        // a word of the body only, a word of the headline weighs more, folded accents and Cyrillic
        assertThat(postings("zvezda")).containsOnlyKeys(0);
        assertThat(postings("anvil")).containsOnlyKeys(1);
        assertThat(postings("vance").get(0)).isGreaterThan(SearchDoc.TITLE);
        assertThat(postings("raphael")).containsOnlyKeys(0);
        assertThat(postings("союз")).containsOnlyKeys(0);
        assertThat(postings("spoke")).containsOnlyKeys(0, 1);
        assertThat(postings("nowhere")).isEmpty();

        JsonNode entities = data("search/entities.js", "e");
        assertThat(entities.get("k").get("people").asString()).isEqualTo("Person");
        assertThat(entities.get("e").get(0).toString())
                .isEqualTo("[\"Ada Vance\",\"people\",\"people/ada-vance/\",1,[\"Commander Vance\"],\"astronaut\"]");

        Document search = Jsoup.parse(text("search/index.html"));
        assertThat(search.title()).isEqualTo("Search · Test Desk");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("../assets/search.js", "../assets/nav.js");
        assertThat(search.select("#search-results").attr("data-index")).isEqualTo("search/");
        assertThat(search.select("main form[role=search] input[name=q]")).hasSize(1);
        Document article = Jsoup.parse(text("articles/other/index.html"));
        assertThat(article.select("header form[role=search]").attr("action")).isEqualTo("../../search/");
        assertThat(article.select("script[src]").eachAttr("src")).containsExactly("../../assets/search.js",
                "../../assets/nav.js");
    }

    @Test
    void anEditRewritesItsDocumentTheShardsOfItsWordsAndTheCountsOnly() throws IOException {
        writeSite();
        Session session = Session.inMemory();
        build(session);
        Map<String, String> before = searchFiles();
        Path other = root.resolve("content/articles/other.md");
        Files.writeString(other, Files.readString(other).replace("anvil clouds", "anvil clocks"));
        build(session);
        Map<String, String> after = searchFiles();
        Set<String> changed = new java.util.TreeSet<>();
        after.forEach((path, text) -> {
            if (!text.equals(before.get(path))) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(changed::add);
        // "clouds" goes and "clocks" comes, in one shard; the article's length and the shard keys stay
        assertThat(changed).containsExactlyInAnyOrder("search/d/1.js", "search/t/cl.js");
        assertThat(postings("clocks")).containsOnlyKeys(1);
        assertThat(postings("clouds")).isEmpty();
    }

    @Test
    void anEditRendersOnlyTheIndexFilesItTouches() throws IOException {
        writeSite();
        Session session = Session.inMemory();
        new SiteBuild(BuildOptions.of(root), session).render();
        Path other = root.resolve("content/articles/other.md");
        Files.writeString(other, Files.readString(other).replace("anvil clouds", "anvil clocks"));
        SiteBuild.Work work = new SiteBuild(BuildOptions.of(root), session).render().work();
        assertThat(work.routes().stream().filter(r -> r.startsWith("search/")))
                .containsExactlyInAnyOrder("search/d/1.js", "search/t/cl.js");
    }

    private Map<String, String> searchFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path site = root.resolve("site");
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void aWordsShardIsFoundByItsLongestKey() {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            docs.add(new SearchDoc("station " + (1 + i % 3) + " stationary 1 stay 2 " + "w" + i + " 1", 40));
        }
        SearchShards.Index index = SearchShards.of(docs);
        assertThat(index.documents()).isEqualTo(3000);
        assertThat(index.averageLength()).isEqualTo(40);
        // "st" is too big for one shard: split by more letters until each is small or one word
        assertThat(index.shards()).doesNotContainKey("st").containsKey("stay");
        assertThat(index.shards().get(longestKey(index, "station"))).containsKey("station");
        assertThat(index.shards().get(longestKey(index, "stationary"))).containsKey("stationary");
        index.shards().forEach((key, words) -> assertThat(words.size() == 1
                || words.values().stream().mapToInt(p -> p.length() + 20).sum() <= SearchShards.SPLIT).as(key).isTrue());
        List<int[]> station = SearchShards.decode(index.shards().get(longestKey(index, "station")).get("station"));
        assertThat(station).hasSize(3000);
        assertThat(station.get(2999)).containsExactly(2999, 1 + 2999 % 3, SearchShards.lengthClass(40));
        // words in more than half the articles, with long postings: a query may skip them
        assertThat(index.common()).containsEntry("station", 3000).containsEntry("stay", 3000).doesNotContainKey("w1");
        assertThat(SearchShards.fileName("сою")).isEqualTo("_441__43e__44e_");
        assertThat(SearchShards.fileName("ms27")).isEqualTo("ms27");
        assertThat(SearchShards.fileName("con")).isEqualTo("con_");
        assertThat(SearchShards.fileName("com1")).isEqualTo("com1_");
        assertThat(SearchShards.fileName("cons")).isEqualTo("cons");
    }

    @Test
    void filesMadeFromTheLastBuildsAreTheFilesMadeAnew() {
        java.util.Random random = new java.util.Random(20261202);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // words sharing their first letters, so that shards split; some Cyrillic, one beyond the BMP
            vocabulary.add((i % 3 == 0 ? "st" : i % 3 == 1 ? "со" : "") + Integer.toString(i * 7919, 36));
        }
        vocabulary.add("\uD835\uDEFCray");
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            docs.add(randomDoc(random, vocabulary));
        }
        SearchFiles files = SearchFiles.of(docs);
        assertThat(SearchShards.of(docs).common()).as("the test has common words").isNotEmpty();
        int updated = 0;
        for (int step = 0; step < 60; step++) {
            int n = docs.size();
            List<SearchDoc> before = List.copyOf(docs);
            switch (random.nextInt(8)) {
                case 0, 1 -> docs.set(random.nextInt(n), randomDoc(random, vocabulary)); // an edit
                case 5, 6 -> { // a small edit: a word more, or a weight changed, in a few articles
                    for (int k = 0, edits = 1 + random.nextInt(3); k < edits; k++) {
                        int at = random.nextInt(n);
                        docs.set(at, smallEdit(random, docs.get(at), vocabulary));
                    }
                }
                case 2 -> docs.add(randomDoc(random, vocabulary)); // the newest article
                case 3 -> docs.remove(n - 1);
                case 4 -> docs.add(random.nextInt(n), randomDoc(random, vocabulary)); // an older one: ids move
                default -> {
                    for (int k = 0; k < 80; k++) { // many at once
                        docs.set(random.nextInt(n), randomDoc(random, vocabulary));
                    }
                }
            }
            // the ids whose document changed, as a build tells them (ids past either end are new)
            java.util.BitSet changed = new java.util.BitSet();
            for (int id = 0; id < Math.min(n, docs.size()); id++) {
                if (!before.get(id).equals(docs.get(id))) {
                    changed.set(id);
                }
            }
            List<SearchDoc> now = List.copyOf(docs);
            SearchFiles next = SearchFiles.update(files, now.size(), changed, now::get);
            SearchFiles anew = SearchFiles.of(now);
            assertThat(next.shards().keySet()).as("shard keys after step %d", step).containsExactlyElementsOf(anew.shards().keySet());
            for (String key : anew.shards().keySet()) {
                assertThat(next.shards().get(key).json()).as("shard %s after step %d", key, step).isEqualTo(anew.shards().get(key).json());
                assertThat(next.shards().get(key).fingerprint()).isEqualTo(anew.shards().get(key).fingerprint());
            }
            assertThat(next.meta().json()).as("meta after step %d", step).isEqualTo(anew.meta().json());
            if (changed.cardinality() + Math.abs(n - now.size()) <= Math.max(SearchShards.REMAKE_AFTER, now.size() / 10)) {
                // updated, not made anew: a shard whose words stayed the same is the same object (a
                // cache names it where it lies instead of writing it again)
                Map<String, Map<String, String>> wordsBefore = files.state().shards();
                int at = step;
                next.state().shards().forEach((key, words) -> {
                    Map<String, String> was = wordsBefore.get(key);
                    if (was != null && was.equals(words)) {
                        assertThat(words).as("shard %s after step %d", key, at).isSameAs(was);
                    }
                });
            }
            Map<String, SearchFiles.File> last = files.shards();
            // an edit leaves most shards' files as they were (the same objects, not made again)
            updated += next.shards().entrySet().stream().anyMatch(e -> e.getValue() == last.get(e.getKey())) ? 1 : 0;
            // every other step, the files as a later build reads them back from its cache
            files = step % 2 == 0 ? next : SearchFiles.of(next.state());
        }
        assertThat(updated).as("steps that kept some shard's file").isGreaterThan(30);
    }

    @Test
    void documentsReadBackFromTheIndexAreTheDocumentsIndexed() {
        // what an update starts from when the last build's documents are not known (read from a cache)
        java.util.Random random = new java.util.Random(20261204);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            vocabulary.add((i % 2 == 0 ? "st" : "со") + Integer.toString(i * 7919, 36));
        }
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            docs.add(i % 500 == 7 ? new SearchDoc("", 0) : randomDoc(random, vocabulary));
        }
        SearchShards.Index index = SearchShards.of(docs);
        java.util.BitSet ids = new java.util.BitSet();
        for (int k = 0; k < 40; k++) {
            ids.set(random.nextInt(docs.size()));
        }
        ids.set(7);
        ids.set(docs.size() - 1);
        Map<Integer, SearchDoc> read = SearchShards.readBack(index, ids);
        assertThat(read.keySet()).containsExactlyElementsOf(ids.stream().boxed().toList());
        read.forEach((id, d) -> assertThat(d).as("document %d", id).isEqualTo(docs.get(id)));
    }

    /** {@code d} with one word added or one weight raised, and its length one more or (at times) the same. */
    private static SearchDoc smallEdit(java.util.Random random, SearchDoc d, List<String> vocabulary) {
        Map<String, Integer> weights = new TreeMap<>();
        String[] parts = d.terms().split(" ");
        for (int i = 0; i < parts.length; i += 2) {
            weights.put(parts[i], Integer.parseInt(parts[i + 1]));
        }
        weights.merge(vocabulary.get(random.nextInt(vocabulary.size())), 1, Integer::sum);
        StringBuilder terms = new StringBuilder();
        weights.forEach((w, n) -> terms.append(terms.isEmpty() ? "" : " ").append(w).append(' ').append(n));
        return new SearchDoc(terms.toString(), d.length() + (random.nextBoolean() ? 1 : 0));
    }

    private static SearchDoc randomDoc(java.util.Random random, List<String> vocabulary) {
        Map<String, Integer> weights = new TreeMap<>();
        int length = 5 + random.nextInt(60);
        for (int i = 0; i < length; i++) {
            // a few words in nearly every article, the rest rarer
            int w = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(vocabulary.size());
            weights.merge(vocabulary.get(w), 1 + random.nextInt(3), Integer::sum);
        }
        StringBuilder terms = new StringBuilder();
        weights.forEach((w, n) -> terms.append(terms.isEmpty() ? "" : " ").append(w).append(' ').append(n));
        return new SearchDoc(terms.toString(), length);
    }

    private static String longestKey(SearchShards.Index index, String word) {
        String key = null;
        for (String k : index.shards().keySet()) {
            if (word.startsWith(k) && (key == null || k.length() > key.length())) {
                key = k;
            }
        }
        return key;
    }

    @Test
    void numbersOfAnySizeComeBackAsTheyWent() {
        StringBuilder sb = new StringBuilder();
        int[] values = {0, 1, 31, 32, 33, 1023, 1024, 99_999, Integer.MAX_VALUE};
        for (int v : values) {
            SearchShards.number(sb, 1);
            SearchShards.number(sb, v);
            sb.append(SearchShards.DIGITS.charAt(63));
        }
        List<int[]> back = SearchShards.decode(sb.toString());
        for (int i = 0; i < values.length; i++) {
            assertThat(back.get(i)).containsExactly(i, values[i], 63);
        }
        assertThat(SearchText.words("Raphaël’s SOYUZ MS-27, Союз ﬁnal")).containsExactly("raphael", "s", "soyuz", "ms",
                "27", "союз", "final");
    }
}
