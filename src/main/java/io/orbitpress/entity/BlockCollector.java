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
 * <p>What a mention is quoted with: in a paragraph, its sentence; in a table, its whole row, each
 * cell after its column's header and the cells joined by " · " ("Crew: Kimiya Yui · Agency: JAXA ·
 * Role: flight engineer"), since a cell alone is rarely a sentence and says little without its
 * header; in a list item, its sentence, the first one after the list's lead-in when the paragraph
 * just before the list ends with a colon ("The crew: Kimiya Yui, JAXA"), since an item is often
 * the end of the sentence that introduces the list.
 */
final class BlockCollector {
    private BlockCollector() {
    }

    /** The text blocks of {@code document}. */
    static List<BlockText> collect(Node document) {
        List<BlockText> blocks = new ArrayList<>();
        // One builder for all blocks: its arrays grow to the longest block once, not per block.
        BlockText.Builder builder = new BlockText.Builder();
        // a walk down the blocks without recursion, so that depth costs no stack
        Node node = document;
        while (node != null) {
            boolean down = block(node, blocks, builder);
            if (down && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == document ? null : node.getNext();
        }
        return blocks;
    }

    /** Adds the text block {@code node} is, if it is one; true when the blocks inside it are to be looked at. */
    private static boolean block(Node node, List<BlockText> blocks, BlockText.Builder builder) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlock
                || node instanceof LinkReferenceDefinition) {
            return false;
        }
        if (node instanceof TableRow) {
            builder.start(false, true, "");
            List<String> headers = headers((TableRow) node);
            int column = 0;
            for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext(), column++) {
                if (cell != node.getFirstChild()) {
                    builder.joint(" \u00b7 ");
                }
                if (column < headers.size() && !headers.get(column).isEmpty()) {
                    builder.joint(headers.get(column) + ": ");
                }
                inlines(cell, builder);
            }
        } else if (node instanceof Paragraph && node.getParent() instanceof ListItem item) {
            builder.start(false, false, node == item.getFirstChild() ? leadIn(item) : "");
            inlines(node, builder);
        } else if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
            builder.start(node instanceof Heading);
            inlines(node, builder);
        } else {
            return true;
        }
        if (!builder.isEmpty()) {
            blocks.add(builder.build());
        }
        return false;
    }

    /**
     * The texts of the header cells of the table {@code row} is a body row of, one per column, so
     * that a quoted row says what each cell is ("Earlier flights: None"); none for a header row.
     */
    private static List<String> headers(TableRow row) {
        Node section = row.getParent();
        if (!(section instanceof org.commonmark.ext.gfm.tables.TableBody) || section.getParent() == null
                || !(section.getParent().getFirstChild() instanceof org.commonmark.ext.gfm.tables.TableHead head)
                || !(head.getFirstChild() instanceof TableRow names)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node cell = names.getFirstChild(); cell != null; cell = cell.getNext()) {
            StringBuilder text = new StringBuilder();
            plain(cell, text);
            out.add(text.toString().strip());
        }
        return out;
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
    private static void plain(Node block, StringBuilder out) {
        Node node = block.getFirstChild();
        while (node != null) {
            boolean down = false;
            if (node instanceof Text t) {
                out.append(t.getLiteral());
            } else if (node instanceof Code c) {
                out.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else {
                down = !(node instanceof Image) && !(node instanceof HtmlInline);
            }
            node = down && node.getFirstChild() != null ? node.getFirstChild() : after(node, block);
        }
    }

    /** The node after all of {@code node} inside {@code root}: its next sibling or an ancestor's; null at the end. */
    private static Node after(Node node, Node root) {
        while (node != root && node.getNext() == null) {
            node = node.getParent();
        }
        return node == root ? null : node.getNext();
    }

    /**
     * The inline content of {@code block} into the builder, walked without recursion: text as
     * text, code shown but never matched, breaks as spaces, HTML, images and inlines the matcher
     * does not know (a footnote reference) as separators, a link's text between separators and
     * never matched when it shows its own address.
     */
    private static void inlines(Node block, BlockText.Builder builder) {
        Node node = block.getFirstChild();
        // the links the walk is inside, innermost last, and whether each one's text is excluded
        List<Node> links = new ArrayList<>();
        List<Boolean> excludedBy = new ArrayList<>();
        while (node != null) {
            boolean excluded = !excludedBy.isEmpty() && excludedBy.get(excludedBy.size() - 1);
            boolean inLink = !links.isEmpty();
            boolean down = false;
            if (node instanceof Text text) {
                builder.text(text, excluded, inLink);
            } else if (node instanceof Code code) {
                builder.shownOnly(code.getLiteral() == null ? "" : code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                builder.space();
            } else if (node instanceof HtmlInline || node instanceof Image) {
                builder.separator();
            } else if (node instanceof Link link) {
                builder.separator();
                if (link.getFirstChild() == null) {
                    builder.separator();
                } else {
                    links.add(link);
                    excludedBy.add(excluded || showsUrl(link));
                    down = true;
                }
            } else if (node.getFirstChild() == null) {
                // An inline the matcher does not know, such as a footnote reference.
                builder.separator();
            } else {
                down = true;
            }
            if (down) {
                node = node.getFirstChild();
                continue;
            }
            // up to the next node, closing the links left on the way
            while (node != block && node.getNext() == null) {
                node = node.getParent();
                if (!links.isEmpty() && node == links.get(links.size() - 1)) {
                    links.remove(links.size() - 1);
                    excludedBy.remove(excludedBy.size() - 1);
                    builder.separator();
                }
            }
            node = node == block ? null : node.getNext();
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
