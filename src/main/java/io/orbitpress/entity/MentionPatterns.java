package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns for entities not registered yet, such as {@code Crew-\d+} for missions. Hits are whole
 * words, leftmost-longest, and never overlap each other.
 */
final class MentionPatterns {
    record KindPattern(String kind, Pattern pattern) {
    }

    /** A hit in folded text, {@code [start, end)}. */
    record Hit(String kind, int start, int end) {
    }

    private final List<KindPattern> patterns;

    MentionPatterns(List<KindPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    List<Hit> find(String folded) {
        if (patterns.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (KindPattern kp : patterns) {
            Matcher m = kp.pattern().matcher(folded);
            while (m.find()) {
                if (m.end() > m.start() && wholeWord(folded, m.start(), m.end())) {
                    hits.add(new Hit(kp.kind(), m.start(), m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>();
        int reached = 0;
        for (Hit hit : hits) {
            if (hit.start() >= reached) {
                kept.add(hit);
                reached = hit.end();
            }
        }
        return kept;
    }

    private static boolean wholeWord(String text, int start, int end) {
        boolean before = start == 0 || !NameTrie.isWord(text.charAt(start - 1)) || !NameTrie.isWord(text.charAt(start));
        boolean after = end == text.length() || !NameTrie.isWord(text.charAt(end)) || !NameTrie.isWord(text.charAt(end - 1));
        return before && after;
    }

    /** {@code Soyuz MS-27} becomes {@code soyuz-ms-27}. */
    static String slug(String name) {
        String folded = FoldedText.fold(name).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (Character.isLetterOrDigit(c) && c > 127)) {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }
}
