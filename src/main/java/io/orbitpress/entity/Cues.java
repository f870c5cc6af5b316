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
 * with hyphens and apostrophes inside words, and single-letter initials and lower-case particles
 * ("de", "van der") between them.
 *
 * <p>Every hit starts with one of the phrases, so {@link #find} looks for the phrases (see
 * {@link LiteralStarts}) and tries the expression only where one of them starts, instead of
 * letting {@link Matcher#find} try it at every character of the text.
 */
final class Cues {
    private static final String WORD = "\\p{Lu}\\p{M}*[\\p{L}\\p{M}]*(?:[-'\u2019][\\p{L}\\p{M}]+)*";
    private static final String SPACE = "[ \\t\\u00A0]+";
    /** Lower-case particles inside a name, before a capitalised word: "Frank de Winne", "Leo van der Berg". */
    private static final String PARTICLE = "(?:de|da|di|du|del|della|der|den|des|dos|das|van|von|le|la|ten|ter|zu|bin|ibn)";
    private static final String NAME = WORD + "(?:" + SPACE + "(?:\\p{Lu}\\." + SPACE + ")?(?:" + PARTICLE + SPACE
            + "){0,2}" + WORD + "){1,3}";
    /**
     * What may stand between a cue and the name: the body the person works for, as an acronym or
     * in the Russian genitive ("астронавт NASA Лорал О'Хара", "космонавт Роскосмоса Иван Вагнер").
     */
    private static final String BODY = "(?:\\p{Lu}{2,8}|Роскосмоса)" + SPACE;

    /** A cue followed by a name: the cue and the name as {@code [start, end)} in the searched text. */
    record Hit(String kind, String cue, int start, int end) {
    }

    private final Map<String, String> kinds;
    private final Pattern pattern;
    private final LiteralStarts starts;

    Cues(Map<String, String> kinds) {
        this.kinds = Map.copyOf(kinds);
        List<String> phrases = new ArrayList<>(kinds.keySet());
        // The look-behind rules out a cue right after a letter or digit.
        this.starts = new LiteralStarts(phrases, true);
        phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(phrase));
        }
        this.pattern = phrases.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + alternatives + ")" + SPACE + "(?:" + BODY + ")?(" + NAME + ")(?![\\p{L}\\p{M}])");
    }

    /**
     * Where the name the expression found in {@code text[start, end)} ends: before a possessive
     * ending, which is not part of it ("commander Zena Cardman's crew").
     */
    static int nameEnd(String text, int start, int end) {
        boolean possessive = end - 2 > start && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
                && text.charAt(end - 1) == 's';
        return possessive ? end - 2 : end;
    }

    /** The whole expression, which {@link #find} runs only where a phrase starts. */
    Pattern pattern() {
        return pattern;
    }

    /**
     * The hits in {@code text}, leftmost first and never overlapping: the same as running the
     * expression with {@link Matcher#find()} from the start of the text. Each try starts only where
     * some phrase does, and is made with {@link Matcher#lookingAt()} on a region that begins there;
     * transparent bounds let the look-behind see the text before it.
     */
    List<Hit> find(String text) {
        return find(text.toCharArray());
    }

    /** As {@link #find(String)} on the text made of {@code chars}, which is made only if a phrase occurs. */
    List<Hit> find(char[] chars) {
        if (pattern == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        Matcher m = null;
        String text = null;
        int from = 0;
        while (true) {
            int at = starts.next(chars, from);
            if (at < 0) {
                return hits;
            }
            if (m == null) {
                text = new String(chars);
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(at, chars.length);
            if (m.lookingAt()) {
                hits.add(new Hit(kinds.get(m.group(1)), m.group(1), m.start(2), nameEnd(text, m.start(2), m.end(2))));
                from = m.end();
            } else {
                from = at + 1;
            }
        }
    }
}
