package io.orbitpress.media;

import io.orbitpress.image.PublishedMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Where a picture written in a page is in the site: its address resolved against the page's URL
 * as a browser resolves it ("launch.jpg" on /articles/x/ is /articles/x/launch.jpg), as a path
 * below the site root ("images/launch.jpg"), which is where it is under {@code content/static/}.
 * JPEG (.jpg, .jpeg, .jfif, .jpe) and PNG pictures of the site itself are resized; GIF, WebP and
 * SVG ones are measured and published as they are; every other address is left as written.
 */
public final class SitePaths {

    private SitePaths() {
    }

    /** The path below the root of the picture (JPEG, PNG, GIF, WebP, SVG) {@code src} on the page at {@code pageUrl}, or null. */
    public static String picture(String pageUrl, String src) {
        if (src == null || src.isEmpty() || src.startsWith("//") || src.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        int end = firstOf(src, '?', '#');
        if (end >= 0) {
            // a query or fragment after a JPEG or PNG (?v=2, ?w=1024 from an exported blog) asks for the
            // same file, which is shown as its copies; a file published as written keeps it as written
            // (an SVG sprite's #view), and is not measured
            if (end == 0 || !PublishedMetadata.applies(src.substring(0, end))) {
                return null;
            }
            src = src.substring(0, end);
        }
        String lower = src.toLowerCase(Locale.ROOT);
        if (!PublishedMetadata.applies(lower) && !io.orbitpress.image.AsWritten.applies(lower)) {
            return null;
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return null;
        }
        String base = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        String full = decoded.startsWith("/") ? decoded : base + decoded;
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : full.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The longest name a resized copy keeps of its picture's (ASCII, so as many bytes). */
    static final int VARIANT_STEM = 160;

    /**
     * The output path of the copy {@code width} pixels wide of the picture at {@code path}:
     * beside it, named after it (its ASCII letters in lower case, digits, {@code -} and {@code _}: a
     * name in another script is transliterated by the caller, {@code SiteImages}), its
     * width and {@code hash}, so that a changed picture gets new names and no cache serves the old one
     * ({@code images/launch.jpg} → {@code images/launch-960w.3f2a9c1b7d.jpg}). A name is cut to
     * {@value #VARIANT_STEM} characters, so that the width and hash still fit a file system's 255 bytes
     * after a picture whose own name nearly fills them.
     */
    public static String variant(String path, int width, String hash, String extension) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (keep) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String clean = sb.length() > VARIANT_STEM ? sb.substring(0, VARIANT_STEM) : sb.toString();
        clean = clean.replaceAll("^-+|-+$", "");
        clean = clean.isEmpty() ? "image" : clean;
        return path.substring(0, slash + 1) + clean + "-" + width + "w." + hash + "." + extension;
    }

    /** The root-relative URL of an output path, each segment percent-encoded as needed. */
    public static String url(String path) {
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            sb.append('/').append(Html.encodeUrl(seg).replace("?", "%3F").replace("#", "%23").replace(",", "%2C"));
        }
        return sb.toString();
    }
}
