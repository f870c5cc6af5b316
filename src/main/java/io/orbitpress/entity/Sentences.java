package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentences of one block of text. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (and any closing quotes or brackets) followed by whitespace and an uppercase letter, a digit
 * or a quote, except after a common abbreviation ({@code Dr.}, {@code U.S.}, {@code Jan.}) or a
 * single-letter initial ({@code A. Berg}).
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

    private final String text;
    private final List<Integer> starts;

    private Sentences(String text, List<Integer> starts) {
        this.text = text;
        this.starts = starts;
    }

    static Sentences of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && (CLOSERS.indexOf(text.charAt(j)) >= 0 || ".!?".indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0;
            if (!opens || (c == '.' && abbreviationBefore(text, i))) {
                continue;
            }
            starts.add(k);
            i = k - 1;
        }
        return new Sentences(text, List.copyOf(starts));
    }

    /** Whether the word ending just before the period at {@code dot} is an abbreviation or initial. */
    private static boolean abbreviationBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (start < dot && OPENERS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    /** Index ranges {@code [start, end)} of the sentences, in order. */
    List<int[]> ranges() {
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            ranges.add(new int[] {starts.get(s), s + 1 < starts.size() ? starts.get(s + 1) : text.length()});
        }
        return ranges;
    }

    /** The sentence holding the character at {@code index}, cleaned and capped around it. */
    String around(int index) {
        int s = 0;
        while (s + 1 < starts.size() && starts.get(s + 1) <= index) {
            s++;
        }
        int start = starts.get(s);
        int end = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
        return clean(text.substring(start, end), index - start);
    }

    /** Drops separators, collapses whitespace and caps the length around {@code focus}. */
    static String clean(String raw, int focus) {
        StringBuilder out = new StringBuilder(raw.length());
        int cleanFocus = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (i == focus) {
                cleanFocus = out.length();
            }
            if (c == BlockText.SEPARATOR) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        String sentence = out.toString().strip();
        int leading = out.length() - out.toString().stripLeading().length();
        return cap(sentence, Math.max(0, cleanFocus - leading));
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
