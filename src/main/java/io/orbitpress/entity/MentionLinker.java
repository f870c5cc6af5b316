package io.orbitpress.entity;

import java.util.List;

import org.commonmark.node.Link;
import org.commonmark.node.Text;

/** Turns chosen mentions into links by splitting the Text node that holds each one. */
final class MentionLinker {
    private MentionLinker() {
    }

    /** A mention can be linked when it lies in one Text node, outside links and headings. */
    static boolean linkable(MentionExtractor.Found found) {
        BlockText block = found.block();
        if (block.heading() || found.end() <= found.start()) {
            return false;
        }
        Text node = block.node(found.start());
        if (node == null) {
            return false;
        }
        int offset = block.nodeOffset(found.start());
        for (int i = found.start(); i < found.end(); i++) {
            if (block.node(i) != node || block.nodeOffset(i) != offset + (i - found.start()) || block.inLink(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Links each mention, given in document order, to its href (none when null). Mentions are
     * split from the last one back, so a Text node keeps its earlier offsets valid.
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
        Text node = block.node(found.start());
        String literal = node.getLiteral();
        int from = block.nodeOffset(found.start());
        int to = from + (found.end() - found.start());
        Link link = new Link(href, null);
        link.appendChild(new Text(literal.substring(from, to)));
        node.insertAfter(link);
        if (to < literal.length()) {
            link.insertAfter(new Text(literal.substring(to)));
        }
        if (from == 0) {
            node.unlink();
        } else {
            node.setLiteral(literal.substring(0, from));
        }
    }
}
