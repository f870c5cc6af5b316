package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Gathers the text blocks of a document in order: paragraphs (also inside lists, block quotes
 * and footnotes), headings and table rows. Code blocks, HTML blocks and link reference
 * definitions hold no article text and are skipped.
 *
 * <p>What a mention is quoted with: in a paragraph, its sentence; in a table, its whole row, the
 * cells joined by " · " ("Kimiya Yui · JAXA · flight engineer"), since a cell alone is rarely a
 * sentence; in a list item, its sentence, the first one after the list's lead-in when the
 * paragraph just before the list ends with a colon ("The crew: Kimiya Yui, JAXA"), since an item
 * is often the end of the sentence that introduces the list.
 */
final class BlockCollector {
    private BlockCollector() {
    }

    static List<BlockText> collect(Node document) {
        List<BlockText> blocks = new ArrayList<>();
        // One builder for all blocks: its arrays grow to the longest block once, not per block.
        walk(document, blocks, new BlockText.Builder());
        return blocks;
    }

    private static void walk(Node node, List<BlockText> blocks, BlockText.Builder builder) {
        if (node == null || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlBlock || node instanceof LinkReferenceDefinition) {
            return;
        }
        if (node instanceof TableRow) {
            builder.start(false, true, "");
            for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell != node.getFirstChild()) {
                    builder.joint(" \u00b7 ");
                }
                children(cell, builder, false, false);
            }
            if (!builder.isEmpty()) {
                blocks.add(builder.build());
            }
            return;
        }
        if (node instanceof Paragraph && node.getParent() instanceof ListItem item) {
            builder.start(false, false, node == item.getFirstChild() ? leadIn(item) : "");
            children(node, builder, false, false);
            if (!builder.isEmpty()) {
                blocks.add(builder.build());
            }
            return;
        }
        if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
            builder.start(node instanceof Heading);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, builder, false, false);
            }
            if (!builder.isEmpty()) {
                blocks.add(builder.build());
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, blocks, builder);
        }
    }

    /**
     * The last sentence of the paragraph just before the list of {@code item}, when it ends with a
     * colon ("The crew:"); else "".
     */
    static String leadIn(ListItem item) {
        Node list = item.getParent();
        if (list == null || !(list.getPrevious() instanceof Paragraph before)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        plain(before, text);
        String lead = text.toString().strip();
        if (!lead.endsWith(":")) {
            return "";
        }
        List<int[]> sentences = Sentences.of(lead).ranges();
        int[] last = sentences.get(sentences.size() - 1);
        return Sentences.clean(lead.substring(last[0], last[1]), 0);
    }

    /** The running text of inline nodes: literals, line breaks as spaces; images and HTML left out. */
    private static void plain(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof Code c) {
                out.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else if (!(child instanceof Image) && !(child instanceof HtmlInline)) {
                plain(child, out);
            }
        }
    }

    private static void inline(Node node, BlockText.Builder builder, boolean excluded, boolean inLink) {
        if (node instanceof Text) {
            builder.text((Text) node, excluded, inLink);
        } else if (node instanceof Code) {
            builder.shownOnly(((Code) node).getLiteral() == null ? "" : ((Code) node).getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            builder.space();
        } else if (node instanceof HtmlInline || node instanceof Image) {
            builder.separator();
        } else if (node instanceof Link) {
            Link link = (Link) node;
            boolean url = excluded || showsUrl(link);
            builder.separator();
            children(node, builder, url, true);
            builder.separator();
        } else if (node.getFirstChild() == null) {
            // An inline the matcher does not know, such as a footnote reference.
            builder.separator();
        } else {
            children(node, builder, excluded, inLink);
        }
    }

    private static void children(Node node, BlockText.Builder builder, boolean excluded, boolean inLink) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, builder, excluded, inLink);
        }
    }

    /** True for autolinks and links whose text is their own address, like {@code <https://nasa.gov>}. */
    static boolean showsUrl(Link link) {
        String destination = link.getDestination() == null ? "" : link.getDestination();
        StringBuilder text = new StringBuilder();
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text)) {
                return false;
            }
            text.append(((Text) child).getLiteral());
        }
        String shown = text.toString().strip();
        if (shown.isEmpty()) {
            return false;
        }
        if (shown.startsWith("http://") || shown.startsWith("https://") || shown.startsWith("www.")) {
            return true;
        }
        boolean address = shown.chars().noneMatch(Character::isWhitespace)
                && shown.chars().anyMatch(c -> c == '.' || c == '@' || c == '/' || c == ':');
        return address && (destination.equals(shown) || destination.endsWith(shown) || destination.endsWith(shown + "/"));
    }
}
