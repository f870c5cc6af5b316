package io.orbitpress.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What a page served at any address carries inside itself (the 404 page: a host serves it for a
 * missing page at any depth, under any folder, where no relative link to the stylesheet holds):
 * the theme's stylesheet and its icon.
 *
 * @param stylesheet the text of {@code assets/style.css}, or "" when the theme has none
 * @param icon       {@code assets/favicon.svg} as a {@code data:} URL, or ""
 * @param origin     the scheme, host and port of the site's base URL (where its forms go), or ""
 */
public record InlineAssets(String stylesheet, String icon, String origin) {

    public static final InlineAssets NONE = new InlineAssets("", "", "");

    /** The stylesheet and the SVG icon of a theme, from their bytes (either may be null), for a site at {@code baseUrl}. */
    public static InlineAssets of(byte[] stylesheet, byte[] svgIcon, String baseUrl) {
        String css = stylesheet == null ? "" : new String(stylesheet, StandardCharsets.UTF_8);
        // a style element ends at "</style", whatever the stylesheet meant by it
        css = css.replace("</", "<\\/");
        String icon = svgIcon == null ? "" : "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svgIcon);
        return new InlineAssets(css, icon, Urls.origin(baseUrl));
    }

    /** The Content-Security-Policy source that allows the stylesheet inline: {@code 'sha256-…'}. */
    public String styleSource() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(stylesheet.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
