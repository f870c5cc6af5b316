package io.orbitpress.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Facts read off a parsed document: first paragraph, word count, images without alt text. */
public final class MarkdownFacts {

    private MarkdownFacts() {
    }

    /** The plain text of the first paragraph that is not inside a heading, or "" when none. */
    public static String firstParagraph(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph) {
                String text = plainText(n).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /**
     * What a story with no paragraph of its own is summed up by: the first paragraph with text
     * anywhere (in a list item, a quote), else the caption of its first picture (the part of its
     * title that is not the credit), else that picture's alt text; "" when it has none of them.
     */
    public static String firstText(Node document) {
        String caption = null;
        for (Node n = next(document, document, false); n != null; n = next(n, document, n instanceof Heading)) {
            if (n instanceof Paragraph) {
                String text = plainText(n).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            } else if (n instanceof Image image && caption == null) {
                String written = MediaNodes.captionParts(image.getTitle())[0].strip();
                String alt = plainText(image).strip();
                // a decorative picture's alt, ![""](...), says nothing of it
                String shown = !written.isEmpty() ? written : alt.equals("\"\"") ? "" : alt;
                caption = shown.isEmpty() ? null : shown;
            }
        }
        return caption == null ? "" : caption;
    }

    /** Text of a node and its descendants, line breaks as spaces, whitespace collapsed. */
    public static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        // an image's alt text is not running text, unless the image is what was asked for
        for (Node n = node; n != null; n = next(n, node, n != node && n instanceof Image)) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    /**
     * The node after {@code n} in a walk down {@code root} in document order, without recursion;
     * {@code skip} passes over what is inside {@code n}. Null at the end of {@code root}.
     */
    static Node next(Node n, Node root, boolean skip) {
        if (!skip && n.getFirstChild() != null) {
            return n.getFirstChild();
        }
        while (n != root && n.getNext() == null) {
            n = n.getParent();
        }
        return n == root ? null : n.getNext();
    }

    /**
     * Words of running text, code blocks left out. A plain walk down the tree (what a visitor
     * that counts Text and Code literals and skips code blocks sees, without a virtual call per
     * node).
     */
    public static int wordCount(Node document) {
        int count = 0;
        Node n = document.getFirstChild();
        while (n != null) {
            if (n instanceof Text t) {
                count += words(t.getLiteral());
            } else if (n instanceof Code c) {
                count += words(c.getLiteral());
            }
            Node first = n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock ? null : n.getFirstChild();
            if (first != null) {
                n = first;
                continue;
            }
            while (n != document && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == document ? null : n.getNext();
        }
        return count;
    }

    /** Runs of letters and digits; ASCII looked up, the rest asked of {@link Character}. */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c < 128 ? WORD_ASCII[c] : Character.isLetterOrDigit(c);
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static final boolean[] WORD_ASCII = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD_ASCII[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Lines (1-based, relative to the Markdown) of images whose alt text is empty. */
    public static List<int[]> imagesWithoutAlt(Node document) {
        List<int[]> out = new ArrayList<>();
        for (Node n = next(document, document, false); n != null; n = next(n, document, n instanceof Image)) {
            if (n instanceof Image image && plainText(image).isBlank()) {
                List<SourceSpan> spans = image.getSourceSpans();
                out.add(spans.isEmpty() ? new int[] {1, 1}
                        : new int[] {spans.get(0).getLineIndex() + 1, spans.get(0).getColumnIndex() + 1});
            }
        }
        return out;
    }

    /** A place in the Markdown (line and column from 1) and what is written there. */
    public record Found(int line, int column, String text) {
    }

    /**
     * What a tag {@link #templateTags} found is, as a message names it: a Zola shortcode
     * ({@code {{ name(...) }}}, {@code {% name(...) %}}, {@code {% end %}}), a Hugo shortcode, or a
     * Liquid tag.
     */
    public static String tagKind(String tag) {
        if (ZOLA_SHORTCODE.matcher(tag).lookingAt() || ZOLA_BODY.matcher(tag).lookingAt()) {
            return "Zola shortcode";
        }
        return tag.startsWith("{{") ? "Hugo shortcode" : "Liquid tag (Jekyll's)";
    }

    /** A Zola shortcode with a body, its start or its end: {@code {% quote(}, {@code {% end %}}. */
    private static final java.util.regex.Pattern ZOLA_BODY = java.util.regex.Pattern.compile(
            "\\{%\\s*([a-z_][a-z0-9_]*\\(|end\\s*%})");

    /** The start of a Zola shortcode: {@code {{ name(}. */
    private static final java.util.regex.Pattern ZOLA_SHORTCODE = java.util.regex.Pattern.compile(
            "\\{\\{\\s*[a-z_][a-z0-9_]*\\(");

    /**
     * The Hugo shortcodes ({@code {{< figure ... >}}}, {@code {{% include %}}}), Zola shortcodes
     * ({@code {{ gallery() }}}, {@code {% quote(author="x") %}}) and Liquid tags ({@code {% raw %}})
     * in the running text, code left out: this site does not run them, so they would be published
     * as written. Each with the text of the tag (at most 60 characters); a
     * YouTube or Vimeo shortcode alone in its paragraph, an embed ({@link io.orbitpress.media.EmbedParser#shortcode}),
     * left out. Read before the text is split (mentions linked): the column is the literal's.
     */
    public static List<Found> templateTags(Node document) {
        List<Found> out = new ArrayList<>();
        for (Node n = next(document, document, false); n != null; n = next(n, document, false)) {
            if (!(n instanceof org.commonmark.node.Text t)) {
                continue;
            }
            String s = t.getLiteral();
            int at = s.indexOf('{');
            while (at >= 0 && at + 1 < s.length()) {
                boolean shortcode = s.startsWith("{{<", at) || s.startsWith("{{%", at);
                java.util.regex.Matcher zola = ZOLA_SHORTCODE.matcher(s).region(at, s.length());
                if (!shortcode && zola.lookingAt()) {
                    // Zola's {{ gallery() }}, {{ resize_image(path="x.jpg") }}: published as written too
                    int end = s.indexOf("}}", zola.end());
                    String tag = end < 0 ? s.substring(at) : s.substring(at, end + 2);
                    out.add(found(t, at, tag));
                    at = end < 0 ? -1 : s.indexOf('{', end + 2);
                } else if (shortcode || s.charAt(at + 1) == '%') {
                    String close = shortcode ? (s.charAt(at + 2) == '<' ? ">}}" : "%}}") : "%}";
                    int end = s.indexOf(close, at);
                    String tag = end < 0 ? s.substring(at) : s.substring(at, end + close.length());
                    // a YouTube or Vimeo shortcode alone in its paragraph becomes an embed
                    boolean embed = shortcode && t.getParent() instanceof org.commonmark.node.Paragraph
                            && t.getPrevious() == null && t.getNext() == null && s.strip().equals(tag)
                            && io.orbitpress.media.EmbedParser.shortcode(tag) != null;
                    if (!embed) {
                        out.add(found(t, at, tag));
                    }
                    at = end < 0 ? -1 : s.indexOf('{', end + close.length());
                } else {
                    at = s.indexOf('{', at + 1);
                }
            }
        }
        return out;
    }

    /**
     * The links and pictures whose address a page may not carry ({@link MarkdownEngine#isSafeUrl}:
     * {@code javascript:}, {@code data:}, {@code ftp:}...), each with that address: published
     * without it.
     */
    public static List<Found> droppedAddresses(Node document) {
        List<Found> out = new ArrayList<>();
        for (Node n = next(document, document, false); n != null; n = next(n, document, false)) {
            String address = n instanceof org.commonmark.node.Link l ? l.getDestination()
                    : n instanceof Image i ? i.getDestination() : null;
            if (address != null && !MarkdownEngine.isSafeUrl(address)) {
                out.add(found(n, 0, address));
            }
        }
        return out;
    }

    /** The start of raw HTML that shows a picture, a video or a page of another site: what a writer pastes. */
    private static final java.util.regex.Pattern MEDIA_TAG = java.util.regex.Pattern.compile(
            "<(img|iframe|video|audio|picture|embed|object)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The raw HTML tags of pictures and players ({@code <img>}, {@code <iframe>}, {@code <video>}...),
     * each at its place and with its name in lower case as the text: without {@code markdown.unsafe}
     * they are shown as text, which a writer who pasted one does not expect.
     */
    public static List<Found> mediaTags(Node document) {
        List<Found> out = new ArrayList<>();
        for (Node n = next(document, document, false); n != null; n = next(n, document, false)) {
            String html = n instanceof org.commonmark.node.HtmlBlock b ? b.getLiteral()
                    : n instanceof org.commonmark.node.HtmlInline i ? i.getLiteral() : null;
            if (html == null) {
                continue;
            }
            java.util.regex.Matcher m = MEDIA_TAG.matcher(html);
            if (m.find()) {
                // from the block's place: the tag's line in it, and its column on that line
                int lineStart = html.lastIndexOf('\n', m.start()) + 1;
                Found at = found(n, lineStart == 0 ? m.start() : 0, "");
                int line = at.line() + (int) html.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                out.add(new Found(line, lineStart == 0 ? at.column() : m.start() - lineStart + 1,
                        m.group(1).toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return out;
    }

    /** {@code text} found {@code offset} characters into where {@code n} starts (its first line when it has no place), cut to 60 characters. */
    private static Found found(Node n, int offset, String text) {
        List<SourceSpan> spans = n.getSourceSpans();
        return new Found(spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1,
                spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1 + offset,
                text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /** The text of the first level-1 heading, if the document starts with one. */
    public static String leadingTitle(Node document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1) {
            return plainText(h).strip();
        }
        return "";
    }
}
