package io.orbitpress.media;

/**
 * A video (or a picture from another site) shown in an article behind a poster: nothing is
 * loaded from the other site until the reader clicks play.
 *
 * @param provider  {@link #YOUTUBE}, {@link #VIMEO}, {@link #NASA} or {@link #VIDEO} (a file of the site)
 * @param url       the address as written
 * @param load      {@code frame} (an iframe of {@code src}), {@code video} or {@code image} (a media element)
 * @param src       what is loaded on click (an iframe's or a media element's address); for a
 *                  {@link #VIDEO}, the file's root-relative address
 * @param link      the page on the other site, for readers without JavaScript ("" for a file of the site)
 * @param title     what the video is
 * @param caption   more about it, or ""
 * @param credit    who made it, or ""
 * @param poster    the index of its poster among the article's pictures, or -1 when it has none
 */
public record Embed(String provider, String url, String load, String src, String link, String title, String caption,
        String credit, int poster) {

    public static final String YOUTUBE = "youtube";
    public static final String VIMEO = "vimeo";
    public static final String NASA = "nasa";
    public static final String VIDEO = "video";

    /** The origins the page must allow frames from, for the Content-Security-Policy. */
    public static final java.util.List<String> FRAME_ORIGINS = java.util.List.of("https://www.youtube-nocookie.com",
            "https://player.vimeo.com");

    /** The provider's name as readers know it. */
    public String providerName() {
        return switch (provider) {
            case YOUTUBE -> "YouTube";
            case VIMEO -> "Vimeo";
            case NASA -> "NASA Image and Video Library";
            default -> "";
        };
    }

    /** The host loaded on click, for the note on the play button ("" for a file of the site). */
    public String host() {
        if (provider.equals(VIDEO)) {
            return "";
        }
        String rest = src.substring(src.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
