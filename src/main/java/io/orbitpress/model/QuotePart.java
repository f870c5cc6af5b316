package io.orbitpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of a quoted sentence: {@code mark} when it is the name the sentence was quoted for, so a
 * page can show which words mention the person, mission or organization it is about.
 */
public record QuotePart(String text, boolean mark) {

    /** {@code sentence} cut into runs, each occurrence of one of {@code names} (longest first) marked. */
    static List<QuotePart> split(String sentence, List<String> names) {
        List<String> longestFirst = names.stream().filter(n -> !n.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<QuotePart> out = new ArrayList<>();
        int plain = 0;
        int i = 0;
        while (i < sentence.length()) {
            String hit = null;
            for (String n : longestFirst) {
                if (sentence.startsWith(n, i) && boundary(sentence, i - 1) && boundary(sentence, i + n.length())) {
                    hit = n;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (i > plain) {
                out.add(new QuotePart(sentence.substring(plain, i), false));
            }
            out.add(new QuotePart(hit, true));
            i += hit.length();
            plain = i;
        }
        if (plain < sentence.length()) {
            out.add(new QuotePart(sentence.substring(plain), false));
        }
        return List.copyOf(out);
    }

    private static boolean boundary(String s, int at) {
        return at < 0 || at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
    }
}
