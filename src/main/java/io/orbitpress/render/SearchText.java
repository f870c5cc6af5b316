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

    /** The folded words of {@code text}, in order, repeats kept. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            if (m.end() - m.start() <= MAX_WORD) {
                out.add(m.group());
            }
        }
        return out;
    }
}
