package io.orbitpress.entity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text with accents removed, typographic apostrophes and double quotes made plain and whitespace runs made one
 * space, keeping for each folded character the index of the original character it came from.
 * Names and article text are folded the same way, so {@code Raphael} finds {@code Raphaël} and
 * the other way round.
 *
 * <p>Not safe for use by several threads at once: {@link #text()} is made on first use.
 */
final class FoldedText {
    private static final String SEPARATOR = String.valueOf(BlockText.SEPARATOR);
    /** Which ASCII characters {@link #isSpace} holds for, looked up instead of asked each time. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (int c = 0; c < ASCII_SPACE.length; c++) {
            ASCII_SPACE[c] = isSpace(c);
        }
    }

    private final char[] chars;
    private final int[] origins;
    /** {@link #chars} as a string, made on first use: scanning needs only the characters. */
    private String text;

    private FoldedText(char[] chars, int[] origins) {
        this.chars = chars;
        this.origins = origins;
    }

    String text() {
        if (text == null) {
            text = new String(chars);
        }
        return text;
    }

    /** The characters of {@link #text()}, for scanning loops; not to be changed. */
    char[] chars() {
        return chars;
    }

    /** Index in the original text of folded character {@code i}. */
    int origin(int i) {
        return origins[i];
    }

    /** Index in the original text just after folded character {@code i}, marks included. */
    int originEnd(char[] original, int i) {
        int end = origins[i] + Character.charCount(Character.codePointAt(original, origins[i]));
        while (end < original.length && Character.getType(original[end]) == Character.NON_SPACING_MARK) {
            end++;
        }
        return end;
    }

    static FoldedText of(String original) {
        return of(original.toCharArray());
    }

    /** Folds the text made of {@code original}, which is not changed. */
    static FoldedText of(char[] original) {
        int length = original.length;
        // Folding never makes ASCII text longer; other text grows the buffers when it must.
        char[] out = new char[length + 8];
        int[] origins = new int[length + 8];
        int size = 0;
        int i = 0;
        while (i < length) {
            char ch = original[i];
            if (ch < 0x80) {
                // ASCII, most of any text: a space unless it breaks a run of spaces, else itself.
                if (!ASCII_SPACE[ch] || size == 0 || out[size - 1] != ' ') {
                    if (size == out.length) {
                        out = Arrays.copyOf(out, size * 2 + 8);
                        origins = Arrays.copyOf(origins, size * 2 + 8);
                    }
                    out[size] = ASCII_SPACE[ch] ? ' ' : ch;
                    origins[size++] = i;
                }
                i++;
                continue;
            }
            int cp = Character.isSurrogate(ch) ? Character.codePointAt(original, i) : ch;
            int width = Character.charCount(cp);
            String folded;
            if (cp == BlockText.SEPARATOR) {
                folded = SEPARATOR; // neither space nor apostrophe, its own decomposition, no mark
            } else if (isSpace(cp)) {
                folded = size == 0 || out[size - 1] != ' ' ? " " : "";
            } else if (isApostrophe(cp)) {
                folded = "'";
            } else if (isDoubleQuote(cp)) {
                folded = "\"";
            } else {
                folded = withoutMarks(new String(original, i, width));
            }
            if (size + folded.length() > out.length) {
                out = Arrays.copyOf(out, (size + folded.length()) * 2 + 8);
                origins = Arrays.copyOf(origins, out.length);
            }
            for (int k = 0; k < folded.length(); k++) {
                out[size] = folded.charAt(k);
                origins[size++] = i;
            }
            i += width;
        }
        return new FoldedText(Arrays.copyOf(out, size), Arrays.copyOf(origins, size));
    }

    /** A character's canonical decomposition without its non-spacing and enclosing marks. */
    private static String withoutMarks(String character) {
        String decomposed = Normalizer.normalize(character, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The folded form of a name, trimmed. */
    static String fold(String name) {
        return of(name).text().strip();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Typographic double quotes and guillemets: Barry “Butch” Wilmore is Barry "Butch" Wilmore. */
    private static boolean isDoubleQuote(int cp) {
        return cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u201F' || cp == '\u2033'
                || cp == '\uFF02' || cp == '\u00AB' || cp == '\u00BB';
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u2032' || cp == '\uFF07';
    }
}
