package io.orbitpress.markdown;

import java.util.Objects;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * The GFM autolink extension, run only on text that could hold a link. The extension reads
 * every text of a document character by character for a URL, an e-mail address or a
 * {@code www.} name (a tenth of parsing); none of them can be there without a {@code :}, an
 * {@code @} or three {@code w}s in a row, and most text has none. Text that has one goes to the
 * extension itself, so what is linked is exactly what it links.
 */
final class TriggeredAutolink implements Parser.ParserExtension {

    private final PostProcessor autolink = postProcessorOf(AutolinkExtension.create());

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(this::process);
    }

    /**
     * Every Text outside a link that may hold one, handed to the extension; a walk down the tree
     * without recursion, so that depth costs no stack. The extension replaces a Text by links and
     * texts in its place: where to go next is taken before.
     */
    private Node process(Node document) {
        Node node = document.getFirstChild();
        while (node != null) {
            // the extension leaves the text of a link alone
            Node down = node instanceof Link ? null : node.getFirstChild();
            Node next = node.getNext();
            Node parent = node.getParent();
            if (node instanceof Text text && mayHoldLink(text.getLiteral())) {
                autolink.process(text);
            }
            if (down != null) {
                node = down;
                continue;
            }
            while (next == null && parent != null && parent != document) {
                next = parent.getNext();
                parent = parent.getParent();
            }
            node = next;
        }
        return document;
    }

    /** Whether {@code s} has a {@code :}, an {@code @} or {@code www} in any case. */
    static boolean mayHoldLink(String s) {
        int ws = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '@') {
                return true;
            }
            ws = c == 'w' || c == 'W' ? ws + 1 : 0;
            if (ws == 3) {
                return true;
            }
        }
        return false;
    }

    /** The post-processor an extension adds to a parser. */
    private static PostProcessor postProcessorOf(Extension extension) {
        PostProcessor[] added = new PostProcessor[1];
        ((Parser.ParserExtension) extension).extend(new Parser.Builder() {
            @Override
            public Parser.Builder postProcessor(PostProcessor p) {
                added[0] = p;
                return this;
            }
        });
        return Objects.requireNonNull(added[0], "the autolink extension added no post-processor");
    }
}
