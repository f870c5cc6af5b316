package io.orbitpress.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The links of a rendered page ({@code href}, {@code src}, {@code action}, {@code poster} and each
 * URL of a {@code srcset}) and its anchors ({@code id}, and {@code name} on {@code <a>}: what a
 * {@code #fragment} can reach), read as a browser reads them: attributes in any quoting, character
 * references decoded, a URL without the white space its parser drops.
 *
 * <p>Pages are read on their bytes by {@link PlainTags} when they are written in the plain form
 * the templates and Markdown produce, and a page in any other form is parsed by jsoup: on the
 * 1,000-article site, where every page is plain, the scanner takes 35 µs a page and jsoup 430
 * (bench/README.md, {@code PageLinksBench}), and a build reads each page twice (to make its links
 * relative, to check them). {@code PageLinksPropertiesTest} checks on generated pages that the
 * scanner reads what jsoup reads.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /** The links and anchors of one page, decoded, in order. */
    public record Found(List<String> links, List<String> ids) {
    }

    /** A page's bytes after {@link #rewriteAndRead}, and what {@link #read} reads of them. */
    public record Rewritten(byte[] html, Found found) {
    }

    /** Passes every link (decoded, each URL of a srcset on its own) to {@code links} and every anchor to {@code ids}, in page order. */
    public static void read(byte[] html, Consumer<String> links, Consumer<String> ids) {
        Found found = found(html);
        found.links().forEach(links);
        found.ids().forEach(ids);
    }

    /** What {@link PlainTags} reads of a plain page; what jsoup reads of any other. */
    private static Found found(byte[] html) {
        Found found = scanned(html);
        return found != null ? found : parsed(html);
    }

    /** What {@link PlainTags} reads of a plain page; null when the page is not plain. */
    static Found scanned(byte[] html) {
        List<String> links = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean plain = PlainTags.scan(html, (name, start, end) -> {
            String value = PlainTags.decode(html, start, end);
            (name == PlainTags.ID || name == PlainTags.NAME ? ids : links).add(value);
        });
        return plain ? new Found(links, ids) : null;
    }

    /** What jsoup reads of a page, in any form. */
    static Found parsed(byte[] html) {
        List<String> links = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Element e : parse(new String(html, StandardCharsets.UTF_8)).getAllElements()) {
            for (Attribute a : e.attributes()) {
                switch (kind(e, a)) {
                    case LINK -> links.add(url(a.getValue()));
                    case SRCSET -> {
                        String value = a.getValue();
                        for (int[] u : Srcset.urls(value)) {
                            links.add(url(value.substring(u[0], u[1])));
                        }
                    }
                    case ID -> ids.add(a.getValue());
                    default -> { }
                }
            }
        }
        return new Found(links, ids);
    }

    private enum Kind { LINK, SRCSET, ID, OTHER }

    private static Kind kind(Element e, Attribute a) {
        return switch (a.getKey()) {
            case "href", "src", "action", "poster" -> Kind.LINK;
            case "srcset" -> Kind.SRCSET;
            case "id" -> Kind.ID;
            case "name" -> e.normalName().equals("a") ? Kind.ID : Kind.OTHER;
            default -> Kind.OTHER;
        };
    }

    private static Document parse(String page) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(page, "");
    }

    /**
     * An attribute value as the URL parser reads it: without leading and trailing spaces and
     * control characters, and without tabs and line breaks anywhere.
     */
    static String url(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        String u = value.substring(start, end);
        return u.indexOf('\t') < 0 && u.indexOf('\n') < 0 && u.indexOf('\r') < 0 ? u : u.replaceAll("[\t\n\r]", "");
    }

    /**
     * Whether {@code url} is root-relative ("/people/x/"): it starts with one slash, not two (nor a
     * slash and a backslash, which a browser reads as two).
     */
    static boolean rootRelative(String url) {
        return url.startsWith("/") && !(url.length() > 1 && (url.charAt(1) == '/' || url.charAt(1) == '\\'));
    }

    /** Writes the new link for the root-relative path {@code text[start, end)} (after its leading slash). */
    interface LinkWriter {
        void write(Bytes out, byte[] text, int start, int end);
    }

    /**
     * Rewrites every root-relative link of a page with {@code writer}; the same array when no link
     * needed a change. A plain page keeps every other byte, and so does any page but for the
     * values of the links rewritten, which are then written in double quotes.
     */
    static byte[] rewrite(byte[] html, LinkWriter writer) {
        Rewrite plain = new Rewrite(html, writer);
        if (PlainTags.scan(html, plain)) {
            return plain.result();
        }
        return rewriteParsed(html, writer);
    }

    /**
     * {@link #rewrite}, and {@link #read} of the page it makes: a plain page is read once, its
     * links as they are after the rewrite (a plain page stays plain: a rewritten link keeps its
     * bytes after the slash and gains only "../" or "./"); any other page is rewritten, then read.
     */
    static Rewritten rewriteAndRead(byte[] html, LinkWriter writer) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>());
        Rewrite plain = new Rewrite(html, writer, found);
        if (PlainTags.scan(html, plain)) {
            return new Rewritten(plain.result(), found);
        }
        byte[] out = rewriteParsed(html, writer);
        return new Rewritten(out, found(out));
    }

    /** {@link #rewrite} of a plain page, on its bytes; what it reads of the new page goes to {@code found}, when given. */
    private static final class Rewrite implements PlainTags.Visitor {
        private final byte[] html;
        private final LinkWriter writer;
        private final Found found;
        private Bytes out;
        private int copied;

        Rewrite(byte[] html, LinkWriter writer) {
            this(html, writer, null);
        }

        Rewrite(byte[] html, LinkWriter writer, Found found) {
            this.html = html;
            this.writer = writer;
            this.found = found;
        }

        @Override
        public void attribute(int name, int start, int end) {
            if (name == PlainTags.ID || name == PlainTags.NAME || end - start < 1 || html[start] != '/'
                    || end - start > 1 && (html[start + 1] == '/' || html[start + 1] == '\\')) {
                if (found != null) {
                    (name == PlainTags.ID || name == PlainTags.NAME ? found.ids() : found.links())
                            .add(PlainTags.decode(html, start, end));
                }
                return;
            }
            if (out == null) {
                out = new Bytes(html.length + 256);
            }
            out.append(html, copied, start);
            int written = out.size;
            writer.write(out, html, start + 1, end);
            if (found != null) {
                found.links().add(PlainTags.decode(out.buf, written, out.size));
            }
            copied = end;
        }

        byte[] result() {
            if (out == null) {
                return html;
            }
            out.append(html, copied, html.length);
            return out.toArray();
        }
    }

    /** {@link #rewrite} of any page: jsoup finds each link value's place in the text. */
    static byte[] rewriteParsed(byte[] html, LinkWriter writer) {
        return rewriteParsed(html, value -> rewriteUrl(value, writer));
    }

    /**
     * Rewrites every link of a page (each URL of a srcset on its own) that {@code link} changes:
     * it is given the link as a browser reads it, and returns the new one, or the same. jsoup finds
     * each value's place in the text; the other bytes are kept, and a rewritten value is written in
     * double quotes. The same array when no link changed.
     */
    static byte[] rewriteEach(byte[] html, java.util.function.UnaryOperator<String> link) {
        return rewriteParsed(html, value -> {
            String u = url(value);
            String rewritten = link.apply(u);
            return rewritten.equals(u) ? value : rewritten;
        });
    }

    /** Rewrites, at its place in the text, each link value (srcset URLs one by one) that {@code rewriteUrl} changes. */
    private static byte[] rewriteParsed(byte[] html, java.util.function.UnaryOperator<String> rewriteUrl) {
        String page = new String(html, StandardCharsets.UTF_8);
        // by start of the value in the text: an element the parser clones (a formatting element
        // reopened after a block) shares its attributes' places with the original
        Map<Integer, String[]> changes = new TreeMap<>();
        for (Element e : parse(page).getAllElements()) {
            for (Attribute a : e.attributes()) {
                Kind kind = kind(e, a);
                Range.AttributeRange range = a.sourceRange();
                if (kind != Kind.LINK && kind != Kind.SRCSET || !range.isTracked()) {
                    continue;
                }
                String value = a.getValue();
                String rewritten = kind == Kind.LINK ? rewriteUrl.apply(value) : rewriteSrcset(value, rewriteUrl);
                if (!rewritten.equals(value)) {
                    int start = range.valueRange().startPos();
                    int end = range.valueRange().endPos();
                    boolean quoted = start > 0 && end < page.length() && (page.charAt(start - 1) == '"'
                            || page.charAt(start - 1) == '\'') && page.charAt(end) == page.charAt(start - 1);
                    changes.putIfAbsent(quoted ? start - 1 : start,
                            new String[] {Integer.toString(quoted ? end + 1 : end), rewritten});
                }
            }
        }
        if (changes.isEmpty()) {
            return html;
        }
        StringBuilder sb = new StringBuilder(page.length() + 256);
        int copied = 0;
        for (Map.Entry<Integer, String[]> c : changes.entrySet()) {
            int start = c.getKey();
            if (start < copied) {
                continue;
            }
            sb.append(page, copied, start).append('"');
            escape(sb, c.getValue()[1]);
            sb.append('"');
            copied = Integer.parseInt(c.getValue()[0]);
        }
        sb.append(page, copied, page.length());
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String rewriteUrl(String value, LinkWriter writer) {
        String u = url(value);
        if (!rootRelative(u)) {
            return value;
        }
        byte[] bytes = u.getBytes(StandardCharsets.UTF_8);
        Bytes out = new Bytes(bytes.length + 32);
        writer.write(out, bytes, 1, bytes.length);
        return new String(out.toArray(), StandardCharsets.UTF_8);
    }

    private static String rewriteSrcset(String value, java.util.function.UnaryOperator<String> rewriteUrl) {
        StringBuilder sb = new StringBuilder(value.length() + 32);
        int copied = 0;
        for (int[] u : Srcset.urls(value)) {
            sb.append(value, copied, u[0]).append(rewriteUrl.apply(value.substring(u[0], u[1])));
            copied = u[1];
        }
        return sb.append(value, copied, value.length()).toString();
    }

    /** Appends {@code value} as the text of a double-quoted attribute. */
    private static void escape(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
    }

    /** A growing byte array. */
    static final class Bytes {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        void append(byte[] b, int from, int to) {
            int n = to - from;
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
            System.arraycopy(b, from, buf, size, n);
            size += n;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
