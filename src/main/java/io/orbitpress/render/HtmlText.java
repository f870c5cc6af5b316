package io.orbitpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The text of an article's HTML as jsoup reads it ({@code Jsoup.parseBodyFragment(html).text()}),
 * read directly for the markup Orbitpress's Markdown, picture and embed code write: properly
 * nested paragraphs, headings, lists, quotes, code, links, emphasis, tables, figures and embeds,
 * with the references {@code &amp; &lt; &gt; &quot; &#39;}. Anything else (another element, a comment, another
 * character reference, a misnested or unclosed element, anything jsoup's tree builder would move
 * or close by itself) is left to jsoup, whose result this is in every case.
 *
 * <p>jsoup builds a tree and walks it; here the same tree is built, small, and walked by the same
 * rules: a space before a block element, a {@code <br>} or a picture with text, a space after a
 * block element, a picture or an element holding a block when text or an inline element follows,
 * white space run together to one space outside {@code <pre>}, zero-width spaces and soft hyphens
 * dropped, the ends trimmed. {@code HtmlTextTest} checks it against jsoup on every corpus.
 */
final class HtmlText {

    private static final Set<String> BLOCK = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "figure", "figcaption", "div", "section", "aside", "table", "caption", "thead",
            "tbody", "tfoot", "tr", "td", "th");
    private static final Set<String> INLINE = Set.of("code", "em", "strong", "a", "img", "br", "picture", "source",
            "del", "s", "sup", "sub", "span", "b", "i", "u", "small", "mark", "abbr", "cite", "q", "kbd", "samp",
            "var", "time", "wbr", "button");
    private static final Set<String> VOID = Set.of("img", "br", "hr", "source", "wbr");
    /** jsoup's text boundaries: a space around them when they hold text. */
    private static final Set<String> BOUNDARY = Set.of("img", "picture", "button");
    /** The parts of a table that hold rows or cells, where text other than white space would be moved out. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String[] REFERENCES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    /**
     * Elements nested deeper are left to jsoup: the tree is walked by recursion, and raw HTML in
     * Markdown is not held to the Markdown's own nesting limit.
     */
    private static final int MAX_DEPTH = 200;
    private static final char[] DECODED = {'&', '<', '>', '"', '\''};

    private HtmlText() {
    }

    /** The text of {@code html}, exactly as {@code Jsoup.parseBodyFragment(html).text()} gives it. */
    static String of(String html) {
        Node body = parse(html);
        return body == null ? Jsoup.parseBodyFragment(html).text() : text(body);
    }

    /** A node of the tree: an element (with children) or a text (with its decoded characters). */
    static final class Node {
        final String name;
        final String text;
        final Node parent;
        final List<Node> children = new ArrayList<>();

        Node(String name, String text, Node parent) {
            this.name = name;
            this.text = text;
            this.parent = parent;
        }

        boolean isText() {
            return text != null;
        }
    }

    /** The tree of {@code html} (under a {@code body}), or null when jsoup could build another. */
    static Node parse(String html) {
        Node body = new Node("body", null, null);
        Node current = body;
        int depth = 0;
        StringBuilder text = new StringBuilder();
        // read from an array: a character at a time from the string costs a call and a bounds check each
        char[] h = html.toCharArray();
        int n = h.length;
        int i = 0;
        while (i < n) {
            char c = h[i];
            if (c == '<') {
                if (text.length() > 0) {
                    if (TABLE_PARTS.contains(current.name) && !blank(text)) {
                        return null; // jsoup moves it out of the table
                    }
                    current.children.add(new Node(null, text.toString(), current));
                    text.setLength(0);
                }
                boolean end = i + 1 < n && html.charAt(i + 1) == '/';
                int nameStart = end ? i + 2 : i + 1;
                int j = nameStart;
                while (j < n && (isLower(html.charAt(j)) || j > nameStart && isDigit(html.charAt(j)))) {
                    j++;
                }
                if (j == nameStart || j == n || !isSpace(html.charAt(j)) && "/>".indexOf(html.charAt(j)) < 0) {
                    return null; // not a tag this reads (a comment, a doctype, "<" as text, a longer name)
                }
                String name = html.substring(nameStart, j);
                if (!BLOCK.contains(name) && !INLINE.contains(name)) {
                    return null;
                }
                int close = tagEnd(html, j, end, VOID.contains(name));
                if (close < 0) {
                    return null;
                }
                if (end) {
                    if (VOID.contains(name) || !name.equals(current.name)) {
                        return null; // jsoup would mend it
                    }
                    current = current.parent;
                    depth--;
                } else {
                    if (!opens(current, name)) {
                        return null;
                    }
                    Node e = new Node(name, null, current);
                    current.children.add(e);
                    if (!VOID.contains(name)) {
                        if (++depth > MAX_DEPTH) {
                            return null;
                        }
                        current = e;
                        if (name.equals("pre") && close + 1 < n && html.charAt(close + 1) == '\n') {
                            return null; // the parser drops a line feed right after <pre>
                        }
                    }
                }
                i = close + 1;
            } else if (c == '&') {
                int ref = reference(html, i, text);
                if (ref < 0) {
                    return null;
                }
                i = ref;
            } else if (c == '\r' || c == 0) {
                return null;
            } else {
                // the run of plain characters up to the next markup, at once
                int j = i + 1;
                while (j < n) {
                    char x = h[j];
                    if (x == '<' || x == '&' || x == '\r' || x == 0) {
                        break;
                    }
                    j++;
                }
                text.append(h, i, j - i);
                i = j;
            }
        }
        if (current != body) {
            return null;
        }
        if (text.length() > 0) {
            body.children.add(new Node(null, text.toString(), body));
        }
        return body;
    }

    /**
     * Whether jsoup would put a {@code name} element inside {@code current} as written: not a block
     * inside a paragraph (which it closes), not a heading in a heading, a link in a link, a button
     * in a button, a list item outside a list, or a part of a table out of its place.
     */
    private static boolean opens(Node current, String name) {
        for (Node open = current; open != null; open = open.parent) {
            if (open.name.equals("p") && !INLINE.contains(name)) {
                return false;
            }
            if (open.name.equals(name) && (name.equals("a") || name.equals("button"))) {
                return false;
            }
            if (HEADINGS.contains(open.name) && HEADINGS.contains(name)) {
                return false;
            }
        }
        // a table only as written in full: sections in the table, rows in sections, cells in rows
        String within = switch (name) {
            case "li" -> current.name.equals("ul") ? "ul" : "ol";
            case "caption", "thead", "tbody", "tfoot" -> "table";
            case "tr" -> current.name.equals("thead") || current.name.equals("tfoot") ? current.name : "tbody";
            case "td", "th" -> "tr";
            default -> null;
        };
        if (within != null) {
            return current.name.equals(within);
        }
        return !TABLE_PARTS.contains(current.name);
    }

    /**
     * Where the tag whose name ends at {@code from} closes ({@code >}); -1 when its attributes are
     * not plainly written (quoted or simple values, a self-closing slash only on a void element)
     * or an end tag has any.
     */
    private static int tagEnd(String html, int from, boolean end, boolean isVoid) {
        int n = html.length();
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (c == '/' && isVoid && !end && i + 1 < n && html.charAt(i + 1) == '>') {
                return i + 1; // <br />: the slash means nothing on a void element
            }
            if (end || c == '/' || c == '"' || c == '\'' || c == '=' || c == '<') {
                return -1;
            }
            // an attribute's name, then maybe its value
            while (i < n && !isSpace(html.charAt(i)) && "/>=\"'<".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            if (i < n && html.charAt(i) == '=') {
                i++;
                if (i >= n) {
                    return -1;
                }
                char q = html.charAt(i);
                if (q == '"' || q == '\'') {
                    int closeQuote = html.indexOf(q, i + 1);
                    if (closeQuote < 0) {
                        return -1;
                    }
                    i = closeQuote + 1;
                } else {
                    int start = i;
                    while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                        if ("\"'=<`".indexOf(html.charAt(i)) >= 0) {
                            return -1;
                        }
                        i++;
                    }
                    if (i == start) {
                        return -1;
                    }
                }
                if (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                    return -1; // a value must be followed by space or the tag's end
                }
            }
        }
        return -1;
    }

    /** Decodes the reference at {@code at} into {@code text}; where it ends, or -1 for any but the simple five. */
    private static int reference(String html, int at, StringBuilder text) {
        int n = html.length();
        if (at + 1 >= n) {
            text.append('&');
            return at + 1;
        }
        char next = html.charAt(at + 1);
        if (!isLower(next) && !isDigit(next) && next != '#' && !(next >= 'A' && next <= 'Z')) {
            text.append('&'); // "&" before anything that starts no reference is itself
            return at + 1;
        }
        for (int k = 0; k < REFERENCES.length; k++) {
            if (html.startsWith(REFERENCES[k], at)) {
                text.append(DECODED[k]);
                return at + REFERENCES[k].length();
            }
        }
        return -1;
    }

    /** The tree's text by the rules of jsoup's {@code Element.text()}. */
    private static String text(Node body) {
        StringBuilder accum = new StringBuilder();
        walk(body, accum);
        return accum.toString().trim();
    }

    private static void walk(Node node, StringBuilder accum) {
        // head
        if (node.isText()) {
            if (preservesWhitespace(node.parent)) {
                accum.append(node.text);
            } else {
                appendNormalised(accum, node.text, lastIsSpace(accum));
            }
            return;
        }
        if (accum.length() > 0 && leadingSeparator(node) && !lastIsSpace(accum)) {
            accum.append(' ');
        }
        for (int k = 0; k < node.children.size(); k++) {
            Node child = node.children.get(k);
            walk(child, accum);
            if (!child.isText()) {
                // tail
                Node next = k + 1 < node.children.size() ? node.children.get(k + 1) : null;
                if (trailingSeparator(child) && next != null
                        && (next.isText() || INLINE.contains(next.name)) && !lastIsSpace(accum)) {
                    accum.append(' ');
                }
            }
        }
    }

    private static boolean leadingSeparator(Node e) {
        return BLOCK.contains(e.name) || e.name.equals("body") || e.name.equals("br")
                || BOUNDARY.contains(e.name) && !e.children.isEmpty() && hasText(e);
    }

    private static boolean trailingSeparator(Node e) {
        if (BOUNDARY.contains(e.name) || !INLINE.contains(e.name)) {
            return true;
        }
        for (Node c : e.children) {
            if (!c.isText() && BLOCK.contains(c.name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text below {@code e} holds anything but white space (jsoup's {@code hasText}). */
    private static boolean hasText(Node e) {
        for (Node c : e.children) {
            if (c.isText() ? !blank(c.text) : hasText(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} or one of its five nearest ancestors is a {@code <pre>}. */
    private static boolean preservesWhitespace(Node e) {
        Node el = e;
        int i = 0;
        do {
            if (el.name.equals("pre")) {
                return true;
            }
            el = el.parent;
            i++;
        } while (i < 6 && el != null);
        return false;
    }

    private static boolean lastIsSpace(StringBuilder accum) {
        return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
    }

    /**
     * White space runs as one space (none at the start when {@code stripLeading}); invisible
     * characters dropped. By UTF-16 units: every character it treats apart is in the BMP, and the
     * two halves of any other are appended as they come, in runs.
     */
    private static void appendNormalised(StringBuilder accum, String s, boolean stripLeading) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        char[] chars = s.toCharArray(); // as in parse
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (isWhitespace(c) || c == 160) {
                if (!(stripLeading && !reachedNonWhite || lastWasWhite)) {
                    accum.append(' ');
                    lastWasWhite = true;
                }
                i++;
            } else if (c == 8203 || c == 173) {
                i++;
            } else {
                int j = i + 1;
                while (j < n) {
                    char x = chars[j];
                    if (isWhitespace(x) || x == 160 || x == 8203 || x == 173) {
                        break;
                    }
                    j++;
                }
                accum.append(chars, i, j - i);
                i = j;
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f';
    }

    /** jsoup's white space in text ({@code StringUtil.isWhitespace}); its normalising also counts U+00A0. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
