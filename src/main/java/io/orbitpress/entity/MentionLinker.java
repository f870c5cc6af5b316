package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Turns chosen mentions into links by splitting the Text nodes that hold them. A mention may span
 * several sibling nodes joined by line breaks ({@code Zena\nCardman}), but not emphasis or code.
 */
final class MentionLinker {
    private MentionLinker() {
    }

    /** A mention can be linked when it lies in sibling Text nodes, outside links and headings. */
    static boolean linkable(MentionExtractor.Found found) {
        BlockText block = found.block();
        if (block.heading() || found.end() <= found.start()) {
            return false;
        }
        for (int i = found.start(); i < found.end(); i++) {
            if (block.inLink(i)) {
                return false;
            }
        }
        Text first = block.node(found.start());
        Text last = block.node(found.end() - 1);
        if (first == null || last == null || first.getParent() != last.getParent()) {
            return false;
        }
        for (Node n = first; n != last; n = n.getNext()) {
            if (n == null || !(n instanceof Text || n instanceof SoftLineBreak || n instanceof HardLineBreak)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Links each mention, given in document order, to its href (none when null). Mentions are
     * wrapped from the last one back, and a split Text node keeps its leading part, so the
     * offsets of earlier mentions stay valid.
     */
    static void link(List<MentionExtractor.Found> mentions, List<String> hrefs) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (hrefs.get(i) != null) {
                wrap(mentions.get(i), hrefs.get(i));
            }
        }
    }

    private static void wrap(MentionExtractor.Found found, String href) {
        BlockText block = found.block();
        Text first = block.node(found.start());
        Text last = block.node(found.end() - 1);
        int from = block.nodeOffset(found.start());
        int to = block.nodeOffset(found.end() - 1) + 1;
        String firstLiteral = first.getLiteral();
        String lastLiteral = last.getLiteral();

        List<Node> inside = new ArrayList<>();
        for (Node n = first.getNext(); first != last && n != null; n = n.getNext()) {
            inside.add(n);
            if (n == last) {
                break;
            }
        }
        Link link = new Link(href, null);
        first.insertAfter(link);
        link.appendChild(new Text(firstLiteral.substring(from, first == last ? to : firstLiteral.length())));
        for (Node n : inside) {
            n.unlink();
            link.appendChild(n);
        }
        if (to < lastLiteral.length()) {
            link.insertAfter(new Text(lastLiteral.substring(to)));
        }
        if (first != last) {
            last.setLiteral(lastLiteral.substring(0, to));
        }
        if (from == 0) {
            first.unlink();
        } else {
            first.setLiteral(firstLiteral.substring(0, from));
        }
    }
}
