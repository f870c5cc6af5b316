package io.orbitpress.build;

import io.orbitpress.content.ArticleReader;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.markdown.MarkdownFacts;
import java.util.List;
import org.commonmark.node.Node;

/**
 * What a page leaves out of, or shows differently from, the Markdown a story or registry file
 * writes, told where it is written: a link to an address a page may not carry, raw HTML that the
 * page shows as text, and raw HTML passed as written that would take the rest of the page into an
 * element never closed, or the Markdown between its tags into one closed after a blank line. Read
 * before the mentions are linked, which splits the text where the places are kept.
 */
final class BodyWarnings {

    private BodyWarnings() {
    }

    /**
     * Takes the closed HTML comments out of {@code doc} (the notes of a story's or a registry file's
     * writers, published nowhere) and warns of each one not closed, where its {@code <!--} stands.
     */
    static void comments(Node doc, String path, int bodyLine, boolean unsafeHtml, Diagnostics d) {
        for (MarkdownFacts.Found open : io.orbitpress.markdown.HtmlComments.remove(doc)) {
            d.warning(path, open.line() + bodyLine - 1, open.column(), "this HTML comment is not closed:"
                    + " everything after its <!-- is part of it, and " + (unsafeHtml ? "hidden from readers"
                    : "shown as text") + "; end the note with -->");
        }
    }

