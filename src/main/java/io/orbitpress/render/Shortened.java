package io.orbitpress.render;

/**
 * A text cut to a length for a summary or a description, as link previews and search results
 * show one: after its last whole word in reach ("cosmonauts Sergey Ryzhikov and…" rather than
 * "cosmonauts Sergey Ryzhi…"), without the space, comma or dash before the cut, never between the
 * two halves of a character beyond the Basic Multilingual Plane (an emoji, which a page would
 * write as "?"), and marked with one ellipsis character. A text without a space in reach (a run
 * of emoji, a language written without spaces) is cut at the limit.
 */
public final class Shortened {

    /** What ends a text that was cut. */
    public static final String MARK = "\u2026";

    private Shortened() {
    }

    /** {@code text} as it is when it has at most {@code max} characters, else cut to at most {@code max} with {@link #MARK}. */
    public static String of(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - MARK.length();
        int space = end;
        while (space > max / 2 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        if (space > max / 2) {
            end = space;
            while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:\u2013\u2014-".indexOf(text.charAt(end - 1)) >= 0)) {
                end--;
            }
        } else if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + MARK;
    }
}
