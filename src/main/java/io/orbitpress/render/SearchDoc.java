package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import io.orbitpress.model.Article;
import io.orbitpress.model.EntityUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One article as search knows it: what a result shows ({@link #json()}: address, headline,
 * summary, topics, names, the text for snippets) and the words it is found by, each with its
 * weight ({@link #terms()}), and how many words it has ({@link #length()}).
 *
 * <p>A word's weight adds up where it stands: {@value #TITLE} for each time in the headline,
 * {@value #SUMMARY} in the summary, the topics and the names of the people, missions and
 * organizations the article involves, 1 in the body. The ranking (BM25 in {@code search.js})
 * divides by the length, so a long article does not win by length alone.
 *
 * @param json   the result's fields as JSON safe in a script
 * @param terms  "word weight word weight ..." in word order
 * @param length the number of words of the headline, summary and body
 */
public record SearchDoc(String json, String terms, int length) {

    static final int TITLE = 5;
    static final int SUMMARY = 2;
    /** The text a result keeps for its snippet; a match further on still finds the article. */
    static final int TEXT_LIMIT = 20_000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The search document of {@code a}, with its entities of the kinds {@code order} names. */
    public static SearchDoc of(Article a, List<EntityKind> kinds) {
        String body = Jsoup.parseBodyFragment(a.html()).text();
        Map<String, Integer> weights = new TreeMap<>();
        int length = add(weights, a.title(), TITLE) + add(weights, a.summary(), SUMMARY) + add(weights, body, 1);
        List<String> tags = a.tags().stream().map(t -> t.name()).toList();
        tags.forEach(t -> add(weights, t, SUMMARY));
        Set<String> names = new LinkedHashSet<>();
        for (EntityKind k : kinds) {
            for (EntityUse u : a.entities().getOrDefault(k.key(), List.of())) {
                names.add(u.entity().name());
            }
        }
        names.forEach(n -> add(weights, n, SUMMARY));
        StringBuilder terms = new StringBuilder(weights.size() * 10);
        weights.forEach((w, n) -> {
            if (!terms.isEmpty()) {
                terms.append(' ');
            }
            terms.append(w).append(' ').append(n);
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("u", a.url().substring(1));
        m.put("t", a.title());
        m.put("s", a.summary());
        m.put("g", tags);
        m.put("n", List.copyOf(names));
        m.put("b", clip(body));
        return new SearchDoc(SearchIndex.safe(JSON.writeValueAsString(m)), terms.toString(), length);
    }

    /** Adds the words of {@code text} at {@code weight}; returns how many there were. */
    private static int add(Map<String, Integer> weights, String text, int weight) {
        List<String> words = SearchText.words(text);
        for (String w : words) {
            weights.merge(w, weight, Integer::sum);
        }
        return words.size();
    }

    private static String clip(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TEXT_LIMIT);
        return text.substring(0, cut > 0 ? cut : TEXT_LIMIT) + " …";
    }

    /** Each word with its weight, in word order. */
    List<Map.Entry<String, Integer>> weights() {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        String[] parts = terms.split(" ");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            out.add(Map.entry(parts[i], Integer.parseInt(parts[i + 1])));
        }
        return out;
    }
}
