package io.orbitpress.render;

import java.util.List;
import java.util.Random;

/**
 * Random HTML pages for the property tests of {@link PageLinks}: links and anchors in every
 * quoting, with and without references, beside text, comments, scripts and raw-text elements
 * holding look-alikes of attributes. Half of them are written as the templates write (link
 * values double-quoted, only the five simple references), so that the byte scanner reads them;
 * the other half in any form. Nothing the tree builder drops or merges (nested forms, a second
 * body) is made: there the DOM, which jsoup builds, and the tags differ on purpose.
 */
final class GeneratedPages {

    private static final List<String> URLS = List.of("/", "/a/", "/articles/x/", "/a/b.png", "/people/x/#bio",
            "//cdn.example.org/x.js", "https://example.org/x", "mailto:desk@example.org", "../x/", "x/", "#frag", "",
            "/a?b=1&c=2", "/a:b/", "/é/", "/x'y/", "/x\"y/", "/a b/", " /lead/", "/trail/ ", "/t\tab/", "/\\evil.example/",
            "/x,y.png", "/a/b/c/", "?q=1", "/feed.xml");
    private static final List<String> IDS = List.of("x", "bio", "top", "caf\u00e9", "a b", "a&b", "q\"q", "", "description");
    private static final List<String> TAGS = List.of("a", "a", "img", "link", "video", "source", "div", "p", "span", "h2",
            "li", "meta", "input", "A", "iframe", "noscript", "template", "section");
    private static final List<String> TEXT = List.of("text", "a = b", "x\"y", "&amp; &eacute;", "<", "< p", "1 < 2 > 0",
            " href=\"/fake/\" ", "id=\"fake\"", "\n", "caf\u00e9", "&lt;a href=&quot;/esc/&quot;&gt;");
    private static final List<String> MARKUP = List.of("<!-- <a href=\"/in-comment/\" id=\"c\"> -->", "<!---->",
            "<!-- a -- b -->", "</p>", "</div >", "<br>", "<br/>", "<hr />",
            "<script>var s = \"<a href='/in-script/'>\"; if (a < b) {}</script>",
            "<script type=\"application/ld+json\">{\"url\":\"/in-json/\"}</script>",
            "<style>a[href=\"/in-style/\"] { color: red }</style>",
            "<textarea><a href=\"/in-textarea/\"></textarea>", "<title>a <a href=\"/in-title/\"></title>",
            "<iframe><a href=\"/in-iframe/\"></a></iframe>", "<SCRIPT>x = '</scrip>'</SCRIPT >");
    private static final List<String> ODD = List.of("<!-- x --!> <a href=\"/after-bang/\">", "<!-->",
            "<script><!-- <script></script> <a href=\"/esc/\"> --></script>", "<svg><a href=\"/in-svg/\"></a></svg>",
            "<![CDATA[ <a href=\"/cdata/\"> ]]>", "<?php echo 1 ?>", "</ p>", "</p class=\"x\">",
            "<math><mi id=\"m\"></mi></math>", "<a href=\"/dup1/\" href=\"/dup2/\">", "<a HREF=\"/upper/\">",
            "<img srcset=\"/s1.png 1x, /s2.png 2x\">", "<a href='/single/'>", "<a href=/unquoted/>",
            "<a href=\"&#47;numeric/\">", "<a href=\"/named&eacute;/\">", "<a href = \"/spaced/\">", "<p id=\"a\"\rb\">");

    private GeneratedPages() {
    }

    /** A page; {@code plain} ones are written only in the forms the templates use. */
    static String page(Random r, boolean plain) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>T</title></head>\n<body>\n");
        int items = 1 + r.nextInt(12);
        for (int i = 0; i < items; i++) {
            int kind = r.nextInt(plain ? 10 : 12);
            if (kind < 5) {
                element(sb, r, plain);
            } else if (kind < 7) {
                sb.append(pick(r, TEXT));
            } else if (kind < 10) {
                sb.append(pick(r, MARKUP));
            } else {
                sb.append(pick(r, ODD));
            }
        }
        return sb.append("\n</body></html>\n").toString();
    }

    private static void element(StringBuilder sb, Random r, boolean plain) {
        String tag = pick(r, TAGS);
        sb.append('<').append(tag);
        int attributes = r.nextInt(4);
        List<String> used = new java.util.ArrayList<>();
        for (int i = 0; i < attributes; i++) {
            String name = pick(r, plain ? List.of("href", "src", "action", "poster", "id", "name", "title", "class", "alt",
                    "data-x", "defer") : List.of("href", "src", "action", "poster", "srcset", "id", "name", "title",
                    "class", "Id", "HREF", "data-x", "defer"));
            if (used.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            used.add(name.toLowerCase(java.util.Locale.ROOT));
            sb.append(pick(r, plain ? List.of(" ", " ", "\n", " /") : List.of(" ", "\n", "\t", " / ", "/")));
            sb.append(name);
            if (name.equals("defer") || r.nextInt(12) == 0) {
                continue; // no value
            }
            String value = switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "href", "src", "action", "poster" -> pick(r, URLS);
                case "srcset" -> pick(r, URLS).strip() + " 1x, " + pick(r, URLS).strip() + " 2x";
                case "id", "name" -> pick(r, IDS);
                default -> pick(r, TEXT);
            };
            if (plain && List.of("href", "src", "action", "poster").contains(name) && value.chars().anyMatch(c -> c <= ' ')) {
                value = value.strip().replace(" ", "%20").replace("\t", "%09");
            }
            int quoting = plain ? r.nextInt(4) == 0 && !tracked(name) ? 1 + r.nextInt(2) : 0 : r.nextInt(3);
            boolean named = !plain && r.nextInt(4) == 0;
            if (quoting == 2 && (value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || "\"'=<>`".indexOf(c) >= 0))) {
                quoting = 0;
            }
            sb.append('=');
            switch (quoting) {
                case 0 -> sb.append('"').append(escape(value, '"', named, r)).append('"');
                case 1 -> sb.append('\'').append(escape(value, '\'', named, r)).append('\'');
                default -> sb.append(escape(value, ' ', named, r));
            }
        }
        sb.append(r.nextInt(8) == 0 ? " />" : ">");
        if (r.nextBoolean()) {
            sb.append(pick(r, TEXT)).append("</").append(tag).append('>');
        }
    }

    private static boolean tracked(String name) {
        return List.of("href", "src", "action", "poster", "id", "name").contains(name);
    }

    /** {@code value} as an attribute's text inside {@code quote} (' ' for none), sometimes with other references. */
    private static String escape(String value, char quote, boolean named, Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&') {
                sb.append(r.nextInt(3) == 0 && named ? "&#38;" : "&amp;");
            } else if (c == quote || c == '"' && r.nextInt(2) == 0) {
                sb.append(c == '"' ? "&quot;" : "&#39;");
            } else if (c == '\'' && r.nextInt(3) == 0) {
                sb.append("&#39;");
            } else if (c == '<' || c == '>') {
                sb.append(c == '<' ? "&lt;" : "&gt;");
            } else if (named && c == '\u00e9') {
                sb.append("&eacute;");
            } else if (named && c == '/' && r.nextInt(4) == 0) {
                sb.append("&#x2F;");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
