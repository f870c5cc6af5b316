package io.orbitpress.render;

import io.orbitpress.media.Picture;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The picture a page shows in link previews ({@code og:image}, {@code twitter:image}): an
 * absolute URL, its size (0 when not known) and its alt text.
 */
public record SocialImage(String url, int width, int height, String alt) {

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
