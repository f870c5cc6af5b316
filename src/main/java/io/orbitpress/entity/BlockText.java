package io.orbitpress.entity;

import java.util.Arrays;

import org.commonmark.node.Text;

/**
 * The text of one block (paragraph, heading, table row), gathered from its inline nodes.
 *
 * <p>Two strings of equal length: {@link #display()} is what a reader sees (code spans shown
 * literally, HTML and images as {@link #SEPARATOR}), {@link #match()} is where names may be found
 * (everything that must never match replaced by {@link #SEPARATOR}). Each character keeps its
 * source position, and characters that come from a {@link Text} node keep that node and the
 * offset in its literal, so a mention can be turned into a link later.
 *
 * <p>A block may be quoted {@link #whole()} rather than by the sentence around a mention (a table
 * row, its cells joined by " · "), and may have a {@link #lead()} its first sentence is quoted
 * after (a list item, after the list's "The crew:").
 *
 * <p>Not safe for use by several threads at once: {@link #match()} is made on first use.
 */
final class BlockText {
    /** Breaks words: nothing matches across or inside it. */
    static final char SEPARATOR = '\uFFFC';

    private final String display;
    private final char[] matchChars;
    /** {@link #matchChars} as a string, made on first use: scanning needs only the characters. */
    private String match;
    private final int[] lines;
    private final int[] columns;
    private final Text[] nodes;
    private final int[] nodeOffsets;
    private final boolean[] inLink;
    private final boolean heading;
    private final boolean whole;
    private final String lead;

    private BlockText(Builder b) {
        int n = b.size;
        this.display = new String(b.display, 0, n);
        this.matchChars = Arrays.copyOf(b.match, n);
        this.lines = Arrays.copyOf(b.lines, n);
        this.columns = Arrays.copyOf(b.columns, n);
        this.nodes = Arrays.copyOf(b.nodes, n);
        this.nodeOffsets = Arrays.copyOf(b.nodeOffsets, n);
        this.inLink = Arrays.copyOf(b.inLink, n);
        this.heading = b.heading;
        this.whole = b.whole;
        this.lead = b.lead;
    }

    /** Whether a mention in this block is quoted with the whole block rather than its sentence. */
    boolean whole() {
        return whole;
    }

    /** What the block's first sentence is quoted after ("" when nothing): a list's lead-in, like "The crew:". */
    String lead() {
        return lead;
    }

    String display() {
        return display;
    }

    String match() {
        if (match == null) {
            match = new String(matchChars);
        }
        return match;
    }

    /** The characters of {@link #match()}, for scanning loops; not to be changed. */
    char[] matchChars() {
        return matchChars;
    }

    boolean heading() {
        return heading;
    }

    /** 1-based line of the character at {@code i}, or of the nearest character with a position. */
    int line(int i) {
        int at = positioned(i);
        return at < 0 ? 0 : lines[at] + 1;
    }

    /** 1-based column of the character at {@code i}, or of the nearest character with a position. */
    int column(int i) {
        int at = positioned(i);
        return at < 0 ? 0 : columns[at] + 1;
    }

    private int positioned(int i) {
        for (int j = i; j < lines.length; j++) {
            if (lines[j] >= 0) {
                return j;
            }
        }
        for (int j = Math.min(i, lines.length) - 1; j >= 0; j--) {
            if (lines[j] >= 0) {
                return j;
            }
        }
        return -1;
    }

    Text node(int i) {
        return nodes[i];
    }

    int nodeOffset(int i) {
        return nodeOffsets[i];
    }

    boolean inLink(int i) {
        return inLink[i];
    }

    static final class Builder {
        private int size;
        private char[] display = new char[64];
        private char[] match = new char[64];
        private int[] lines = new int[64];
        private int[] columns = new int[64];
        private Text[] nodes = new Text[64];
        private int[] nodeOffsets = new int[64];
        private boolean[] inLink = new boolean[64];
        private boolean heading;
        private boolean whole;
        private String lead = "";
        Builder() {
        }

        /** Starts a new, empty block; what was built before is kept by the BlockText made of it. */
        void start(boolean heading) {
            start(heading, false, "");
        }

        /** Starts a new, empty block, quoted whole when {@code whole}, its first sentence after {@code lead}. */
        void start(boolean heading, boolean whole, String lead) {
            this.heading = heading;
            this.whole = whole;
            this.lead = lead;
            this.size = 0;
        }

        /** Appends text that joins parts of a block (" · " between cells): shown, never matched. */
        void joint(String text) {
            for (int i = 0; i < text.length(); i++) {
                append(text.charAt(i), SEPARATOR, -1, -1, null, -1, false);
            }
        }

        /** Appends a Text node's literal; {@code excluded} text is shown but never matched. */
        void text(Text text, boolean excluded, boolean link) {
            String literal = text.getLiteral() == null ? "" : text.getLiteral();
            int length = literal.length();
            if (length == 0) {
                return;
            }
            int at = size;
            ensureCapacity(at + length);
            literal.getChars(0, length, display, at);
            if (excluded) {
                Arrays.fill(match, at, at + length, SEPARATOR);
            } else {
                System.arraycopy(display, at, match, at, length);
            }
            LiteralPositions.write(text, lines, columns, at);
            Arrays.fill(nodes, at, at + length, text);
            for (int i = 0; i < length; i++) {
                nodeOffsets[at + i] = i;
            }
            Arrays.fill(inLink, at, at + length, link);
            size += length;
        }

        /** Appends text a reader sees but that must never match, such as a code span. */
        void shownOnly(String literal) {
            separator();
            for (int i = 0; i < literal.length(); i++) {
                append(literal.charAt(i), SEPARATOR, -1, -1, null, -1, false);
            }
            separator();
        }

        void space() {
            append(' ', ' ', -1, -1, null, -1, false);
        }

        void separator() {
            append(SEPARATOR, SEPARATOR, -1, -1, null, -1, false);
        }

        boolean isEmpty() {
            return size == 0;
        }

        BlockText build() {
            return new BlockText(this);
        }

        private void append(char shown, char matched, int line, int column, Text node, int offset, boolean link) {
            int at = size;
            ensureCapacity(at + 1);
            display[at] = shown;
            match[at] = matched;
            lines[at] = line;
            columns[at] = column;
            nodes[at] = node;
            nodeOffsets[at] = offset;
            inLink[at] = link;
            size++;
        }

        /** Grows the per-character arrays, doubling, until they hold {@code size} characters. */
        private void ensureCapacity(int size) {
            if (size <= lines.length) {
                return;
            }
            int grown = lines.length;
            while (grown < size) {
                grown *= 2;
            }
            display = Arrays.copyOf(display, grown);
            match = Arrays.copyOf(match, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
            nodes = Arrays.copyOf(nodes, grown);
            nodeOffsets = Arrays.copyOf(nodeOffsets, grown);
            inLink = Arrays.copyOf(inLink, grown);
        }
    }
}