    /**
     * Warns of the control characters in {@code body} (of {@code path} from its line {@code
     * bodyLine}) that pages leave out, as HTML and XML do not allow them: a vertical tab or a C1
     * control pasted from a word processor. Once a file, at the first, with how many there are.
     */
    static void controls(String body, String path, int bodyLine, Diagnostics d) {
        int count = 0;
        int line = 0;
        int column = 0;
        int code = 0;
        int l = 1;
        int lineStart = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                l++;
                lineStart = i + 1;
            } else if (io.orbitpress.diag.ControlCharacters.control(c)) {
                if (count++ == 0) {
                    line = l;
                    column = body.codePointCount(lineStart, i) + 1;
                    code = c;
                }
            }
        }
        if (count > 0) {
            d.warning(path, line + bodyLine - 1, column, String.format("a control character (%s) stands here,"
                    + " which pages leave out (HTML does not allow it)%s; remove it",
                    io.orbitpress.diag.ControlCharacters.name(code),
                    count > 1 ? ", as they do the " + (count - 1) + " other" + (count > 2 ? "s" : "")
                            + " of this file" : ""));
        }
    }

    /**
     * Tells of each element of raw HTML in {@code doc} (passed as written with {@code unsafeHtml})
     * that would take the rest of the page into it, never closed, or that is closed only after a
     * blank line with Markdown between, which the page publishes inside it: an error, a warning when
     * {@code lenient} (an archive moved in with {@code migration.skipInvalid}, whose old pages had it
     * so). Read before the comments are taken out, so that each is told where it is written;
     * {@code whose} names the file ("story", "file").
     */
    static void unclosed(Node doc, String path, int bodyLine, boolean unsafeHtml, boolean lenient, String whose,
            Diagnostics d) {
        if (!unsafeHtml) {
            return; // shown as text: nothing is taken in
        }
        MarkdownFacts.RawText raw = MarkdownFacts.rawText(doc);
        for (MarkdownFacts.Split split : raw.split()) {
            String name = split.open().text().replace("/>", "");
            String message = "this <" + name + "> is closed only by the </" + name + "> at line "
                    + (split.close().line() + bodyLine - 1) + ", after a blank line, which ends the HTML: the"
                    + " Markdown between, from line " + (split.between().line() + bodyLine - 1) + ", is published"
                    + " inside the <" + name + "> as its content, which a browser does not show as the " + whose
                    + "'s text; write the <" + name + "> and its </" + name + "> with no blank line between them,"
                    + " and that text before or after them";
            if (lenient) {
                d.warning(path, split.open().line() + bodyLine - 1, split.open().column(), message
                        + " (published as written: migration.skipInvalid)");
            } else {
                d.error(path, split.open().line() + bodyLine - 1, split.open().column(), message);
            }
        }
        for (MarkdownFacts.Found open : raw.unclosed()) {
            boolean slash = open.text().endsWith("/>");
            String name = slash ? open.text().substring(0, open.text().length() - 2) : open.text();
            String message = "this <" + name + "> is not closed" + (slash ? " (in HTML, /> closes no <" + name
                    + ">)" : "") + ": a browser reads everything after it, the rest of the " + whose
                    + " and of the page, as its content; end it with </" + name + ">"
                    + (slash ? " in place of />" : "");
            if (lenient) {
                d.warning(path, open.line() + bodyLine - 1, open.column(), message
                        + " (published as written: migration.skipInvalid)");
            } else {
                d.error(path, open.line() + bodyLine - 1, open.column(), message);
            }
        }
    }

    /**
     * Warns in {@code d} of {@code doc}, the body of {@code path} from its line {@code bodyLine};
     * {@code whose} names the file in a message ("story", "file").
     */
    static void tell(Node doc, String path, int bodyLine, boolean unsafeHtml, String whose, Diagnostics d) {
        cutPictures(doc, path, bodyLine, d);
        for (MarkdownFacts.Found link : MarkdownFacts.droppedAddresses(doc)) {
            d.warning(path, link.line() + bodyLine - 1, link.column(), "the address \""
                    + ArticleReader.printable(link.text()) + "\" is left out of the page (a page"
                    + " links to http(s), mailto: and tel: addresses, and to its own site); give another, or remove the link");
        }
        if (unsafeHtml) {
            return;
        }
        MarkdownFacts.HtmlTags tags = MarkdownFacts.htmlTags(doc);
        // a picture or player pasted as HTML: shown as its text on the page
        for (MarkdownFacts.Found tag : tags.media()) {
            d.warning(path, tag.line() + bodyLine - 1, tag.column(), "this <" + tag.text() + "> is HTML,"
                    + " which a page shows as text (markdown.unsafe is off); " + (tag.text().equals("img")
                    || tag.text().equals("picture") ? "write the picture as ![what it shows](/images/file.jpg"
                    + " \"Caption. | Photo: credit\")" : "write a video as an embed: a fenced block ```embed with the"
                    + " video's address on its first line") + "; or set markdown.unsafe: true in site.yaml");
        }
        List<MarkdownFacts.Found> html = tags.other();
        if (!html.isEmpty()) {
            MarkdownFacts.Found first = html.get(0);
            d.warning(path, first.line() + bodyLine - 1, first.column(), "this <" + first.text() + "> is HTML,"
                    + " which a page shows as text (markdown.unsafe is off)" + (html.size() == 1 ? ""
                    : ", as it does the " + (html.size() - 1) + " other HTML tag" + (html.size() == 2 ? "" : "s")
                    + " of this " + whose) + "; write it in Markdown (**bold**, _italic_, a blank line between"
                    + " paragraphs), remove it, or set markdown.unsafe: true in site.yaml");
        }
    }

    /** A picture whose title a cell's end cut short: {@code ![alt](address "caption} and nothing after. */
    private static final java.util.regex.Pattern CUT = java.util.regex.Pattern.compile(
            "!\\[[^\\]]*]\\(\\S+\\s+\"([^\"]*)$");

    /**
     * Warns of each picture in a table's cell whose title holds a {@code |} ({@code "Caption. | Photo:
     * NASA"}): GitHub's tables end the cell there, so the page shows the picture as its text.
     */
    private static void cutPictures(Node doc, String path, int bodyLine, Diagnostics d) {
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof org.commonmark.ext.gfm.tables.TableCell cell && !cell.getSourceSpans().isEmpty()) {
                    java.util.regex.Matcher m = CUT.matcher(text(cell));
                    if (m.find()) {
                        // the title as meant: this cell's part, and the next one's up to its closing quote
                        String next = cell.getNext() == null ? "" : text(cell.getNext());
                        int quote = next.indexOf('"');
                        String meant = quote < 0 ? "" : ": \"" + m.group(1).strip() + " \\| "
                                + next.substring(0, quote).strip() + "\"";
                        // where the picture's text starts (the cell's own place takes in the space before it)
                        Node first = cell.getFirstChild();
                        org.commonmark.node.SourceSpan at = (first != null && !first.getSourceSpans().isEmpty() ? first
                                : cell).getSourceSpans().get(0);
                        d.warning(path, at.getLineIndex() + bodyLine, at.getColumnIndex() + 1, "this picture's title"
                                + " holds a |, which ends a table's cell, so the page shows the picture as its text;"
                                + " write \\| for it within a table" + meant);
                    }
                }
                visitChildren(node);
            }
        });
    }

    /** The text of {@code node}'s plain text children, as one. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                out.append(t.getLiteral());
            }
        }
        return out.toString();
    }
}
