package io.orbitpress.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a Markdown table in a box that scrolls sideways, so a wide table fits a phone while the
 * table itself stays a table ({@code display: block} on a {@code <table>} loses its rows and
 * columns for screen readers in Safari and older Chrome):
 * {@code <div class="table-scroll" tabindex="0" role="region" aria-label="Table 1"><table>...</table></div>}.
 * The box can take the keyboard's focus, so a reader without a mouse can scroll it; focused, it is a
 * region named in the page's language ({@code article.table} of the theme's texts), numbered so
 * that two tables of a story are two landmarks, not one name twice. A table written as HTML is
 * the author's and is left as it is.
 *
 * <p>Only the table block is written here: its head, body, rows and cells are the tables
 * extension's, rendered through the same context.
 */
final class TableScroll implements NodeRenderer {

    /** The box's class, which the theme's stylesheet scrolls. */
    static final String CLASS = "table-scroll";

    private final HtmlNodeRendererContext context;
    private final IntFunction<String> label;
    /** The tables of this document written so far: a renderer is made for each document. */
    private int tables;

    TableScroll(HtmlNodeRendererContext context, IntFunction<String> label) {
        this.context = context;
        this.label = label;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class);
    }

    @Override
    public void render(Node node) {
        HtmlWriter html = context.getWriter();
        Map<String, String> box = new LinkedHashMap<>();
        box.put("class", CLASS);
        box.put("tabindex", "0");
        box.put("role", "region");
        box.put("aria-label", label.apply(++tables));
        html.line();
        html.tag("div", box);
        html.line();
        // what the extension writes for the block itself
        html.tag("table", context.extendAttributes(node, "table", Map.of()));
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
        html.tag("/table");
        html.line();
        html.tag("/div");
        html.line();
    }
}
