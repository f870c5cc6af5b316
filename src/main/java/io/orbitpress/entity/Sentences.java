package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The sentences of one block of text. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (and any closing quotes or brackets) followed by whitespace and an uppercase letter, a digit
 * or a quote, except after a common abbreviation ({@code Dr.}, {@code U.S.}, {@code Jan.}) or a
 * single-letter initial ({@code A. Berg}).
 *
 * <p>Not safe for use by several threads at once: sentences are split and cleaned on demand.
 */
final class Sentences {
    /** Longest sentence shown; longer ones are cut on a word boundary around the mention. */
    static final int MAX_LENGTH = 400;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "U.S", "U.K", "vs", "e.g", "i.e", "No", "Gen",
            "Col", "Lt", "Capt", "Sen", "Rep", "Gov", "Prof", "Inc", "Co", "Corp", "Ltd", "Mt", "Ft",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "approx", "etc", "Adm", "Maj", "Sgt", "Cmdr", "Fig", "Vol", "Nos", "al");
    private static final String CLOSERS = "\"')]\u2019\u201D\u00BB";
    private static final String OPENERS = "\"'(\u201C\u2018\u00AB[";

    /** Which ASCII characters are whitespace or space characters, looked up instead of asked. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII_SPACE.length; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private final String text;
    /** The characters of the text, taken with the sentence starts. */
    private char[] chars;
    /** Where each sentence starts, found on first use: many blocks never need them. */
    private int[] starts;
    /** Cleaned sentences by index, kept for sentences short enough never to be capped. */
    private String[] cleaned;

    private Sentences(String text) {
        this.text = text;
    }

    static Sentences of(String text) {
        return new Sentences(text);
    }

    private int[] starts() {
        if (starts == null) {
            chars = text.toCharArray();
            starts = split(chars);
        }
        return starts;
    }

    private static int[] split(char[] text) {
        int[] starts = new int[8];
        int count = 1;
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && (CLOSERS.indexOf(text[j]) >= 0 || ".!?".indexOf(text[j]) >= 0)) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text[k])) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            char next = text[k];
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
            if (!opens || (c == '.' && abbreviationBefore(text, i))) {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = k;
            i = k - 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Whether the word ending just before the period at {@code dot} is an abbreviation or initial. */
    private static boolean abbreviationBefore(char[] text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text[start - 1])) {
            start--;
        }
        while (start < dot && OPENERS.indexOf(text[start]) >= 0) {
            start++;
        }
        String word = new String(text, start, dot - start);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    /** Index ranges {@code [start, end)} of the sentences, in order. */
    List<int[]> ranges() {
        int[] starts = starts();
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < starts.length; s++) {
            ranges.add(new int[] {starts[s], s + 1 < starts.length ? starts[s + 1] : text.length()});
        }
        return ranges;
    }

    /**
     * The sentence holding the character at {@code index}, cleaned and capped around it. A
     * sentence no longer than {@link #MAX_LENGTH} is never capped, so it reads the same whatever
     * the index and is cleaned only once, however many mentions it holds.
     */
    String around(int index) {
        int[] starts = starts();
        int s = Arrays.binarySearch(starts, index);
        s = s >= 0 ? s : Math.max(0, -s - 2);
        int start = starts[s];
        int end = s + 1 < starts.length ? starts[s + 1] : text.length();
        if (end - start > MAX_LENGTH) {
            return clean(chars, start, end, index);
        }
        if (cleaned == null) {
            cleaned = new String[starts.length];
        }
        if (cleaned[s] == null) {
            cleaned[s] = clean(chars, start, end, index);
        }
        return cleaned[s];
    }

    /** Drops separators, collapses whitespace and caps the length around {@code focus}. */
    static String clean(String raw, int focus) {
        return clean(raw.toCharArray(), 0, raw.length(), focus);
    }

    /** As {@link #clean(String, int)} on {@code text[start, end)}, with {@code focus} an index in {@code text}. */
    private static String clean(char[] text, int start, int end, int focus) {
        char[] out = new char[end - start];
        int size = 0;
        int cleanFocus = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (i == focus) {
                cleanFocus = size;
            }
            if (c == BlockText.SEPARATOR) {
                continue;
            }
            if (c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (size > 0 && out[size - 1] != ' ') {
                    out[size++] = ' ';
                }
            } else {
                out[size++] = c;
            }
        }
        // As String.strip() does: the ends lose what Character.isWhitespace calls whitespace.
        int from = 0;
        while (from < size && Character.isWhitespace(out[from])) {
            from++;
        }
        int to = size;
        while (to > from && Character.isWhitespace(out[to - 1])) {
            to--;
        }
        return cap(new String(out, from, to - from), Math.max(0, cleanFocus - from));
    }

    private static String cap(String sentence, int focus) {
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int from = Math.max(0, Math.min(focus - MAX_LENGTH / 4, sentence.length() - MAX_LENGTH));
        int to = from + MAX_LENGTH;
        if (from > 0) {
            int space = sentence.indexOf(' ', from);
            from = space < 0 || space >= focus ? from : space + 1;
        }
        if (to < sentence.length()) {
            int space = sentence.lastIndexOf(' ', to);
            to = space <= from ? to : space;
        }
        return (from > 0 ? "\u2026" : "") + sentence.substring(from, to).strip() + (to < sentence.length() ? "\u2026" : "");
    }
}
