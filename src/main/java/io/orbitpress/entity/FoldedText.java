package io.orbitpress.entity;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text with accents removed, typographic apostrophes made plain and whitespace runs made one
 * space, keeping for each folded character the index of the original character it came from.
 * Names and article text are folded the same way, so {@code Raphael} finds {@code Raphaël} and
 * the other way round.
 */
final class FoldedText {
    private final String text;
    private final int[] origins;

    private FoldedText(String text, int[] origins) {
        this.text = text;
        this.origins = origins;
    }

    String text() {
        return text;
    }

    /** Index in the original text of folded character {@code i}. */
    int origin(int i) {
        return origins[i];
    }

    /** Index in the original text just after folded character {@code i}, marks included. */
    int originEnd(String original, int i) {
        int end = origins[i] + Character.charCount(original.codePointAt(origins[i]));
        while (end < original.length() && Character.getType(original.charAt(end)) == Character.NON_SPACING_MARK) {
            end++;
        }
        return end;
    }

    static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origins = new int[original.length() + 8];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSpace(cp)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    origins = put(out, origins, ' ', i);
                }
            } else if (cp < 0x80) {
                origins = put(out, origins, (char) cp, i);
            } else if (isApostrophe(cp)) {
                origins = put(out, origins, '\'', i);
            } else {
                String decomposed = Normalizer.normalize(original.substring(i, i + width), Normalizer.Form.NFD);
                for (int k = 0; k < decomposed.length(); k++) {
                    char c = decomposed.charAt(k);
                    int type = Character.getType(c);
                    if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                        origins = put(out, origins, c, i);
                    }
                }
            }
            i += width;
        }
        return new FoldedText(out.toString(), Arrays.copyOf(origins, out.length()));
    }

    /** The folded form of a name, trimmed. */
    static String fold(String name) {
        return of(name).text().strip();
    }

    private static int[] put(StringBuilder out, int[] origins, char c, int origin) {
        int[] grown = out.length() == origins.length ? Arrays.copyOf(origins, origins.length * 2 + 8) : origins;
        grown[out.length()] = origin;
        out.append(c);
        return grown;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\u2032' || cp == '\uFF07';
    }
}
