package io.orbitpress.render;


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
        if (sb.length() == 0 || sb.charAt(0) == '#' || sb.charAt(0) == '?') {
            sb.insert(0, "./");
        }
        return sb.toString();
    }

    /** Rewrites every root-relative href/src/action in {@code html} to be relative to {@code route}. */
    public static String relativize(String html, String route) {
        String fromDir = route.endsWith("/") || route.isEmpty() ? route : route.substring(0, route.lastIndexOf('/') + 1);
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        return rewrite(html, (sb, value, start, end) -> appendRelative(sb, from, value, start, end));
    }

    /** Rewrites root-relative links to absolute ones under {@code baseUrl} (for pages served at any path, like 404). */
    public static String absolutize(String html, String baseUrl) {
        return rewrite(html, (sb, value, start, end) -> sb.append(baseUrl).append(value, start, end));
    }

    /** Writes the new link for the root-relative path {@code text[start, end)} (after its leading slash). */
    private interface LinkWriter {
        void write(StringBuilder sb, String text, int start, int end);
    }

    private static final String[] LINK_ATTRIBUTES = {"href", "src", "action", "poster"};

    /**
     * Finds every {@code <space>href|src|action|poster="/path"} (not {@code "//host"}) and lets
     * {@code writer} replace the path; a hand-written scan, as the regex it replaces took a tenth
     * of a large build.
     */
    private static String rewrite(String html, LinkWriter writer) {
        StringBuilder sb = null;
        int copied = 0;
        int at = html.indexOf("=\"/");
        while (at >= 0) {
            int valueStart = at + 3;
            int close = html.indexOf('"', valueStart);
            if (close < 0) {
                break;
            }
            if (html.charAt(valueStart) != '/' && attributeBefore(html, at)) {
                if (sb == null) {
                    sb = new StringBuilder(html.length() + 256);
                }
                sb.append(html, copied, at + 2);
                writer.write(sb, html, valueStart, close);
                copied = close;
                at = html.indexOf("=\"/", close + 1);
            } else {
                at = html.indexOf("=\"/", at + 1);
            }
        }
        if (sb == null) {
            return html;
        }
        sb.append(html, copied, html.length());
        return sb.toString();
    }

    /** Whether a link attribute name, preceded by white space, ends just before {@code at}. */
    private static boolean attributeBefore(String html, int at) {
        for (String name : LINK_ATTRIBUTES) {
            int start = at - name.length();
            if (start >= 1 && html.startsWith(name, start) && isSpace(html.charAt(start - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@link #relative(String, String)} for the page folder split into {@code from}, written into {@code sb}. */
    private static void appendRelative(StringBuilder sb, String[] from, String t, int start, int end) {
        int common = 0;
        int pos = start;
        while (common < from.length) {
            String seg = from[common];
            int after = pos + seg.length();
            if (after < end && t.startsWith(seg, pos) && t.charAt(after) == '/') {
                pos = after + 1;
                common++;
            } else {
                break;
            }
        }
        int mark = sb.length();
        for (int i = common; i < from.length; i++) {
            sb.append("../");
        }
        sb.append(t, pos, end);
        if (sb.length() == mark || sb.charAt(mark) == '#' || sb.charAt(mark) == '?') {
            sb.insert(mark, "./");
        }
    }

    /** The absolute URL of a root-relative path. */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
