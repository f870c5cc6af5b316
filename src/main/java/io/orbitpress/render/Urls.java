package io.orbitpress.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes and relative links. A route is a path below the site root without a leading slash:
 * "" (home), "articles/crew-11/" (a folder page, written as index.html), "feed.xml" (a file).
 */
public final class Urls {

    private static final Pattern ROOT_RELATIVE = Pattern.compile("(\\s(?:href|src|action|poster))=\"/(?!/)([^\"]*)\"");

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
        Matcher m = ROOT_RELATIVE.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(sb, "");
            sb.append(m.group(1)).append("=\"").append(relative(route, "/" + m.group(2))).append('"');
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Rewrites root-relative links to absolute ones under {@code baseUrl} (for pages served at any path, like 404). */
    public static String absolutize(String html, String baseUrl) {
        Matcher m = ROOT_RELATIVE.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(sb, "");
            sb.append(m.group(1)).append("=\"").append(baseUrl).append(m.group(2)).append('"');
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The absolute URL of a root-relative path. */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
