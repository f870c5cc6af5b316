package io.orbitpress.markdown;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * The ids of a story's headings, made as commonmark's heading-anchor extension makes them (the
 * heading's text and code, lower case, through its {@link IdGenerator}), but for the ids the
 * theme gives the elements of the page around the story: a heading that would take one gets the
 * next number, as a second heading of the same text does, so that a heading "Corrections" is
 * {@code corrections-1} and the byline's "Corrected" link, the corrections list's
 * {@code #correction-1} and the skip link's {@code #main} still lead where they lead, and the page
 * has each id once. One is made for each document rendered.
 */
final class HeadingIds implements AttributeProvider {

    /** The ids the built-in theme's pages give their own elements. */
    static final List<String> THEME = List.of("main", "corrections", "corrections-heading", "related-heading",
            "toc-heading", "live-heading", "facts-heading", "articles-heading", "site-q", "search-q", "search-status",
            "search-results", "search-more", "retraction");

    /** The corrections box numbers its notices {@code correction-1}, {@code correction-2}, ...: this many are kept for it. */
    static final int CORRECTIONS = 100;

    /** The ids a heading leaves to the page: {@link #THEME}'s and the corrections'. */
    private static final Set<String> RESERVED = reserved();

    /** Made at the first heading: most documents have none, and the generator compiles a pattern. */
    private IdGenerator ids;
    /** The ids the document's headings give themselves: no other heading takes one. */
    private Set<String> given;
    /** The ids given so far: a second heading giving one takes the next number of it. */
    private final Set<String> taken = new HashSet<>();

    /** The ids the headings of the document {@code node} is in give themselves ({@link HeadingAttributes}). */
    private static Set<String> given(Node node) {
        Node root = node;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Set<String> out = new HashSet<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                String own = HeadingAttributes.idOf(h);
                if (own != null) {
                    out.add(own);
                }
            }
        });
        return out;
    }

    /** The text a heading's id is made of: its text and code, in order. */
    static String textOf(Node heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }

    private static Set<String> reserved() {
        Set<String> out = new HashSet<>(THEME);
        for (int n = 1; n <= CORRECTIONS; n++) {
            out.add("correction-" + n);
        }
        return Set.copyOf(out);
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading) {
            if (ids == null) {
                ids = IdGenerator.builder().build();
                given = given(node);
            }
            String own = HeadingAttributes.idOf(node);
            if (own != null && !RESERVED.contains(own) && taken.add(own)) {
                attributes.put("id", own); // the id its text gives it (## Releases {#v1-0-0}), the first to give it
                return;
            }
            // a heading whose punctuation the typographer set is known by its text as written
            String words = node.getLastChild() instanceof Typographer.Written w ? w.text() : textOf(node);
            String written = own != null ? own : words.trim().toLowerCase(Locale.ROOT);
            String id = ids.generateId(written);
            while (RESERVED.contains(id) || given.contains(id) && (own == null || taken.contains(id))) {
                id = ids.generateId(written); // the next number of the same text
            }
            attributes.put("id", id);
        }
    }
}
