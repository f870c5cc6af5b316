package io.orbitpress.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * How deep a Markdown text nests: block quotes in block quotes, lists in lists, emphasis in
 * emphasis, links in images. CommonMark's parser and renderer, and the walks over the tree that
 * follow, go down one level per call; thousands of levels overflow the stack. A text nesting
 * deeper than {@link #MAX_LEVELS} is refused before it is parsed for the build.
 *
 * <p>Most texts are passed after one look at each line: the nesting cannot be deeper than the
 * block markers and indentation that start a line ({@code >}, {@code -}, {@code 1.}, two columns
 * a level), plus the characters that can open an inline level ({@code * _ ~ [}) in one run of
 * lines. Only a text where that bound is over the limit is parsed here, on its own, to measure.
 */
public final class Nesting {

    /** Deepest nesting accepted, in block quotes, list items, emphasis, strikethrough and links. */
    public static final int MAX_LEVELS = 100;

    /** Where a text nests too deeply: line and column in the text, and the sentence to show. */
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

    private Nesting() {
    }

    /** The first place {@code markdown} nests deeper than {@link #MAX_LEVELS}, if any. */
    public static Optional<Problem> check(String markdown) {
        Bound bound = bound(markdown);
        if (bound.block() + bound.inline() <= MAX_LEVELS) {
            return Optional.empty();
        }
        return measure(markdown, bound);
    }

    /** The stack of the thread that measures: the same whichever thread asks, so the answer is too. */
    private static final long STACK = 16L << 20;

    /**
     * Parses {@code markdown} and walks it for the first node too deep, on a thread of its own
     * with a stack of a known size: CommonMark's inline parser goes down a level per call, and
     * deep emphasis overflows it, which the bound then says where.
     */
    private static Optional<Problem> measure(String markdown, Bound bound) {
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
            result.set(deepest(document));
        }, "orbitpress-nesting", STACK);
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
            throw new IllegalStateException("measuring the nesting of a text failed");
        }
        return found;
    }

    private static String message(String kinds) {
        return "nesting deeper than " + MAX_LEVELS + " levels (" + kinds + "); flatten it";
    }

    /**
     * An upper bound of the nesting: the most block levels a line can open or continue, and the
     * most inline openers in a run of non-blank lines outside fenced code; with their lines.
     */
    record Bound(int block, int blockLine, int inline, int inlineLine) {
    }

    static Bound bound(String text) {
        int block = 0;
        int blockLine = 1;
        int inline = 0;
        int inlineLine = 1;
        int run = 0;
        int runLine = 1;
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
            } else if (at == end || blankFrom(text, at, end)) {
                run = 0;
            } else {
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
        return new Bound(block, blockLine, inline, inlineLine);
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
}
