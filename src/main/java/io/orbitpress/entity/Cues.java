package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases that introduce a person by role ("astronaut Jane Doe", "Director General Jan
 * Novak"), compiled into one expression. The name after a cue is two to four capitalised words,
 * with hyphens and apostrophes inside words and single-letter initials between them.
 */
final class Cues {
    private static final String WORD = "\\p{Lu}\\p{M}*[\\p{L}\\p{M}]*(?:[-'\u2019][\\p{L}\\p{M}]+)*";
    private static final String SPACE = "[ \\t\\u00A0]+";
    private static final String NAME = WORD + "(?:" + SPACE + "(?:\\p{Lu}\\." + SPACE + ")?" + WORD + "){1,3}";

    /** A cue followed by a name: the cue and the name as {@code [start, end)} in the searched text. */
    record Hit(String kind, String cue, int start, int end) {
    }

    private final Map<String, String> kinds;
    private final Pattern pattern;

    Cues(Map<String, String> kinds) {
        this.kinds = Map.copyOf(kinds);
        List<String> phrases = new ArrayList<>(kinds.keySet());
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(phrase));
        }
        this.pattern = phrases.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + alternatives + ")" + SPACE + "(" + NAME + ")(?![\\p{L}\\p{M}])");
    }

    List<Hit> find(String text) {
        if (pattern == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(new Hit(kinds.get(m.group(1)), m.group(1), m.start(2), m.end(2)));
        }
        return hits;
    }
}
