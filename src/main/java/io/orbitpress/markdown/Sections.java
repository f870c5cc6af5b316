package io.orbitpress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A document cut at its level-2 headings, for layouts that show an article's parts apart (a live
 * blog's timestamped entries, an explainer's contents). The document is rendered once, so every
 * heading keeps the id it has in the whole article; marks the renderer writes, U+0000 "s"
 * U+0000 (CommonMark never lets U+0000 through from the text, turning it into U+FFFD), show where
 * to cut. The pictures' and embeds' markers (U+0000, a letter other than "s", a number, U+0000)
 * stay in the parts, to be filled as the whole body's are.
 */
public final class Sections {

    private static final Pattern ID = Pattern.compile("^\\s*<h2[^>]*?\\sid=\"([^\"]*)\"");
    static final String MARK = "\u0000s\u0000";

    /**
     * The article cut in parts.
     *
     * @param html  the whole body, as it is rendered without the cut
     * @param intro the body before the first level-2 heading ("" when it starts with one)
     * @param parts each level-2 heading with what follows it up to the next
     */
    public record Cut(String html, String intro, List<Part> parts) {
        public Cut {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One part: its heading's plain text and id (for links to it), and the HTML after the heading.
     */
    public record Part(String heading, String id, String html) {
    }

    /** A place to cut: rendered as {@link #MARK} and nothing else. */
    static final class Mark extends CustomBlock {
    }

    private Sections() {
    }

    /** Cuts {@code document} (changed: marks are added to it) rendered by {@code engine}. */
    public static Cut cut(Node document, MarkdownEngine engine) {
        List<Heading> headings = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                headings.add(h);
            }
        }
        for (Heading h : headings) {
            h.insertBefore(new Mark());
            h.insertAfter(new Mark());
        }
        String rendered = engine.render(document);
        for (Node n = document.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            if (n instanceof Mark) {
                n.unlink();
            }
            n = next;
        }
        if (!(document instanceof Document) || headings.isEmpty()) {
            String html = rendered.replace(MARK, "");
            return new Cut(html, html, List.of());
        }
        String[] pieces = rendered.split(Pattern.quote(MARK), -1);
        List<Part> parts = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            String heading = pieces[1 + 2 * i];
            Matcher id = ID.matcher(heading);
            parts.add(new Part(MarkdownFacts.plainText(headings.get(i)).strip(), id.find() ? id.group(1) : "",
                    pieces[2 + 2 * i].strip()));
        }
        return new Cut(rendered.replace(MARK, ""), pieces[0].strip(), parts);
    }
}
