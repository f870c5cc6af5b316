package io.orbitpress.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
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
     * @param lengths       each article's length in words, by id (for {@link #update})
     * @param counts        of the words whose postings are longer than {@link #COMMON}, how many articles have each
     */
    record Index(int documents, int averageLength, SortedMap<String, Map<String, String>> shards,
            Map<String, Integer> common, int[] lengths, SortedMap<String, Integer> counts) {

        /** An index as {@link #of} makes it, from its shards, lengths and counts (one read back from a cache, say). */
        static Index of(SortedMap<String, Map<String, String>> shards, int[] lengths, SortedMap<String, Integer> counts) {
            return index(lengths, shards, counts);
        }
    }

    private SearchShards() {
    }

    /** The index of {@code docs}, the oldest first (a document's id is its place in the list). */
    static Index of(List<SearchDoc> docs) {
        Map<String, Posting> postings = new HashMap<>();
        int[] lengths = new int[docs.size()];
        for (int id = 0; id < docs.size(); id++) {
            SearchDoc d = docs.get(id);
            lengths[id] = d.length();
            char length = DIGITS.charAt(lengthClass(d.length()));
            int doc = id;
            terms(d, (word, weight) -> {
                Posting p = postings.computeIfAbsent(word, k -> new Posting());
                posting(p.text, doc - p.last, weight, length);
                p.last = doc;
                p.count++;
            });
        }
        SortedMap<String, String> words = new TreeMap<>();
        postings.forEach((w, p) -> words.put(w, p.text.toString()));
        SortedMap<String, Integer> counts = new TreeMap<>();
        words.forEach((w, p) -> {
            if (p.length() > COMMON) {
                counts.put(w, postings.get(w).count);
            }
        });
        SortedMap<String, Map<String, String>> shards = new TreeMap<>();
        Map<String, SortedMap<String, String>> groups = new LinkedHashMap<>();
        words.forEach((w, p) -> groups.computeIfAbsent(prefix(w, 2), k -> new TreeMap<>()).put(w, p));
        groups.forEach((key, group) -> split(key, group, shards));
        return index(lengths, shards, counts);
    }

    /**
     * The index of {@code n} documents ({@code doc} gives each by id) made from {@code before}, the
     * index of the last build's documents, where the documents of the ids {@code changed} are new
     * (ids past the end of either are changed): the same as {@link #of} of the documents, made
     * again only for the words whose postings changed. Ids are places in the list, so an article
     * added at the end (the newest) or edited changes only its own words' postings; one added or
     * removed further back moves the ids after it, and when many documents changed the index is
     * made anew.
     *
     * <p>{@code last} gives the last build's document of an id, or null when it is not known: the
     * words whose postings changed are then those whose weight differs between the two documents
     * (all of both, when the length class changed), and an edit that adds a sentence touches only
     * the words of that sentence. The words of a document not known are found by reading every
     * posting of the index.
     */
    static Index update(Index before, int n, BitSet changed, java.util.function.IntFunction<SearchDoc> doc,
            java.util.function.IntFunction<SearchDoc> last) {
        int n0 = before.documents();
        BitSet ids = (BitSet) changed.clone();
        ids.set(Math.min(n0, n), Math.max(n0, n));
        if (ids.isEmpty()) {
            return before;
        }
        if (ids.cardinality() > Math.max(REMAKE_AFTER, n / 10)) {
            // every document again, on every core (one not remembered reads its article's text)
            return of(java.util.stream.IntStream.range(0, n).parallel().mapToObj(doc).toList());
        }
        Set<String> touched = new HashSet<>();
        BitSet unknown = new BitSet();
        Map<Integer, SearchDoc> docs = new TreeMap<>();
        int[] lengths = java.util.Arrays.copyOf(before.lengths(), n);
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            SearchDoc was = id < n0 ? last.apply(id) : null;
            SearchDoc d = id < n ? doc.apply(id) : null;
            if (d != null) {
                docs.put(id, d);
                lengths[id] = d.length();
            }
            if (id < n0 && was == null) {
                unknown.set(id);
            } else {
                differing(was, d, touched);
            }
        }
        if (!unknown.isEmpty()) {
            // the documents not known, read back from the index: then only the words whose weight
            // changed are touched, as for a document known
            readBack(before, unknown).forEach((id, was) -> differing(was, docs.get(id), touched));
        }
        if (touched.isEmpty()) {
            return index(lengths, before.shards(), before.counts());
        }
        // the postings of the changed documents for the touched words
        Map<String, StringBuilder> added = new HashMap<>();
        Map<String, Integer> lastAdded = new HashMap<>();
        docs.forEach((docId, d) -> {
            char length = DIGITS.charAt(lengthClass(d.length()));
            terms(d, (word, weight) -> {
                if (touched.contains(word)) {
                    StringBuilder sb = added.computeIfAbsent(word, k -> new StringBuilder());
                    Integer at = lastAdded.put(word, docId);
                    posting(sb, docId - (at == null ? -1 : at), weight, length);
                }
            });
        });
        Map<String, List<String>> byGroup = new TreeMap<>();
        touched.forEach(w -> byGroup.computeIfAbsent(prefix(w, 2), k -> new ArrayList<>()).add(w));
        SortedMap<String, Map<String, String>> shards = new TreeMap<>(before.shards());
        SortedMap<String, Integer> counts = new TreeMap<>(before.counts());
        byGroup.forEach((group, changedWords) -> {
            SortedMap<String, String> words = new TreeMap<>();
            List<String> keys = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> e : before.shards().subMap(group, group + Character.MAX_VALUE)
                    .entrySet()) {
                if (prefix(e.getKey(), 2).equals(group)) {
                    keys.add(e.getKey());
                    words.putAll(e.getValue());
                }
            }
            for (String w : changedWords) {
                StringBuilder more = added.get(w);
                int[] count = new int[1];
                String text = merge(words.get(w), more == null ? null : more.toString(), ids, count);
                if (text.isEmpty()) {
                    words.remove(w);
                    counts.remove(w);
                } else {
                    words.put(w, text);
                    if (text.length() > COMMON) {
                        counts.put(w, count[0]);
                    } else {
                        counts.remove(w);
                    }
                }
            }
            keys.forEach(shards::remove);
            if (!words.isEmpty()) {
                SortedMap<String, Map<String, String>> made = new TreeMap<>();
                split(group, words, made);
                // a shard of the group whose words did not change stays the same object: what keeps
                // the files (and a cache) compares it by identity first
                made.forEach((key, shard) -> {
                    Map<String, String> was = before.shards().get(key);
                    shards.put(key, was != null && was.equals(shard) ? was : shard);
                });
            }
        });
        return index(lengths, shards, counts);
    }

    /**
     * Adds to {@code touched} the words whose posting differs between {@code was} and {@code now}
     * (either may be null: no document): each word of either when their length classes differ,
     * else those with another weight or in one of them only.
     */
    private static void differing(SearchDoc was, SearchDoc now, Set<String> touched) {
        if (was == null || now == null || lengthClass(was.length()) != lengthClass(now.length())) {
            if (was != null) {
                terms(was, (word, weight) -> touched.add(word));
            }
            if (now != null) {
                terms(now, (word, weight) -> touched.add(word));
            }
            return;
        }
        if (was.terms().equals(now.terms())) {
            return;
        }
        Map<String, Integer> before = new HashMap<>();
        terms(was, before::put);
        terms(now, (word, weight) -> {
            Integer w = before.remove(word);
            if (w == null || w != weight) {
                touched.add(word);
            }
        });
        touched.addAll(before.keySet());
    }

    /** Documents changed in more than this (or a tenth of all) make the index anew rather than update it. */
    static final int REMAKE_AFTER = 64;

    private static Index index(int[] lengths, SortedMap<String, Map<String, String>> shards,
            SortedMap<String, Integer> counts) {
        int n = lengths.length;
        Map<String, Integer> common = new LinkedHashMap<>();
        counts.forEach((w, count) -> {
            if (count * 2 > n) {
                common.put(w, count);
            }
        });
        long sum = 0;
        for (int length : lengths) {
            sum += length;
        }
        int average = n == 0 ? 0 : (int) Math.round((double) sum / n);
        return new Index(n, average, java.util.Collections.unmodifiableSortedMap(shards),
                java.util.Collections.unmodifiableMap(common), lengths,
                java.util.Collections.unmodifiableSortedMap(counts));
    }

    /**
     * The documents of {@code ids} as {@code index} holds them, by id: each word whose postings
     * hold the id, with its weight there, and the length the index keeps.
     */
    static Map<Integer, SearchDoc> readBack(Index index, BitSet ids) {
        Map<Integer, SortedMap<String, Integer>> read = new TreeMap<>();
        ids.stream().forEach(id -> read.put(id, new TreeMap<>()));
        for (Map<String, String> shard : index.shards().values()) {
            shard.forEach((word, postings) -> weights(word, postings, ids, read));
        }
        Map<Integer, SearchDoc> out = new TreeMap<>();
        read.forEach((id, weights) -> out.put(id, SearchDoc.of(weights, index.lengths()[id])));
        return out;
    }

    /** Puts {@code word}'s weight in each document of {@code ids} whose posting {@code postings} hold, by id. */
    private static void weights(String word, String postings, BitSet ids, Map<Integer, SortedMap<String, Integer>> read) {
        int first = ids.nextSetBit(0);
        int last = ids.length() - 1;
        for (Cursor c = new Cursor(postings); !c.done && c.id <= last; c.next()) {
            if (c.id >= first && ids.get(c.id)) {
                read.get(c.id).put(word, c.weight);
            }
        }
    }

    /** Calls {@code each} with every word of {@code d} and its weight, in word order. */
    private static void terms(SearchDoc d, java.util.function.ObjIntConsumer<String> each) {
        String terms = d.terms();
        int at = 0;
        while (at < terms.length()) {
            int space = terms.indexOf(' ', at);
            int end = terms.indexOf(' ', space + 1);
            end = end < 0 ? terms.length() : end;
            each.accept(terms.substring(at, space), Integer.parseInt(terms, space + 1, end, 10));
            at = end + 1;
        }
    }

    /**
     * The postings of {@code was} (or none) without those of the {@code changed} articles, and
     * those of {@code more} (changed articles only; or none), ids rising; how many in {@code count[0]}.
     * Each posting's weight and length class are copied as they are written; only distances are written anew.
     */
    private static String merge(String was, String more, BitSet changed, int[] count) {
        StringBuilder out = new StringBuilder((was == null ? 0 : was.length()) + (more == null ? 0 : more.length()));
        Cursor a = new Cursor(was);
        Cursor b = new Cursor(more);
        int last = -1;
        while (!a.done || !b.done) {
            if (!a.done && changed.get(a.id)) {
                a.next();
                continue;
            }
            Cursor c = a.done ? b : b.done || a.id < b.id ? a : b;
            number(out, c.id - last);
            int from = c.rest;
            int to;
            do { // and the postings after it up to the next change, as they are: their distances stay
                to = c.end;
                last = c.id;
                count[0]++;
                c.next();
            } while (c == a && !a.done && !changed.get(a.id) && (b.done || a.id < b.id));
            out.append(c.text.substring(from, to));
        }
        return out.toString();
    }

    /**
     * Reads postings one at a time: each one's id, weight and length class, and where its weight
     * and length class are written ({@code rest} to {@code end}).
     */
    private static final class Cursor {
        final String text;
        int at;
        int id = -1;
        int weight;
        int length;
        int rest;
        int end;
        boolean done;

        Cursor(String text) {
            this.text = text == null ? "" : text;
            next();
        }

        void next() {
            if (at >= text.length()) {
                done = true;
                return;
            }
            id += number();
            rest = at;
            weight = number();
            length = VALUES[text.charAt(at++)];
            end = at;
        }

        /** The number written at {@code at}, in 5-bit digits lowest first ({@link #number(StringBuilder, int)}). */
        private int number() {
            int n = 0;
            for (int shift = 0;; shift += 5) {
                int d = VALUES[text.charAt(at++)];
                n |= (d & 31) << shift;
                if (d < 32) {
                    return n;
                }
            }
        }
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

    /** Appends one posting: its distance from the last id, its weight and its length class's digit. */
    private static void posting(StringBuilder out, int distance, int weight, char length) {
        number(out, distance);
        number(out, weight);
        out.append(length);
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
        for (Cursor c = new Cursor(postings); !c.done; c.next()) {
            out.add(new int[] {c.id, c.weight, c.length});
        }
        return out;
    }

    /** Each digit's value, by its character. */
    private static final byte[] VALUES = new byte[128];

    static {
        for (int i = 0; i < DIGITS.length(); i++) {
            VALUES[DIGITS.charAt(i)] = (byte) i;
        }
    }
}
