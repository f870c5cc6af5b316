package io.orbitpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * The summary marker of Hugo and Jekyll, {@code <!--more-->} (or {@code <!-- more -->}): the text
 * before it is the article's summary, and the marker itself is not shown (it used to be printed
 * as text, since raw HTML is escaped).
 */
public final class MoreMarker {

    private static final Pattern MARKER = Pattern.compile("(?is)\\s*<!--\\s*more\\s*-->\\s*");

    private MoreMarker() {
    }

    /**
     * Takes every marker out of {@code document}; the plain text before the first one, or empty
     * when there is none. Headings, code and raw HTML before it are not part of the summary.
     */
    public static Optional<String> cut(Node document) {
        List<Node> markers = new ArrayList<>();
        collect(document, markers);
        if (markers.isEmpty()) {
            return Optional.empty();
        }
        Node first = markers.get(0);
        Node top = first;
        while (top.getParent() != null && !(top.getParent() instanceof Document)) {
            top = top.getParent();
        }
        StringBuilder text = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null && n != top; n = n.getNext()) {
            append(text, n);
        }
        if (first instanceof HtmlInline) {
            text.append(' ');
            for (Node n = first.getParent().getFirstChild(); n != null && n != first; n = n.getNext()) {
                text.append(MarkdownFacts.plainText(n));
            }
        }
        markers.forEach(Node::unlink);
        return Optional.of(text.toString().replaceAll("\\s+", " ").strip());
    }

    private static void append(StringBuilder text, Node block) {
        if (block instanceof Heading || block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock
                || block instanceof HtmlBlock || block instanceof ThematicBreak) {
            return;
        }
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(MarkdownFacts.plainText(block));
    }

    /** The marker nodes below {@code node}, in document order. */
    private static void collect(Node node, List<Node> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock b && MARKER.matcher(b.getLiteral()).matches()
                    || n instanceof HtmlInline i && MARKER.matcher(i.getLiteral()).matches()) {
                out.add(n);
            } else {
                collect(n, out);
            }
        }
    }
}
