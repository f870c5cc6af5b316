package io.orbitpress.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The search index in shards: every word with the articles it is in (its postings), the words
 * grouped by their first two letters into one shard each, and a shard larger than {@link #SPLIT}
 * characters split again by one more letter, as often as needed. A query loads only the shards
 * of its words ({@code assets/search.js} picks the longest shard key a word starts with).
 *
 * <p>A word's postings are one string of characters from a 64-character alphabet: for each
 * article, in id order, the distance from the previous id and the word's weight (each a number in
 * 5-bit digits, lowest first, a digit of 32 or more saying "more follows"), then the article's
 * length class ({@link #lengthClass}). Ids count from the oldest article, so a new article adds
 * at the end and leaves the other articles' ids as they were, and an edited article changes only
 * the shards of the words it had or has.
 */
final class SearchShards {

    /** The characters of a shard (about the bytes, with Latin words) before it is split. */
    static final int SPLIT = 12_000;
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Length classes grow by this factor: an article's length is known to within 7 %. */
    static final double LENGTH_STEP = 1.15;

    /**
     * A word in more than half the articles whose postings take more than this is common: a
     * query with another word does not load it, and a query of common words only loads the two
     * rarest (they would hardly change the ranking, and cost the most of any word to load).
     */
    static final int COMMON = 8_000;

    /**
     * @param documents     how many articles are indexed
     * @param averageLength their average length in words
     * @param shards        each shard's key and its words with their postings, by key
     * @param common        the common words ({@link #COMMON}), in order, with how many articles have each
     */
    record Index(int documents, int averageLength, SortedMap<String, Map<String, String>> shards,
            Map<String, Integer> common) {
    }

    private SearchShards() {
    }

    /** The index of {@code docs}, the oldest first (a document's id is its place in the list). */
    static Index of(List<SearchDoc> docs) {
        Map<String, Posting> postings = new HashMap<>();
        long lengths = 0;
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc d = docs.get(id);
            lengths += d.length();
            char length = DIGITS.charAt(lengthClass(d.length()));
            String terms = d.terms();
            int at = 0;
            while (at < terms.length()) {
                int space = terms.indexOf(' ', at);
                int end = terms.indexOf(' ', space + 1);
                end = end < 0 ? terms.length() : end;
                String word = terms.substring(at, space);
                int weight = Integer.parseInt(terms, space + 1, end, 10);
                at = end + 1;
                Posting p = postings.computeIfAbsent(word, k -> new Posting());
                number(p.text, id - p.last);
                number(p.text, weight);
                p.text.append(length);
                p.last = id;
                p.count++;
            }
        }
        SortedMap<String, String> words = new TreeMap<>();
        postings.forEach((w, p) -> words.put(w, p.text.toString()));
        Map<String, Integer> common = new LinkedHashMap<>();
        words.forEach((w, p) -> {
            int count = postings.get(w).count;
            if (p.length() > COMMON && count * 2 > docs.size()) {
                common.put(w, count);
            }
        });
        SortedMap<String, Map<String, String>> shards = new TreeMap<>();
        Map<String, SortedMap<String, String>> groups = new LinkedHashMap<>();
        words.forEach((w, p) -> groups.computeIfAbsent(prefix(w, 2), k -> new TreeMap<>()).put(w, p));
        groups.forEach((key, group) -> split(key, group, shards));
        int average = docs.isEmpty() ? 0 : (int) Math.round((double) lengths / docs.size());
        return new Index(docs.size(), average, shards, java.util.Collections.unmodifiableMap(common));
    }

    /** A word's postings as they are written: the text, the last id in it and how many articles. */
    private static final class Posting {
        final StringBuilder text = new StringBuilder();
        int last = -1;
        int count;
    }

    /** Puts {@code words} (all starting with {@code key}) in one shard, or splits them by one more letter. */
    private static void split(String key, SortedMap<String, String> words, SortedMap<String, Map<String, String>> out) {
        int size = 0;
        boolean longer = false;
        int keyLength = key.codePointCount(0, key.length());
        for (Map.Entry<String, String> e : words.entrySet()) {
            size += e.getKey().length() + e.getValue().length() + 6;
            longer |= e.getKey().codePointCount(0, e.getKey().length()) > keyLength;
        }
        if (size <= SPLIT || !longer) {
            out.put(key, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words)));
            return;
        }
        Map<String, SortedMap<String, String>> groups = new LinkedHashMap<>();
        Map<String, String> rest = new LinkedHashMap<>();
        words.forEach((w, p) -> {
            if (w.codePointCount(0, w.length()) == keyLength) {
                rest.put(w, p);
            } else {
                groups.computeIfAbsent(prefix(w, keyLength + 1), k -> new TreeMap<>()).put(w, p);
            }
        });
        if (!rest.isEmpty()) {
            out.put(key, java.util.Collections.unmodifiableMap(rest));
        }
        groups.forEach((k, g) -> split(k, g, out));
    }

    /** The first {@code n} code points of {@code word} (all of it when shorter). */
    static String prefix(String word, int n) {
        int count = word.codePointCount(0, word.length());
        return count <= n ? word : word.substring(0, word.offsetByCodePoints(0, n));
    }

    /** Names Windows keeps for devices, whatever the extension: a shard of that name gets a trailing "_". */
    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile("con|prn|aux|nul|com\\d|lpt\\d");

    /**
     * The file name of a shard key: letters a-z and digits as they are, any other code point as
     * {@code _hex_}, and a "_" after a name Windows keeps for a device ("con" is {@code con_}).
     */
    static String fileName(String key) {
        StringBuilder sb = new StringBuilder();
        key.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append((char) c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return DEVICE.matcher(sb).matches() ? sb + "_" : sb.toString();
    }

    /** The length class of a document of {@code words} words: 0 to 63, about log base 1.15 of its length. */
    static int lengthClass(int words) {
        return (int) Math.min(63, Math.round(Math.log1p(words) / Math.log(LENGTH_STEP)));
    }

    /** Appends {@code n} (0 or more) in 5-bit digits, lowest first; a digit of 32 or more says more follow. */
    static void number(StringBuilder out, int n) {
        while (n >= 32) {
            out.append(DIGITS.charAt(32 + (n & 31)));
            n >>>= 5;
        }
        out.append(DIGITS.charAt(n));
    }

    /** The postings of a word, decoded: id, weight and length class of each article (for tests and figures). */
    static List<int[]> decode(String postings) {
        List<int[]> out = new ArrayList<>();
        int[] pos = {0};
        int id = -1;
        while (pos[0] < postings.length()) {
            id += read(postings, pos);
            int weight = read(postings, pos);
            int length = DIGITS.indexOf(postings.charAt(pos[0]++));
            out.add(new int[] {id, weight, length});
        }
        return out;
    }

    private static int read(String s, int[] pos) {
        int n = 0;
        int shift = 0;
        while (true) {
            int d = DIGITS.indexOf(s.charAt(pos[0]++));
            n |= (d & 31) << shift;
            if (d < 32) {
                return n;
            }
            shift += 5;
        }
    }
}
