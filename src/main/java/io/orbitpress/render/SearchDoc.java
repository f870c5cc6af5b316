package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import io.orbitpress.model.Article;
import io.orbitpress.model.EntityUse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One article as the search index knows it: the words it is found by, each with its weight
 * ({@link #terms()}), and how many words it has ({@link #length()}). What a result shows of it
 * is {@link #json}, made only for the article's own index file.
 *
 * <p>A word's weight adds up where it stands: {@value #TITLE} for each time in the headline,
 * {@value #SUMMARY} in the summary, the topics and the names of the people, missions and
 * organizations the article involves, 1 in the body. The ranking (BM25 in {@code search.js})
 * divides by the length, so a long article does not win by length alone.
 *
 * @param terms  "word weight word weight ..." in word order
 * @param length the number of words of the headline, summary and body
 */
public record SearchDoc(String terms, int length) {

    static final int TITLE = 5;
    static final int SUMMARY = 2;
    /** The text a result keeps for its snippet; a match further on still finds the article. */
    static final int TEXT_LIMIT = 20_000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * The search document of {@code a}, with the names of its entities of {@code kinds}; {@code
     * bodyText} is the article's text as search reads it ({@link #bodyText}).
     */
    static SearchDoc of(Article a, List<EntityKind> kinds, String bodyText) {
        // counted in a hash map, put in word order once
        Map<String, Integer> weights = new java.util.HashMap<>();
        int length = add(weights, a.title(), TITLE) + add(weights, a.summary(), SUMMARY)
                + add(weights, bodyText, 1);
        a.tags().forEach(t -> add(weights, t.name(), SUMMARY));
        names(a, kinds).forEach(n -> add(weights, n, SUMMARY));
        return of(new TreeMap<>(weights), length);
    }

    /** The document of these words with their weights, this long. */
    static SearchDoc of(java.util.SortedMap<String, Integer> weights, int length) {
        StringBuilder terms = new StringBuilder(weights.size() * 10);
        weights.forEach((w, n) -> {
            if (!terms.isEmpty()) {
                terms.append(' ');
            }
            terms.append(w).append(' ').append(n);
        });
        return new SearchDoc(terms.toString(), length);
    }

    /**
     * What a result shows of {@code a}, as JSON safe in a script: its address without the leading
     * slash ({@code u}), headline ({@code t}), summary ({@code s}), topics ({@code g}), the names
     * of its entities ({@code n}) and its text for snippets ({@code b}, the first {@value #TEXT_LIMIT}
     * characters of {@code bodyText}, the article's text as search reads it: {@link #bodyText}).
     */
    static String json(Article a, List<EntityKind> kinds, String bodyText) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("u", a.url().substring(1));
        m.put("t", a.title());
        m.put("s", a.summary());
        m.put("g", a.tags().stream().map(t -> t.name()).toList());
        m.put("n", List.copyOf(names(a, kinds)));
        m.put("b", clip(bodyText));
        return SearchIndex.safe(JSON.writeValueAsString(m));
    }

    /**
     * The article's text as search reads it: its HTML's text, as jsoup reads it ({@link HtmlText}),
     * without the notes on the play buttons of its embeds ("Play (loads www.youtube-nocookie.com)"),
     * which are no words of the story.
     */
    static String bodyText(Article a) {
        return HtmlText.of(withoutPlayNotes(a.html()));
    }

    /** {@code html} without the notes the embed markup writes on its play buttons (one span each, never nested). */
    static String withoutPlayNotes(String html) {
        String note = io.orbitpress.media.FigureHtml.PLAY_NOTE;
        int at = html.indexOf(note);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (at >= 0) {
            int end = html.indexOf("</span>", at);
            if (end < 0) {
                break;
            }
            out.append(html, from, at);
            from = end + "</span>".length();
            at = html.indexOf(note, from);
        }
        return out.append(html, from, html.length()).toString();
    }

    private static Set<String> names(Article a, List<EntityKind> kinds) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityKind k : kinds) {
            for (EntityUse u : a.entities().getOrDefault(k.key(), List.of())) {
                names.add(u.entity().name());
            }
        }
        return names;
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
}
