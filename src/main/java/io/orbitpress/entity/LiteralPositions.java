package io.orbitpress.entity;

import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Block;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Source line and column of each character of a {@link Text} node's literal.
 *
 * <p>The parser merges neighbouring text, so one node's source spans may cover backslash
 * escapes ({@code \*}), entities ({@code &amp;amp;}) and stripped trailing spaces that its literal
 * no longer holds. When the lengths differ, the missing source characters are guessed: entities
 * first, then escapes of Markdown punctuation, then other punctuation. Text at the end of a line
 * may also have lost trailing spaces, so there only entities and escapes of {@code \ * _ `} are
 * assumed, and the rest is taken as trailing space. Characters before the first guessed
 * difference are always exact.
 */
final class LiteralPositions {
    private static final String LIKELY_ESCAPED = "\\*_`[]#|~!<>";
    private static final String SURELY_ESCAPED = "\\*_`";

    private final int[] lines;
    private final int[] columns;

    private LiteralPositions(int[] lines, int[] columns) {
        this.lines = lines;
        this.columns = columns;
    }

    /** 0-based line of literal character {@code i}. */
    int line(int i) {
        return lines[i];
    }

    /** 0-based column of literal character {@code i}. */
    int column(int i) {
        return columns[i];
    }

    /** Copies the lines and columns of all literal characters into the arrays from {@code at} on. */
    void copyTo(int[] lineArray, int[] columnArray, int at) {
        System.arraycopy(lines, 0, lineArray, at, lines.length);
        System.arraycopy(columns, 0, columnArray, at, columns.length);
    }

    static LiteralPositions of(Text text) {
        String literal = text.getLiteral() == null ? "" : text.getLiteral();
        int length = literal.length();
        int[] lines = new int[length];
        int[] columns = new int[length];
        List<SourceSpan> spans = text.getSourceSpans();
        int sourceLength = 0;
        for (SourceSpan span : spans) {
            sourceLength += span.getLength();
        }
        if (sourceLength == 0) {
            SourceSpan outer = nearestSpan(text);
            for (int i = 0; i < length; i++) {
                lines[i] = outer == null ? -1 : outer.getLineIndex();
                columns[i] = outer == null ? -1 : outer.getColumnIndex();
            }
            return new LiteralPositions(lines, columns);
        }
        int[] offsets = sourceOffsets(literal, sourceLength, beforeLineBreak(text));
        int spanIndex = 0;
        int spanStart = 0;
        for (int i = 0; i < length; i++) {
            int offset = offsets[i];
            while (spanIndex < spans.size() - 1 && offset >= spanStart + spans.get(spanIndex).getLength()) {
                spanStart += spans.get(spanIndex).getLength();
                spanIndex++;
            }
            SourceSpan span = spans.get(spanIndex);
            lines[i] = span.getLineIndex();
            columns[i] = span.getColumnIndex() + Math.min(offset - spanStart, Math.max(0, span.getLength() - 1));
        }
        return new LiteralPositions(lines, columns);
    }

    /** Offset of each literal character within the concatenated source spans. */
    static int[] sourceOffsets(String literal, int sourceLength, boolean beforeLineBreak) {
        int length = literal.length();
        int[] offsets = new int[length];
        if (sourceLength <= length) {
            for (int i = 0; i < length; i++) {
                offsets[i] = Math.min(i, sourceLength - 1);
            }
            return offsets;
        }
        int[] widths = new int[length];
        java.util.Arrays.fill(widths, 1);
        int remaining = sourceLength - length;
        int passes = beforeLineBreak ? 2 : 3;
        for (int pass = 0; pass < passes && remaining > 0; pass++) {
            for (int i = 0; i < length && remaining > 0; i++) {
                if (widths[i] != 1) {
                    continue;
                }
                int extra = extraWidth(literal.charAt(i), pass, beforeLineBreak);
                if (extra > 0 && extra <= remaining) {
                    widths[i] += extra;
                    remaining -= extra;
                }
            }
        }
        int offset = 0;
        for (int i = 0; i < length; i++) {
            offsets[i] = offset + widths[i] - 1;
            offset += widths[i];
        }
        return offsets;
    }

    private static int extraWidth(char c, int pass, boolean beforeLineBreak) {
        switch (pass) {
            case 0:
                switch (c) {
                    case '&': return 4;      // &amp;
                    case '<', '>': return 3; // &lt; &gt;
                    case '"', '\u00A0': return 5; // &quot; &nbsp;
                    case '\u2014', '\u2013': return 6; // &mdash; &ndash;
                    default: return 0;
                }
            case 1:
                return (beforeLineBreak ? SURELY_ESCAPED : LIKELY_ESCAPED).indexOf(c) >= 0 ? 1 : 0;
            default:
                return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) ? 1 : 0;
        }
    }

    /** Text at the end of a line or block, whose source may hold trailing spaces the literal lost. */
    private static boolean beforeLineBreak(Text text) {
        Node next = text.getNext();
        if (next == null) {
            Node parent = text.getParent();
            return parent instanceof Block || parent instanceof TableCell;
        }
        return next instanceof SoftLineBreak || next instanceof HardLineBreak;
    }

    private static SourceSpan nearestSpan(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0);
            }
        }
        return null;
    }
}
