package io.orbitpress.render;

import static io.orbitpress.render.HtmlBytes.ascii;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Routes and relative links. A route is a path below the site root without a leading slash:
 * "" (home), "articles/crew-11/" (a folder page, written as index.html), "feed.xml" (a file).
 */
public final class Urls {

    private Urls() {
    }

    /** The file a route is written to: folder routes get index.html. */
    public static String file(String route) {
        return route.isEmpty() || route.endsWith("/") ? route + "index.html" : route;
    }

    /**
     * The route of the page an old address ({@code aliases:}, {@code redirect_from:}) gets: "/old/x"
     * is the folder "old/x/"; an address ending in "/" or ".html" is as written.
     */
    public static String redirectRoute(String from) {
        String path = from.substring(1);
        return !path.isEmpty() && !path.endsWith("/") && !path.endsWith(".html") ? path + "/" : path;
    }

    /** The scheme, host and port of an absolute URL ("https://example.org" of "https://example.org/news/"), or "". */
    public static String origin(String url) {
        try {
            java.net.URI u = java.net.URI.create(url);
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return "";
            }
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The link from the page at {@code fromRoute} to root-relative {@code target} ("/people/x/#bio"). */
    public static String relative(String fromRoute, String target) {
        String t = target.startsWith("/") ? target.substring(1) : target;
        String fromDir = fromRoute.endsWith("/") || fromRoute.isEmpty() ? fromRoute
                : fromRoute.substring(0, fromRoute.lastIndexOf('/') + 1);
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        int common = 0;
        int pos = 0;
        while (common < from.length) {
            String seg = from[common] + "/";
            if (t.startsWith(seg, pos)) {
                pos += seg.length();
                common++;
            } else {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            sb.append("../");
        }
        sb.append(t, pos, t.length());
        if (sb.length() == 0 || sb.charAt(0) == '#' || sb.charAt(0) == '?' || common == from.length && colonFirst(sb)) {
            sb.insert(0, "./");
        }
        return sb.toString();
    }

    /**
     * Rewrites every root-relative link of a page's UTF-8 bytes {@code html} (href, src, action,
     * poster, each URL of a srcset; see {@link PageLinks}) to be relative to {@code route}. The
     * same array when no link needed a change.
     */
    public static byte[] relativize(byte[] html, String route) {
        return PageLinks.rewrite(html, relativeTo(route));
    }

    /**
     * {@link #relativize}, with the links and anchors of the page it makes ({@link PageLinks#read}),
     * read on the same pass over the page.
     */
    public static PageLinks.Rewritten relativizeAndRead(byte[] html, String route) {
        return PageLinks.rewriteAndRead(html, relativeTo(route));
    }

    /** Writes a root-relative link as one relative to the page at {@code route}. */
    private static PageLinks.LinkWriter relativeTo(String route) {
        String fromDir = route.endsWith("/") || route.isEmpty() ? route : route.substring(0, route.lastIndexOf('/') + 1);
        String[] segments = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        byte[][] from = new byte[segments.length][];
        for (int i = 0; i < segments.length; i++) {
            from[i] = segments[i].getBytes(StandardCharsets.UTF_8);
        }
        return (out, text, start, end) -> appendRelative(out, from, text, start, end);
    }

    /** Rewrites root-relative links to absolute ones under {@code baseUrl} (for pages served at any path, like 404). */
    public static String absolutize(String html, String baseUrl) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        byte[] out = absolutize(bytes, baseUrl);
        return out == bytes ? html : new String(out, StandardCharsets.UTF_8);
    }

    /**
     * Rewrites every link of an article's HTML to an absolute URL, as a feed needs it: a feed reader
     * resolves a relative link against the feed's address, not the article's. Root-relative links
     * go under {@code baseUrl}; those relative to the article's page ("../other/", "#notes", a
     * footnote's "#fn-1") are resolved against {@code pageUrl}, the page's absolute address, as the
     * page itself resolves them. A link that is no URL a browser would follow is left as written.
     */
    public static String absolutize(String html, String baseUrl, String pageUrl) {
        String rooted = absolutize(html, baseUrl);
        byte[] bytes = rooted.getBytes(StandardCharsets.UTF_8);
        boolean[] relative = {false};
        PageLinks.read(bytes, link -> relative[0] |= isPageRelative(link), id -> { });
        if (!relative[0]) {
            return rooted;
        }
        java.net.URI page = java.net.URI.create(pageUrl);
        byte[] out = PageLinks.rewriteEach(bytes, link -> isPageRelative(link) ? resolve(page, link) : link);
        return out == bytes ? rooted : new String(out, StandardCharsets.UTF_8);
    }

    /** Whether {@code link} is relative to its page: no scheme, not from the host's root ("/x") or another host's ("//x"). */
    private static boolean isPageRelative(String link) {
        if (link.startsWith("/") || link.startsWith("\\")) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return i == 0;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+'
                    || c == '-' || c == '.'))) {
                return true;
            }
        }
        return true;
    }

    /** {@code link} resolved against the absolute {@code page}; {@code link} itself when it is no URL. */
    private static String resolve(java.net.URI page, String link) {
        StringBuilder sb = new StringBuilder(link.length() + 16);
        for (byte b : link.getBytes(StandardCharsets.UTF_8)) {
            int x = b & 0xFF;
            if (x > ' ' && x < 0x7f && URI_CHARS.indexOf(x) >= 0 || Character.isLetterOrDigit(x) && x < 0x7f) {
                sb.append((char) x);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(x >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
            }
        }
        try {
            return page.resolve(new java.net.URI(sb.toString())).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    /** The characters beside letters and digits that a URI holds as they are (RFC 3986: unreserved, reserved, '%'). */
    private static final String URI_CHARS = "-._~:/?#[]@!$&'()*+,;=%";

    /** {@link #absolutize(String, String)} on UTF-8 bytes. */
    public static byte[] absolutize(byte[] html, String baseUrl) {
        byte[] base = baseUrl.getBytes(StandardCharsets.UTF_8);
        return PageLinks.rewrite(html, (out, text, start, end) -> {
            out.append(base, 0, base.length);
            out.append(text, start, end);
        });
    }

    /** {@link #relative(String, String)} for the page folder's segments {@code from}, written into {@code out}. */
    private static void appendRelative(PageLinks.Bytes out, byte[][] from, byte[] t, int start, int end) {
        int common = 0;
        int pos = start;
        while (common < from.length) {
            byte[] seg = from[common];
            int after = pos + seg.length;
            if (after < end && Arrays.equals(t, pos, after, seg, 0, seg.length) && t[after] == '/') {
                pos = after + 1;
                common++;
            } else {
                break;
            }
        }
        boolean climbs = common < from.length;
        if (!climbs && (pos == end || t[pos] == '#' || t[pos] == '?' || colonFirst(t, pos, end))) {
            out.append(DOT_SLASH, 0, DOT_SLASH.length);
        }
        for (int i = common; i < from.length; i++) {
            out.append(UP, 0, UP.length);
        }
        out.append(t, pos, end);
    }

    /**
     * Whether the first segment of a relative link has a colon, which would make it read as a
     * scheme ("javascript:x/" is one): RFC 3986, section 4.2, asks for "./" in front of such a link.
     */
    private static boolean colonFirst(CharSequence link) {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return false;
    }

    /** {@link #colonFirst(CharSequence)} of the link {@code t[start, end)}. */
    private static boolean colonFirst(byte[] t, int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = t[i];
            if (c == ':') {
                return true;
            }
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return false;
    }

    private static final byte[] DOT_SLASH = ascii("./");
    private static final byte[] UP = ascii("../");


    /**
     * The absolute URL of a root-relative path, its letters beyond ASCII (and spaces) percent-encoded
     * as UTF-8: a sitemap, a feed reader and a link preview get {@code /ru/articles/%D0%BF...}
     * for a page at {@code /ru/articles/п.../} (site.yaml {@code slugs: unicode}).
     */
    public static String absolute(String baseUrl, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c > 0x7e || c <= ' ') {
                return baseUrl + encodeBeyondAscii(p);
            }
        }
        return baseUrl + p;
    }

    private static String encodeBeyondAscii(String p) {
        StringBuilder sb = new StringBuilder(p.length() * 3);
        byte[] bytes = p.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int x = b & 0xFF;
            if (x > 0x7e || x <= ' ') {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(x >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
            } else {
                sb.append((char) x);
            }
        }
        return sb.toString();
    }
}
