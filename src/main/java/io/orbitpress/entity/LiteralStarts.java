package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where any of several fixed strings starts in a text, found in one pass over the text. Cue
 * phrases and pattern prefixes use it to pick the few places worth running a regular expression,
 * instead of searching the text once for each string.
 */
final class LiteralStarts {
    private final String[] literals;
    private final boolean wordStartsOnly;
    /** Indexes of the literals starting with each ASCII character, or null for none. */
    private final int[][] ascii = new int[0x80][];
    /** The same for literals starting with any other character. */
    private final Map<Character, int[]> other = new HashMap<>();

    /** @param literals the strings to look for; empty ones are never found */
    LiteralStarts(List<String> literals) {
        this(literals, false);
    }

    /**
     * @param literals the strings to look for; empty ones are never found
     * @param wordStartsOnly pass over places right after an ASCII letter or digit, for callers
     *     whose expression cannot match after a letter or digit anyway
     */
    LiteralStarts(List<String> literals, boolean wordStartsOnly) {
        this.literals = literals.toArray(new String[0]);
        this.wordStartsOnly = wordStartsOnly;
        Map<Character, List<Integer>> byFirst = new HashMap<>();
        for (int i = 0; i < this.literals.length; i++) {
            if (!this.literals[i].isEmpty()) {
                byFirst.computeIfAbsent(this.literals[i].charAt(0), c -> new ArrayList<>()).add(i);
            }
        }
        byFirst.forEach((first, indexes) -> {
            int[] array = indexes.stream().mapToInt(Integer::intValue).toArray();
            if (first < 0x80) {
                ascii[first] = array;
            } else {
                other.put(first, array);
            }
        });
    }

    /** The first index at or after {@code from} where some literal starts in {@code text}, or -1. */
    int next(char[] text, int from) {
        for (int i = Math.max(0, from); i < text.length; i++) {
            char c = text[i];
            int[] starting = c < 0x80 ? ascii[c] : other.isEmpty() ? null : other.get(c);
            if (starting == null || (wordStartsOnly && i > 0 && asciiLetterOrDigit(text[i - 1]))) {
                continue;
            }
            for (int literal : starting) {
                if (startsAt(text, i, literal)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Whether literal number {@code literal}, when not empty, starts at {@code at} in {@code text}. */
    boolean startsAt(char[] text, int at, int literal) {
        String s = literals[literal];
        int length = s.length();
        if (length == 0 || at + length > text.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
