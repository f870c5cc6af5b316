package io.orbitpress.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How search reads text: compatibility-decomposed (NFKD), marks dropped, lower case, cut into
 * runs of letters and digits in any script ("Raphaël" and "raphael" are one word, "Союз" is
 * "союз", "MS-27" is "ms" and "27"). {@code assets/search.js} folds a query the same way, with
 * {@code normalize("NFKD")}, {@code /\p{M}/gu} and {@code /[\p{L}\p{N}]+/gu}.
 */
public final class SearchText {

    /** Longer runs (a hash, a pasted URL) are left out of the index. */
    static final int MAX_WORD = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** {@code text} as search compares it: no case, no diacritics. */
    public static String fold(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The folded words of {@code text}, in order, repeats kept: what {@link #wordsByPattern} finds.
     * The text is read in pieces cut at spaces, tabs and line ends: no word, decomposition or
     * lower-casing (not even of a final sigma, which looks at the word around it) reaches across
     * those. A piece of ASCII alone is cut into its runs of letters and digits and lower-cased as
     * it is; only a piece with another character is folded and matched as {@link #wordsByPattern}
     * does. Most English text is ASCII, so most pieces never meet the normalizer or the pattern.
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // read from an array: a character at a time from the string costs a call and a bounds check each
        char[] chars = text.toCharArray();
        int n = chars.length;
        int start = 0;
        boolean ascii = true;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            if (c >= 0x80) {
                ascii = false;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (i > start) {
                    if (ascii) {
                        asciiWords(chars, start, i, out);
                    } else {
                        patternWords(text.substring(start, i), out);
                    }
                }
                start = i + 1;
                ascii = true;
            }
        }
        return out;
    }

    /** The words of {@code text} by normalizer and pattern alone: the definition {@link #words} keeps to. */
    static List<String> wordsByPattern(String text) {
        List<String> out = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            patternWords(text, out);
        }
        return out;
    }

    private static void patternWords(String text, List<String> out) {
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            if (m.end() - m.start() <= MAX_WORD) {
                out.add(m.group());
            }
        }
    }

    /** The runs of ASCII letters and digits of {@code text} from {@code from} to {@code to} (all ASCII), lower-cased. */
    private static void asciiWords(char[] text, int from, int to, List<String> out) {
        int i = from;
        while (i < to) {
            while (i < to && !alnum(text[i])) {
                i++;
            }
            int begin = i;
            boolean upper = false;
            while (i < to && alnum(text[i])) {
                upper |= text[i] <= 'Z' && text[i] >= 'A';
                i++;
            }
            if (i > begin && i - begin <= MAX_WORD) {
                String w = new String(text, begin, i - begin);
                out.add(upper ? w.toLowerCase(Locale.ROOT) : w);
            }
        }
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

}
