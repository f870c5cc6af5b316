package io.orbitpress.content;

import java.util.Locale;

/** Addresses in front matter that a page loads or links to, checked as a browser would read them. */
final class Addresses {

    private Addresses() {
    }

    /**
     * Whether {@code url} can be an image: a path (relative, root-relative or {@code //host/...})
     * or an http(s) URL. Any other scheme is refused: {@code javascript:} and {@code data:} run or
     * smuggle content, and {@code mailto:} or {@code tel:} are no pictures. White space and control
     * characters are refused too, as a browser drops them before it reads the scheme.
     */
    static boolean isImage(String url) {
        if (url.isEmpty() || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return false;
        }
        String scheme = scheme(url);
        return scheme == null || scheme.equals("http") || scheme.equals("https");
    }

    /**
     * What a message says of {@code image}, which {@link #isImage} refused: a space in a file's
     * name is told as such, with the address written with %20; anything else as not an address,
     * {@code example} showing one.
     */
    static String notAnImage(String image, String example) {
        String encoded = image.strip().replace(" ", "%20");
        if (image.strip().contains(" ") && isImage(encoded)) {
            return "image has a space in its address; write each space as %20, like " + encoded
                    + ", or rename the file without spaces";
        }
        return "image must be a path or an http(s) URL, like " + example;
    }

    /** The scheme of {@code url} in lower case (RFC 3986: a letter, then letters, digits, + . -, then a colon), or null. */
    static String scheme(String url) {
        if (url.isEmpty() || !isLetter(url.charAt(0))) {
            return null;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return url.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return null;
            }
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The picture's address {@code image:} gives in {@code fm}, or "". A map with a {@code path}, as
     * Jekyll's jekyll-seo-tag takes it ({@code image: {path: ..., alt: ...}}), is an error that says
     * the keys to write in its place.
     */
    static String image(io.orbitpress.frontmatter.FrontMatter fm, io.orbitpress.diag.Diagnostics d) {
        tools.jackson.databind.JsonNode v = fm.node("image").orElse(null);
        if (v != null && v.isObject() && v.has("path") && v.get("path").isValueNode()) {
            tools.jackson.databind.JsonNode alt = v.get("alt");
            String path = v.get("path").asString().strip();
            fm.error(d, "image", "image is written as a map, as Jekyll's jekyll-seo-tag takes it; write image: " + path
                    + (alt != null && alt.isValueNode() && !alt.asString().isBlank()
                            ? " and image_alt: \"" + alt.asString().strip() + "\" in its place"
                            : " in its place, and image_alt: describing what it shows"));
            return "";
        }
        return fm.text("image", d).orElse("");
    }
}
