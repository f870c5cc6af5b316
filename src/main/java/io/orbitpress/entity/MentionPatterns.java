package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns for entities not registered yet, such as {@code Crew-\d+} for missions. Hits are whole
 * words, leftmost-longest, and never overlap each other.
 *
 * <p>Most patterns start with fixed text ({@code Crew-}, {@code Soyuz MS-}); the text is searched
 * for all those prefixes in one pass (see {@link LiteralStarts}) and each pattern tried only where
 * its prefix occurs, which finds the same matches as {@link Matcher#find()} much sooner. See
 * {@link #literalPrefix}.
 */
final class MentionPatterns {
    record KindPattern(String kind, Pattern pattern) {
    }

    /** A hit in folded text, {@code [start, end)}. */
    record Hit(String kind, int start, int end) {
    }

    private static final Comparator<Hit> LEFTMOST_LONGEST =
            Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed());

    private final List<KindPattern> patterns;
    /** For each pattern, the text every match starts with, or "" when none is known. */
    private final String[] prefixes;
    private final LiteralStarts starts;

    MentionPatterns(List<KindPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.prefixes = new String[this.patterns.size()];
        for (int i = 0; i < prefixes.length; i++) {
            prefixes[i] = literalPrefix(this.patterns.get(i).pattern());
        }
        this.starts = new LiteralStarts(List.of(prefixes));
    }

    List<Hit> find(String folded) {
        return find(folded.toCharArray());
    }

    /** As {@link #find(String)} on the text made of {@code chars}, which is made only when a pattern runs. */
    List<Hit> find(char[] chars) {
        if (patterns.isEmpty()) {
            return List.of();
        }
        String folded = null;
        // Hits of each pattern apart, in pattern order, as running the patterns one after the
        // other gives them: the sort below keeps that order among hits with the same range.
        List<List<Hit>> byPattern = new ArrayList<>(prefixes.length);
        Matcher[] matchers = new Matcher[prefixes.length];
        int[] from = new int[prefixes.length];
        boolean prefixed = false;
        for (int i = 0; i < prefixes.length; i++) {
            List<Hit> own = new ArrayList<>(0);
            byPattern.add(own);
            KindPattern kp = patterns.get(i);
            if (!prefixes[i].isEmpty()) {
                prefixed = true;
                continue;
            }
            if (folded == null) {
                folded = new String(chars);
            }
            Matcher m = kp.pattern().matcher(folded);
            while (m.find()) {
                if (m.end() > m.start() && wholeWord(folded, m.start(), m.end())) {
                    own.add(new Hit(kp.kind(), m.start(), m.end()));
                }
            }
        }
        // A prefixed pattern is tried only where its prefix starts, past the end of its previous
        // match, as find() would. The prefix is not empty, so neither is a match.
        for (int at = prefixed ? starts.next(chars, 0) : -1; at >= 0; at = starts.next(chars, at + 1)) {
            for (int i = 0; i < prefixes.length; i++) {
                if (at < from[i] || !starts.startsAt(chars, at, i)) {
                    continue;
                }
                if (folded == null) {
                    folded = new String(chars);
                }
                if (matchers[i] == null) {
                    matchers[i] = patterns.get(i).pattern().matcher(folded)
                            .useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[i].region(at, chars.length);
                if (m.lookingAt()) {
                    if (wholeWord(folded, m.start(), m.end())) {
                        byPattern.get(i).add(new Hit(patterns.get(i).kind(), m.start(), m.end()));
                    }
                    from[i] = m.end();
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        byPattern.forEach(hits::addAll);
        if (hits.isEmpty()) {
            return List.of();
        }
        hits.sort(LEFTMOST_LONGEST);
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

    /**
     * The fixed text every match of {@code pattern} starts with, or "" when that cannot be told
     * safely. Only a run of plain characters at the very start counts: it ends at the first
     * character with a meaning in a regular expression, and a character a quantifier follows is
     * left out, as it may repeat or be missing ({@code Crews?}). A pattern with flags (also inline
     * ones such as {@code (?x)}, which can turn text into comments), an alternative at the top
     * level ({@code STS-\d+|Crew-\d+}) or {@code \G}, which refers to where the previous match
     * ended, gets no prefix and is searched with plain {@link Matcher#find()}.
     */
    static String literalPrefix(Pattern pattern) {
        String regex = pattern.pattern();
        if (pattern.flags() != 0 || regex.contains("\\G") || hasInlineFlags(regex) || hasTopLevelAlternative(regex)) {
            return "";
        }
        int end = 0;
        while (end < regex.length() && plain(regex.charAt(end))) {
            end++;
        }
        if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
            end--;
        }
        return end <= 0 ? "" : regex.substring(0, end);
    }

    /** A character that stands for itself in a regular expression without flags. */
    private static boolean plain(char c) {
        return "\\^$.|?*+()[]{}".indexOf(c) < 0 && !Character.isSurrogate(c);
    }

    /** Whether {@code regex} may hold an inline flag group such as {@code (?i)} or {@code (?x:...)}. */
    private static boolean hasInlineFlags(String regex) {
        for (int at = regex.indexOf("(?"); at >= 0; at = regex.indexOf("(?", at + 1)) {
            if (at + 2 >= regex.length() || ":=!<>".indexOf(regex.charAt(at + 2)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code regex} has a {@code |} outside groups and character classes. When unsure,
     * says so: a wrong "no" would give a prefix that some matches do not start with.
     */
    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        int inClass = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int quoteEnd = regex.indexOf("\\E", i + 2);
                    if (quoteEnd < 0) {
                        return false;
                    }
                    i = quoteEnd + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    return true; // a class that may begin with a literal ']': not worth telling apart
                }
                inClass++;
            } else if (c == ']' && inClass > 0) {
                inClass--;
            } else if (inClass == 0 && c == '(') {
                depth++;
            } else if (inClass == 0 && c == ')') {
                depth--;
            } else if (inClass == 0 && depth == 0 && c == '|') {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeWord(String text, int start, int end) {
        boolean before = start == 0 || !NameTrie.isWord(text.charAt(start - 1)) || !NameTrie.isWord(text.charAt(start));
        boolean after = end == text.length() || !NameTrie.isWord(text.charAt(end)) || !NameTrie.isWord(text.charAt(end - 1));
        return before && after;
    }

    /**
     * {@code Soyuz MS-27} becomes {@code soyuz-ms-27}, as a title's slug would ({@link io.orbitpress.content.Slugs#make}):
     * {@code Союз МС-27} too, so that the mission found in both languages is one.
     */
    static String slug(String name) {
        return io.orbitpress.content.Slugs.make(name);
    }
}
