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

    /**
     * The plain text of the first paragraph that is not inside a heading, or "" when none. A
     * paragraph of shortcodes or template tags alone ({@code {{< figure src="x.jpg" >}}}), which
     * are not run, says nothing of the story and is passed over.
     */
    public static String firstParagraph(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph) {
                String text = plainText(n).strip();
                if (!onlyTags(text)) {
                    return text;
                }
            }
        }
        return "";
    }

    /** Whether {@code text} is empty, or holds nothing but tags in braces: {@code {{< ... >}}}, {@code {% ... %}}, {@code {{ ... }}}. */
    private static boolean onlyTags(String text) {
        return text.isEmpty() || BRACED.matcher(text).replaceAll("").isBlank() && text.indexOf('{') >= 0;
    }

    /** A tag in braces, as another generator's templates write it. */
    private static final java.util.regex.Pattern BRACED = java.util.regex.Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");

    /**
     * What a story with no paragraph of its own is summed up by: the first paragraph with text
     * anywhere (in a list item, a quote), else the caption of its first picture (the part of its
     * title that is not the credit, or a Hugo {@code figure} shortcode's title and caption), else
     * that picture's alt text; "" when it has none of them.
     */
    public static String firstText(Node document) {
        String caption = null;
        for (Node n = next(document, document, false); n != null; n = next(n, document, n instanceof Heading)) {
            if (n instanceof Paragraph) {
                String text = plainText(n).strip();
                if (!onlyTags(text)) {
                    return text;
                }
                io.orbitpress.media.EmbedParser.HugoFigure hugo = caption == null
                        ? io.orbitpress.media.EmbedParser.figure(text) : null;
                if (hugo != null) { // shown as a figure (MediaNodes): its caption, else its alt text
                    String shown = !hugo.caption().isEmpty() ? hugo.caption() : hugo.alt();
                    caption = shown.isEmpty() ? null : shown;
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
        if (LIQUID_OUTPUT.matcher(tag).lookingAt() && !tag.matches("(?s)\\{\\{-?\\s*\\..*")) {
            return "Liquid tag (Jekyll's)";
        }
        return tag.startsWith("{{") ? "Hugo shortcode" : "Liquid tag (Jekyll's)";
    }

    /**
     * Liquid's output of one of Jekyll's variables ({@code {{ site.baseurl }}}, {@code {{ page.title }}})
     * or of a filter ({@code {{ "/x.png" | relative_url }}}); other text in double braces is text.
     */
    private static final java.util.regex.Pattern LIQUID_OUTPUT = java.util.regex.Pattern.compile(
            "\\{\\{-?\\s*((site|page|layout|include|post|paginator|jekyll)\\.[A-Za-z_]|[^{}|]*\\|\\s*[a-z_]+\\s*(:[^{}]*)?-?}})");

    /**
     * What to write instead of tag {@code tag} ({@link #templateTags}), after "write": a link,
     * code, a picture, the site's address or the text a tag took from elsewhere.
     */
    public static String tagAdvice(String tag) {
        java.util.regex.Matcher name = TAG_NAME.matcher(tag);
        String n = name.lookingAt() ? name.group(1) : "";
        if (n.equals("ref") || n.equals("relref") || n.equals("post_url") || n.equals("link")) {
            return "a link to another page of the site is written with its address: [the story](/articles/its-slug/)"
                    + " (the page's address, not its file)";
        }
        if (n.equals("highlight") || n.equals("endhighlight") || n.equals("/highlight")) {
            java.util.regex.Matcher lang = java.util.regex.Pattern.compile("highlight\\s+\"?([A-Za-z0-9_+-]+)").matcher(tag);
            return "code is written as a fenced block: ```" + (lang.find() ? lang.group(1) : "")
                    + " on the line before it and ``` on the line after";
        }
        if (n.equals("include") || n.equals("include_relative") || n.equals("readfile")) {
            return "the text it took from another file is not here: paste that text in its place, or remove the tag";
        }
        if (tag.matches("(?s)\\{\\{-?\\s*site\\.(baseurl|url)\\s*-?}}") || tag.contains("relative_url")
                || tag.contains("absolute_url")) {
            return "the site's address, which Orbitpress does not fill in: write the address from the site's root,"
                    + " /images/file.jpg (the build adds what the site's address needs)";
        }
        return "write what it made in Markdown (a picture: ![what it shows](file)), put it in `code` if it is to be"
                + " shown, or remove it";
    }

    /**
     * What a Hugo {@code ref} or {@code relref} shortcode names ({@code crew-11.ru.md#launch} of
     * {@code {{< ref "crew-11.ru.md#launch" >}}}), or null when {@code tag} is none.
     */
    public static String refTarget(String tag) {
        java.util.regex.Matcher m = REF.matcher(tag);
        return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile(
            "(?s)\\{\\{[<%]-?\\s*(?:ref|relref)\\s+(?:\"([^\"]*)\"|([^\\s\"]+))\\s*-?[>%]}}");

    /** The name of a shortcode or tag: {@code {{< ref}}, {@code {% post_url}}, {@code {{< /highlight}}. */
    private static final java.util.regex.Pattern TAG_NAME = java.util.regex.Pattern.compile(
            "\\{[{%][<%]?-?\\s*(/?[A-Za-z_]+)");

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
                java.util.regex.Matcher liquid = LIQUID_OUTPUT.matcher(s).region(at, s.length());
                if (!shortcode && (zola.lookingAt() || liquid.lookingAt())) {
                    // Zola's {{ gallery() }}, {{ resize_image(path="x.jpg") }}, Liquid's {{ site.baseurl }}:
                    // published as written too
                    int end = s.indexOf("}}", at + 2);
                    String tag = end < 0 ? s.substring(at) : s.substring(at, end + 2);
                    out.add(found(t, at, tag));
                    at = end < 0 ? -1 : s.indexOf('{', end + 2);
                } else if (shortcode || s.charAt(at + 1) == '%') {
                    String close = shortcode ? (s.charAt(at + 2) == '<' ? ">}}" : "%}}") : "%}";
                    int end = s.indexOf(close, at);
                    String tag = end < 0 ? s.substring(at) : s.substring(at, end + close.length());
                    // a YouTube or Vimeo shortcode alone in its paragraph becomes an embed, a figure shortcode a figure
                    boolean embed = shortcode && t.getParent() instanceof org.commonmark.node.Paragraph
                            && t.getPrevious() == null && t.getNext() == null && s.strip().equals(tag)
                            && MediaNodes.shortcode(tag);
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

    /**
     * The links (not pictures) whose address is a Markdown file of the content folder: relative to
     * the text's file ({@code crew-11.md}, {@code ../2024/old.md#part}) or, as Zola writes them,
     * from the content folder ({@code @/articles/crew-11.md}), or by the tag another generator filled
     * in ({@link #tagTarget}); each at its place, with its address whole as written.
     */
    public static List<Found> fileLinks(Node document) {
        List<Found> out = new ArrayList<>();
        for (Node n = next(document, document, false); n != null; n = next(n, document, false)) {
            if (n instanceof org.commonmark.node.Link l && isFileLink(l.getDestination())) {
                List<SourceSpan> spans = n.getSourceSpans();
                out.add(new Found(spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1,
                        spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1, l.getDestination()));
            }
        }
        return out;
    }

    /** A relative address or Zola's {@code @/} one whose path ends in {@code .md} or {@code .markdown}, in any case. */
    private static final java.util.regex.Pattern FILE_LINK = java.util.regex.Pattern.compile(
            "(?i)(@/|(?![a-z][a-z0-9+.-]*:|/|#))[^?#]*\\.(md|markdown)([?#].*)?");

    /**
     * Whether {@code address} names a Markdown file of the content folder ({@link #fileLinks}), or
     * is a tag that names a story as another generator did ({@link #tagTarget}).
     */
    public static boolean isFileLink(String address) {
        return FILE_LINK.matcher(address).matches() || address.startsWith("{") && TagLinks.target(address) != null;
    }

    /**
     * What a link's address that is Hugo's {@code {{< ref "crew-11.md#liftoff" >}}} (or
     * {@code relref}), Jekyll's {@code {% post_url 2019-03-13-docking %}} or
     * {@code {% link _posts/2019-03-13-docking.md %}#part} names: the path as the tag writes it, and
     * the anchor with its {@code #} ("" for none); null for any other address.
     */
    public static String[] tagTarget(String address) {
        return address.startsWith("{") ? TagLinks.target(address) : null;
    }

    /** The start of raw HTML that shows a picture, a video or a page of another site: what a writer pastes. */
    private static final java.util.regex.Pattern MEDIA_TAG = java.util.regex.Pattern.compile(
            "<(img|iframe|video|audio|picture|embed|object)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The text of {@code n} when it is raw HTML, a block or inline; null for any other node. */
    private static String rawHtml(Node n) {
        return n instanceof org.commonmark.node.HtmlBlock b ? b.getLiteral()
                : n instanceof org.commonmark.node.HtmlInline i ? i.getLiteral() : null;
    }

    /** The start of an HTML tag: its name. */
    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)");

    /**
     * The raw HTML tags of a document, each at its place with its name in lower case as the text:
     * without {@code markdown.unsafe} a page shows them as text.
     *
     * @param media the tags of pictures and players ({@code <img>}, {@code <iframe>}, {@code <video>}...),
     *              the first of each piece of HTML: what a writer pastes, not expecting it shown as text
     * @param other every other tag ({@code <div>}, {@code <span>}, {@code <br>}); closing tags are not counted
     */
    public record HtmlTags(List<Found> media, List<Found> other) {
    }

    /** The raw HTML tags of {@code document}, read in one walk. */
    public static HtmlTags htmlTags(Node document) {
        List<Found> media = new ArrayList<>();
        List<Found> other = new ArrayList<>();
        for (Node n = next(document, document, false); n != null; n = next(n, document, false)) {
            String html = rawHtml(n);
            if (html == null) {
                continue;
            }
            java.util.regex.Matcher m = MEDIA_TAG.matcher(html);
            if (m.find()) {
                media.add(new HtmlPlaces(n, html).at(m.start(), m.group(1).toLowerCase(java.util.Locale.ROOT)));
            }
            HtmlPlaces places = new HtmlPlaces(n, html);
            java.util.regex.Matcher t = HTML_TAG.matcher(html);
            while (t.find()) {
                if (!MEDIA_TAG.matcher(t.group()).lookingAt()) {
                    other.add(places.at(t.start(), t.group(1).toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return new HtmlTags(media, other);
    }

    /**
     * The elements whose content a browser reads as raw text up to their end tag: one that is
     * never closed takes the rest of the page into it, text, navigation and footer.
     */
    private static final java.util.Set<String> RAW_TEXT = java.util.Set.of("script", "style", "textarea", "title",
            "xmp", "iframe", "noembed", "noframes", "noscript");

    /**
     * The raw-text elements ({@code <script>}, {@code <style>}, {@code <iframe>}, {@code <textarea>}...)
     * that the raw HTML of {@code document} opens and never closes, each at its opening tag with its
     * name in lower case as the text, and {@code "/>"} appended when the tag ends with {@code />},
     * which closes no such element in HTML. The HTML is read as a browser reads it: tags, quoted
     * attribute values, comments (and {@code <!...>}, {@code <?...>}); that of the document's blocks and inline pieces
     * as one, in order, so that an element opened in one piece and closed in a later one is closed.
     * Read before the comments are taken out ({@link HtmlComments}), so that places are as written.
     *
     * @param unclosed the elements never closed
     * @param split    the elements closed only in a later block than the one they open in (after a
     *                 blank line, which ends a block of HTML), with Markdown between that a page
     *                 publishes inside them, as their content
     */
    public record RawText(List<Found> unclosed, List<Split> split) {
    }

    /**
     * A raw-text element split by Markdown: its opening tag (the name as the text), the first of what
     * Markdown makes between (in a block of its own), and its end tag.
     */
    public record Split(Found open, Found between, Found close) {
    }

    /** The raw-text elements of {@code document} never closed, and those split by Markdown ({@link RawText}). */
    public static RawText rawText(Node document) {
        List<Found> open = new ArrayList<>();
        List<Split> split = new ArrayList<>();
        String inside = null; // the element whose end tag is looked for
        Node openBlock = null; // the block it opens in
        Found between = null; // the first thing Markdown makes inside it, in a later block
        for (Node n = next(document, document, false); n != null; n = next(n, document, false)) {
            String html = rawHtml(n);
            if (html == null) {
                if (inside != null && between == null && shown(n) && block(n) != openBlock) {
                    between = found(n, 0, "");
                }
                continue;
            }
            HtmlPlaces places = null;
            int at = 0;
            while (at < html.length()) {
                if (inside != null) {
                    int start = endTag(html, at, inside);
                    if (start < 0) {
                        break;
                    }
                    Found opened = open.remove(open.size() - 1);
                    if (between != null) {
                        if (places == null) {
                            places = new HtmlPlaces(n, html);
                        }
                        split.add(new Split(opened, between, places.at(start, "/" + inside)));
                    }
                    at = tagEnd(html, start + 2 + inside.length());
                    inside = null;
                    between = null;
                    continue;
                }
                int lt = html.indexOf('<', at);
                if (lt < 0) {
                    break;
                }
                if (html.startsWith("<!--", lt)) {
                    int end = html.indexOf("-->", lt + 4);
                    at = end < 0 ? html.length() : end + 3; // one never closed is told of as a comment
                    continue;
                }
                if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
                    // a doctype, a CDATA section, a processing instruction: to a browser, a comment up to its ">"
                    int end = html.indexOf('>', lt + 2);
                    at = end < 0 ? html.length() : end + 1;
                    continue;
                }
                int name = lt + 1 + (lt + 1 < html.length() && html.charAt(lt + 1) == '/' ? 1 : 0);
                int nameEnd = name;
                while (nameEnd < html.length() && (Character.isLetterOrDigit(html.charAt(nameEnd))
                        || html.charAt(nameEnd) == '-')) {
                    nameEnd++;
                }
                if (nameEnd == name || !Character.isLetter(html.charAt(name))) {
                    at = lt + 1; // no tag: a "<" of the text
                    continue;
                }
                int tagEnd = tagEnd(html, nameEnd);
                String tag = html.substring(name, nameEnd).toLowerCase(java.util.Locale.ROOT);
                if (name == lt + 1 && RAW_TEXT.contains(tag)) {
                    inside = tag;
                    openBlock = block(n);
                    if (places == null) {
                        places = new HtmlPlaces(n, html);
                    }
                    boolean selfClosing = html.charAt(tagEnd - 1) == '>' && html.charAt(tagEnd - 2) == '/';
                    open.add(places.at(lt, tag + (selfClosing ? "/>" : "")));
                }
                at = tagEnd;
            }
        }
        return new RawText(open, split);
    }

    /** The block {@code n} is in: itself for a block, a paragraph or heading for a piece of a line. */
    private static Node block(Node n) {
        Node b = n;
        while (b != null && !(b instanceof org.commonmark.node.Block)) {
            b = b.getParent();
        }
        return b;
    }

    /**
     * Whether a page shows {@code n} as text: a leaf of the tree (words, code, a rule) other than
     * raw HTML, a line break or white space.
     */
    private static boolean shown(Node n) {
        return n.getFirstChild() == null && !(n instanceof org.commonmark.node.HtmlInline
                || n instanceof org.commonmark.node.HtmlBlock || n instanceof org.commonmark.node.SoftLineBreak
                || n instanceof org.commonmark.node.HardLineBreak || n instanceof Text t && t.getLiteral().isBlank());
    }

    /**
     * Where the tag whose name ends at {@code from} ends (after its {@code >}), or the text's end;
     * a quote opens a value only after {@code =}, so that {@code title=Joe's} quotes nothing.
     */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        char last = ' '; // the last character outside quotes and spaces
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    last = c;
                }
            } else if ((c == '"' || c == '\'') && last == '=') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            } else if (!Character.isWhitespace(c)) {
                last = c;
            }
        }
        return html.length();
    }

    /** Where the end tag of {@code name} found from {@code from} starts (its {@code </}), or -1 when there is none. */
    private static int endTag(String html, int from, String name) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            int after = i + 2 + name.length();
            if (html.regionMatches(true, i + 2, name, 0, name.length()) && (after == html.length()
                    || Character.isWhitespace(html.charAt(after)) || html.charAt(after) == '>'
                    || html.charAt(after) == '/')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Places in the HTML of one node, asked for from its start to its end: each character is looked
     * at once, so a pasted page of many thousand tags on few lines costs no more than its length.
     */
    private static final class HtmlPlaces {
        private final Node node;
        private final String html;
        /** How far the HTML has been read, the line ends before that, and where the last line starts. */
        private int read;
        private int lines;
        private int lineStart;

        HtmlPlaces(Node node, String html) {
            this.node = node;
            this.html = html;
        }

        /** {@code text} at {@code offset}, no earlier than the last asked for: its line in the node, and its column on that line. */
        Found at(int offset, String text) {
            for (; read < offset; read++) {
                if (html.charAt(read) == '\n') {
                    lines++;
                    lineStart = read + 1;
                }
            }
            if (lineStart > 0) {
                // a later line of the node: its own place, after what a block quote or list item put before it
                List<SourceSpan> spans = node.getSourceSpans();
                if (lines < spans.size()) {
                    SourceSpan span = spans.get(lines);
                    return new Found(span.getLineIndex() + 1, span.getColumnIndex() + offset - lineStart + 1, text);
                }
            }
            Found first = found(node, lineStart == 0 ? offset : 0, "");
            return new Found(first.line() + lines, lineStart == 0 ? first.column() : offset - lineStart + 1, text);
        }
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
