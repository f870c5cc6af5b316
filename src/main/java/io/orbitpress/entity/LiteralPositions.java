package io.orbitpress.entity;

import java.util.Arrays;
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
 * assumed, and the rest is taken as trailing space. A dash or ellipsis is as typed: one that
 * {@code markdown.typographer} made of {@code --}, {@code ---} or {@code ...} is a text of its own,
 * whose place is those characters (see the markdown package's Typographer), so the texts beside it
 * have theirs as written. Characters before the first guessed difference are always exact.
 */
final class LiteralPositions {
    private static final String LIKELY_ESCAPED = "\\*_`[]#|~!<>";
    private static final String SURELY_ESCAPED = "\\*_`";

    private LiteralPositions() {
    }

    /**
     * Writes the 0-based line and column of each character of {@code text}'s literal into
     * {@code lines} and {@code columns}, from index {@code at} on.
     */
    static void write(Text text, int[] lines, int[] columns, int at) {
        String literal = text.getLiteral() == null ? "" : text.getLiteral();
        int length = literal.length();
        List<SourceSpan> spans = text.getSourceSpans();
        int sourceLength = 0;
        for (int s = 0; s < spans.size(); s++) {
            sourceLength += spans.get(s).getLength();
        }
        if (sourceLength == 0) {
            SourceSpan outer = nearestSpan(text);
            Arrays.fill(lines, at, at + length, outer == null ? -1 : outer.getLineIndex());
            Arrays.fill(columns, at, at + length, outer == null ? -1 : outer.getColumnIndex());
            return;
        }
        int[] offsets = sourceOffsets(literal, sourceLength, beforeLineBreak(text));
        int spanIndex = 0;
        int spanStart = 0;
        SourceSpan span = spans.get(0);
        for (int i = 0; i < length; i++) {
            int offset = offsets[i];
            while (spanIndex < spans.size() - 1 && offset >= spanStart + span.getLength()) {
                spanStart += span.getLength();
                span = spans.get(++spanIndex);
            }
            lines[at + i] = span.getLineIndex();
            columns[at + i] = span.getColumnIndex() + Math.min(offset - spanStart, Math.max(0, span.getLength() - 1));
        }
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
        Arrays.fill(widths, 1);
        int remaining = sourceLength - length;
        int[] passes = beforeLineBreak ? AS_TYPED_BEFORE_BREAK : AS_TYPED;
        for (int p = 0; p < passes.length && remaining > 0; p++) {
            int pass = passes[p];
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

    /** The passes of {@link #extraWidth}, in order; at a line's end, fewer. */
    private static final int[] AS_TYPED = {0, 2, 3};
    private static final int[] AS_TYPED_BEFORE_BREAK = {0, 2};

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
            case 2:
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
