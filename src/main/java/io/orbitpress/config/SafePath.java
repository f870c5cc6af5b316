package io.orbitpress.config;

import java.util.regex.Pattern;

/**
 * URL paths people write (slugs, redirects, an entity kind's url): segments of letters, digits and
 * {@code - _ . ~}, each starting with a letter or digit. Such a path needs no escaping, cannot
 * leave its folder, and cannot be read as a scheme ({@code javascript:}) or a host ({@code //x}),
 * whatever page links to it.
 */
public final class SafePath {

    /** The longest segment: file names on most systems allow 255 bytes. */
    public static final int MAX_SEGMENT = 200;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.~-]*");

    private SafePath() {
    }

    /** Whether {@code s} is one such segment. */
    public static boolean isSegment(String s) {
        return s.length() <= MAX_SEGMENT && SEGMENT.matcher(s).matches() && !s.contains("..");
    }

    /** Whether {@code path} is one or more such segments joined by single slashes, with no slash at either end. */
    public static boolean isPath(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (int start = 0; start <= path.length(); ) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (!isSegment(path.substring(start, end))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * Whether {@code route} is a page's address made of such segments: an optional slash at either
     * end ("/2015/06/old-post/", "blog/old-post.html"), never the root alone.
     */
    public static boolean isRoute(String route) {
        int from = route.startsWith("/") ? 1 : 0;
        int to = route.endsWith("/") && route.length() > from ? route.length() - 1 : route.length();
        return isPath(route.substring(from, to));
    }
}
