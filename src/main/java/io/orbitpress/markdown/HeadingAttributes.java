package io.orbitpress.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * The ids and classes other generators let a text give its blocks, read as they meant them: a
 * heading's own id written after it ({@code ## Releases {#v1-0-0}}, as kramdown, Pandoc and Hugo
 * take it), and kramdown's attribute lines ({@code {: #v1-0-0}} under a heading, {@code {: .note}}
 * under a paragraph). The id is the heading's ({@link IdMark}), so that the links of an archive
 * moved over to its old anchors still lead there; classes, which this theme does not style, are
 * left out, as is every attribute line, which was published as text.
 */
final class HeadingAttributes implements PostProcessor {

    /** An id written at the end of a heading, with classes or not: {@code {#id}}, {@code {#id .wide}}. */
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\{\\s*#([A-Za-z][\\w:.-]*)((?:\\s+\\.[\\w-]+)*)\\s*}\\s*$");
    /** A kramdown attribute line: {@code {: #id .class key="v"}}, {@code {:.note}} (not a Ruby hash, {@code {:a => 1}}). */
    private static final Pattern LINE = Pattern.compile(
            "\\{:\\s*((?:(?:[#.][\\w:-]+|[\\w-]+=\"[^\"]*\"|[\\w-]+='[^']*')\\s*)*)}");
    private static final Pattern ID = Pattern.compile("(?:^|\\s)#([A-Za-z][\\w:.-]*)");

    /** The id a heading's text gives it, kept as the heading's last child (rendered as nothing). */
    static final class IdMark extends org.commonmark.node.CustomNode {
        private final String id;

        IdMark(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /** The id {@code heading}'s text gives it, or null. */
    static String idOf(Node heading) {
        return heading.getLastChild() instanceof IdMark m ? m.id() : null;
    }

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLastChild() instanceof Text t) {
                    Matcher m = SUFFIX.matcher(t.getLiteral());
                    // after the heading's words: in this text, or in the elements before it (## Using *it* {#it})
                    if (m.find() && (m.start() > 0 || t.getPrevious() != null)) {
                        t.setLiteral(t.getLiteral().substring(0, m.start()));
                        withId(heading, m.group(1));
                    }
                }
            }

            @Override
            public void visit(Paragraph p) {
                Node last = p.getLastChild();
                if (!(last instanceof Text t) || !LINE.matcher(t.getLiteral().strip()).matches()) {
                    visitChildren(p);
                    return;
                }
                if (p.getFirstChild() == last) {
                    // an attribute line of its own, under the block it is for
                    Matcher id = ID.matcher(LINE.matcher(t.getLiteral().strip()).replaceFirst("$1"));
                    if (id.find() && p.getPrevious() instanceof Heading h && idOf(h) == null) {
                        withId(h, id.group(1));
                    }
                    p.unlink();
                } else if (last.getPrevious() instanceof SoftLineBreak br) {
                    br.unlink(); // the last line of a paragraph: the paragraph's, left out
                    last.unlink();
                }
            }
        });
        return document;
    }

    /** Gives {@code heading} the id {@code id} ({@link IdMark}). */
    private static void withId(Heading heading, String id) {
        heading.appendChild(new IdMark(id));
    }
}
