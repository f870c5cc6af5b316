package io.orbitpress.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * HTML comments in a story's text ({@code <!-- check the quote with NASA -->}): notes of its
 * writers and editors, which no reader is to see. They are taken out of the text before anything
 * reads it, so no page, feed, search entry or summary holds them, whether raw HTML is shown
 * escaped or passed through ({@code markdown.unsafe}). A comment that is not closed is left as it
 * is and told of: CommonMark reads the rest of its block, or of the story, as part of it.
 */
public final class HtmlComments {

    private HtmlComments() {
    }

    /**
     * Takes every closed comment out of {@code document}: a block left empty goes, a block with
     * HTML besides keeps that. The places of the comments that are not closed, each where its
     * {@code <!--} stands.
     */
    public static List<MarkdownFacts.Found> remove(Node document) {
        List<Node> gone = new ArrayList<>();
        List<MarkdownFacts.Found> open = new ArrayList<>();
        for (Node n = MarkdownFacts.next(document, document, false); n != null; n = MarkdownFacts.next(n, document, false)) {
            if (n instanceof HtmlInline i && i.getLiteral().startsWith("<!--")) {
                gone.add(n); // an inline comment is one node, closed: the parser reads no other
            } else if (n instanceof HtmlBlock b && b.getLiteral().contains("<!--")) {
                String literal = b.getLiteral();
                StringBuilder kept = new StringBuilder(literal.length());
                int from = 0;
                for (int at = literal.indexOf("<!--"); at >= 0; at = literal.indexOf("<!--", from)) {
                    int end = close(literal, at);
                    if (end < 0) {
                        open.add(place(b, literal, at));
                        break;
                    }
                    kept.append(literal, from, at);
                    from = end;
                }
                kept.append(literal, from, literal.length());
                if (kept.toString().isBlank()) {
                    gone.add(n);
                } else if (kept.length() != literal.length()) {
                    b.setLiteral(kept.toString().strip() + "\n");
                }
            }
        }
        gone.forEach(Node::unlink);
        return open;
    }

    /** Where the comment opened at {@code at} ends (after its {@code -->}), or -1 when it does not. */
    private static int close(String text, int at) {
        // "<!-->" and "<!--->" are comments that end at once (CommonMark 0.31, HTML)
        if (text.startsWith("<!-->", at)) {
            return at + 5;
        }
        if (text.startsWith("<!--->", at)) {
            return at + 6;
        }
        int end = text.indexOf("-->", at + 4);
        return end < 0 ? -1 : end + 3;
    }

    /** The line and column of {@code at} in block {@code b}, from the block's first line. */
    private static MarkdownFacts.Found place(HtmlBlock b, String literal, int at) {
        List<SourceSpan> spans = b.getSourceSpans();
        int line = spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
        int lineStart = literal.lastIndexOf('\n', at) + 1;
        line += (int) literal.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = at - lineStart + 1 + (lineStart == 0 && !spans.isEmpty() ? spans.get(0).getColumnIndex() : 0);
        return new MarkdownFacts.Found(line, column, "<!--");
    }
}
