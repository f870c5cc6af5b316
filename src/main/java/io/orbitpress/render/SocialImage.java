package io.orbitpress.render;

import io.orbitpress.media.Picture;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The picture a page shows in link previews ({@code og:image}, {@code twitter:image}): an
 * absolute URL, its size (0 when not known) and its alt text.
 */
public record SocialImage(String url, int width, int height, String alt) {

    /** The smallest side, in pixels, of a picture link previews show (X's summary card: 144 × 144). */
    public static final int LEAST = 144;

    /**
     * {@link #of} {@code p} when link previews can show it, else {@code otherwise}: not an SVG (no
     * social site shows one) and, when measured, at least {@link #LEAST} pixels on each side (a
     * 50 × 50 lead would be refused, or blown up to a blur).
     */
    static SocialImage ofOr(Picture p, String baseUrl, SocialImage otherwise) {
        return p == null || isSvg(p) || small(p) ? otherwise : of(p, baseUrl);
    }

    /** Whether {@code p} is an SVG, which no social site shows. */
    public static boolean isSvg(Picture p) {
        return p.src().toLowerCase(java.util.Locale.ROOT).matches(".*\\.svgz?([?#].*)?");
    }

    /** Whether {@code p} is measured and less than {@link #LEAST} pixels on a side. */
    public static boolean small(Picture p) {
        // the widest copy; a picture published as written (GIF, WebP) has the size its header gives
        Picture.Variant v = p.largest();
        int width = v != null ? v.width() : p.width();
        int height = v != null ? v.height() : p.height();
        return width > 0 && (width < LEAST || height < LEAST);
    }

    /** The widest copy of {@code p}, or the picture as written when it is not measured; null for null. */
    static SocialImage of(Picture p, String baseUrl) {
        if (p == null) {
            return null;
        }
        Picture.Variant v = p.largest();
        return v == null ? new SocialImage(absolute(p.src(), baseUrl), 0, 0, p.alt())
                : new SocialImage(Urls.absolute(baseUrl, v.url()), v.width(), v.height(), p.alt());
    }

    /**
     * {@code p} as a schema.org {@code ImageObject}: its widest copy, size, caption, credit
     * ({@code creditText}) and copyright notice.
     */
    static Map<String, Object> imageObject(Picture p, String baseUrl) {
        SocialImage s = of(p, baseUrl);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "ImageObject");
        m.put("url", s.url());
        m.put("contentUrl", s.url());
        if (s.width() > 0) {
            m.put("width", s.width());
            m.put("height", s.height());
        }
        if (!p.caption().isEmpty()) {
            m.put("caption", p.caption());
        }
        if (!p.credit().isEmpty()) {
            m.put("creditText", p.credit());
        }
        if (!p.copyright().isEmpty()) {
            m.put("copyrightNotice", p.copyright());
        }
        return m;
    }

    private static String absolute(String src, String baseUrl) {
        return src.matches("(?i)https?://.*") ? src : src.startsWith("//") ? "https:" + src : Urls.absolute(baseUrl, src);
    }
}
