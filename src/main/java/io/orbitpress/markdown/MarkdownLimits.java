package io.orbitpress.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * What a Markdown text may be before it is parsed for the build: nested no deeper than
 * {@link #MAX_LEVELS} (block quotes in block quotes, lists in lists, emphasis in emphasis, links in
 * images), and no paragraph, heading or table row longer than a limit.
 *
 * <p>CommonMark's parser and renderer, and the walks over the tree that follow, go down one level
 * per call: thousands of levels overflow the stack. A paragraph of megabytes costs tens of bytes of
 * memory per character at once in every step that reads it.
 *
 * <p>Most texts are passed after one look at each line. The nesting cannot be deeper than the
 * block markers and indentation that start a line ({@code >}, {@code -}, {@code 1.}, two columns
 * a level), plus the characters that can open an inline level ({@code * _ ~ [}) in one run of
 * lines; a paragraph is not longer than its run of lines. Only a text where such a bound is over
 * its limit is parsed here, on its own, to measure.
 */
public final class MarkdownLimits {

    /** Deepest nesting accepted, in block quotes, list items, emphasis, strikethrough and links. */
    public static final int MAX_LEVELS = 100;

    /** Where a text is over a limit: line and column in the text, and the sentence to show. */
    public record Problem(int line, int column, String message) {
    }

    /**
     * The engine's syntax without its post-processors: they change no nesting (an autolink adds
     * one level at most), and the task list one walks the tree recursively. Without CommonMark's
     * own limits, which would read deeper levels as text: here they are measured.
     */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(Integer.MAX_VALUE)
            .maxInlineNesting(Integer.MAX_VALUE)
            .build();

    private MarkdownLimits() {
    }

    /**
     * The first place {@code markdown} nests deeper than {@link #MAX_LEVELS}, if any; else the
     * first paragraph, heading or table row longer than {@code paragraphCharacters}, if any.
     */
    public static Optional<Problem> check(String markdown, int paragraphCharacters) {
        Bound bound = bound(markdown);
        if (bound.block() + bound.inline() <= MAX_LEVELS && bound.run() <= paragraphCharacters) {
            return Optional.empty();
        }
        return measure(markdown, bound, paragraphCharacters);
    }

    /** The stack of the thread that measures: the same whichever thread asks, so the answer is too. */
    private static final long STACK = 16L << 20;

    /**
     * Parses {@code markdown} and walks it for the first node too deep, on a thread of its own
     * with a stack of a known size: CommonMark's inline parser goes down a level per call, and
     * deep emphasis overflows it, which the bound then says where.
     */
    private static Optional<Problem> measure(String markdown, Bound bound, int paragraphCharacters) {
        AtomicReference<Optional<Problem>> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            Node document;
            try {
                document = PARSER.parse(markdown);
            } catch (StackOverflowError e) {
                boolean inline = bound.inline() >= bound.block();
                result.set(Optional.of(new Problem(inline ? bound.inlineLine() : bound.blockLine(), 1,
                        message(inline ? "emphasis, links" : "block quotes, lists"))));
                return;
            }
            Optional<Problem> deep = deepest(document);
            result.set(deep.isPresent() ? deep : longest(document, paragraphCharacters));
        }, "orbitpress-limits", STACK);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Optional<Problem> found = result.get();
        if (found == null) {
            throw new IllegalStateException("measuring a text failed");
        }
        return found;
    }

    private static String message(String kinds) {
        return "nesting deeper than " + MAX_LEVELS + " levels (" + kinds + "); flatten it";
    }

    /**
     * Upper bounds: the most block levels a line can open or continue, and the most inline openers
     * in a run of non-blank lines outside fenced code, with their lines; and the longest run of
     * lines a paragraph could be (a run ends at a blank line, and at a line that starts a list
     * item, a heading or HTML, or has a table's {@code |}).
     */
    record Bound(int block, int blockLine, int inline, int inlineLine, int run) {
    }

    static Bound bound(String text) {
        int block = 0;
        int blockLine = 1;
        int inline = 0;
        int inlineLine = 1;
        int run = 0;
        int runLine = 1;
        int chars = 0;
        int longest = 0;
        char fence = 0;
        int fenceLength = 0;
        int line = 1;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            // the container markers and indentation that start the line
            int columns = 0;
            int markers = 0;
            boolean item = false;
            int at = i;
            while (at < end) {
                char c = text.charAt(at);
                if (c == ' ') {
                    columns++;
                    at++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    at++;
                } else if (c == '>') {
                    markers++;
                    at++;
                } else {
                    int marker = listMarker(text, at, end);
                    if (marker == 0) {
                        break;
                    }
                    markers++;
                    item = true;
                    at += marker;
                }
            }
            int levels = markers + columns / 2;
            if (levels > block) {
                block = levels;
                blockLine = line;
            }
            // fenced code: its lines open nothing inline
            int fenceRun = fenceAt(text, at, end);
            if (fence != 0) {
                if (fenceRun >= fenceLength && text.charAt(at) == fence && blankFrom(text, at + fenceRun, end)) {
                    fence = 0;
                }
            } else if (fenceRun > 0) {
                fence = text.charAt(at);
                fenceLength = fenceRun;
                run = 0;
                chars = 0;
            } else if (at == end || blankFrom(text, at, end)) {
                run = 0;
                chars = 0;
            } else {
                char first = text.charAt(at);
                if (item || first == '#' || first == '<' || has(text, '|', at, end)) {
                    chars = 0;
                }
                chars += end - i + 1;
                longest = Math.max(longest, chars);
                if (run == 0) {
                    runLine = line;
                }
                for (int k = at; k < end; k++) {
                    char c = text.charAt(k);
                    if (c == '*' || c == '_' || c == '~' || c == '[') {
                        run++;
                    }
                }
                if (run > inline) {
                    inline = run;
                    inlineLine = runLine;
                }
            }
            line++;
            i = end + 1;
        }
        return new Bound(block, blockLine, inline, inlineLine, longest);
    }

    /** The width of a list marker and the space after it at {@code at} ("- ", "12. "), or 0. */
    private static int listMarker(String text, int at, int end) {
        char c = text.charAt(at);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = at + 1;
        } else if (c >= '0' && c <= '9') {
            after = at;
            while (after < end && after - at < 9 && text.charAt(after) >= '0' && text.charAt(after) <= '9') {
                after++;
            }
            if (after >= end || text.charAt(after) != '.' && text.charAt(after) != ')') {
                return 0;
            }
            after++;
        } else {
            return 0;
        }
        if (after == end) {
            return after - at;
        }
        char space = text.charAt(after);
        return space == ' ' || space == '\t' ? after + 1 - at : 0;
    }

    /** The length of a run of three or more backticks or tildes at {@code at}, or 0. */
    private static int fenceAt(String text, int at, int end) {
        if (at >= end || text.charAt(at) != '`' && text.charAt(at) != '~') {
            return 0;
        }
        char c = text.charAt(at);
        int k = at;
        while (k < end && text.charAt(k) == c) {
            k++;
        }
        return k - at >= 3 ? k - at : 0;
    }

    private static boolean blankFrom(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The first node deeper than the limit, walked without recursion, with the kinds of its levels. */
    static Optional<Problem> deepest(Node document) {
        Node node = document.getFirstChild();
        int levels = 0;
        while (node != null) {
            if (level(node) != null) {
                levels++;
                if (levels > MAX_LEVELS) {
                    return Optional.of(problem(node));
                }
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            if (level(node) != null) {
                levels--;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                if (node != document && level(node) != null) {
                    levels--;
                }
            }
            node = node == document ? null : node.getNext();
        }
        return Optional.empty();
    }

    /** The first paragraph, heading or table row longer than {@code limit} characters, walked without recursion. */
    static Optional<Problem> longest(Node document, int limit) {
        for (Node n = document; n != null; n = next(n, document, n instanceof Paragraph || n instanceof Heading
                || n instanceof TableRow)) {
            if (!(n instanceof Paragraph || n instanceof Heading || n instanceof TableRow)) {
                continue;
            }
            List<SourceSpan> spans = n.getSourceSpans();
            long length = 0;
            for (SourceSpan span : spans) {
                length += span.getLength() + 1;
            }
            if (length - 1 > limit && !spans.isEmpty()) {
                String what = n instanceof Paragraph ? "paragraph" : n instanceof Heading ? "heading" : "table row";
                return Optional.of(new Problem(spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1,
                        String.format(Locale.ROOT, "a %s of %,d characters; one may have at most %,d"
                                + " (limits.paragraphCharacters in site.yaml): break it up with blank lines",
                                what, length - 1, limit)));
            }
        }
        return Optional.empty();
    }

    /** The node after {@code n} inside {@code root}, in document order; {@code skip} passes over what is in {@code n}. */
    private static Node next(Node n, Node root, boolean skip) {
        if (!skip && n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        while (n != root && n.getNext() == null) {
            n = n.getParent();
        }
        return n == root ? null : n.getNext();
    }

    /** What kind of level a node is ("block quotes"), or null for a node that is none. */
    private static String level(Node node) {
        if (node instanceof BlockQuote) {
            return "block quotes";
        }
        if (node instanceof ListItem) {
            return "lists";
        }
        if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            return "emphasis";
        }
        if (node instanceof Strikethrough) {
            return "strikethrough";
        }
        if (node instanceof Link || node instanceof Image) {
            return "links";
        }
        if (node instanceof CustomBlock) {
            return "blocks";
        }
        return null;
    }

    private static Problem problem(Node deep) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Node n = deep; n != null; n = n.getParent()) {
            String kind = level(n);
            if (kind != null) {
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(kinds.keySet());
        names.sort((a, b) -> kinds.get(b) - kinds.get(a));
        int line = 1;
        int column = 1;
        for (Node n = deep; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                line = spans.get(0).getLineIndex() + 1;
                column = spans.get(0).getColumnIndex() + 1;
                break;
            }
        }
        return new Problem(line, column, message(String.join(", ", names)));
    }

    /** Whether {@code c} is in {@code text} from {@code from} up to {@code to} (a line: not the rest of the text). */
    private static boolean has(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }
}
