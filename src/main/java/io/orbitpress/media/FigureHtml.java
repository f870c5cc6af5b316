package io.orbitpress.media;

import java.util.List;

/**
 * The markup of an article's pictures and embeds. The Markdown renderer writes a marker where
 * each one stands ({@link #marker}); once the pictures are measured, {@link #fill} puts their
 * markup in place: {@code <img>} with {@code width}, {@code height}, {@code srcset} and
 * {@code sizes} (no layout shift while pictures load), {@code <figure>} with a
 * {@code <figcaption>} holding caption, credit and copyright notice, and embeds behind a play button that loads
 * nothing from another site until it is pressed.
 */
public final class FigureHtml {

    /** How the note on an embed's play button starts ("Play (loads ...)"): what search leaves out of a story's text. */
    public static final String PLAY_NOTE = "<span class=\"embed-note\">";

    /** A figure: a picture alone in its paragraph. */
    public static final char FIGURE = 'f';
    /** A picture within text. */
    public static final char INLINE = 'p';
    /** An embed. */
    public static final char EMBED = 'e';
    /** Starts and ends a marker: CommonMark replaces U+0000 in any input, so no text can hold one. */
    private static final char MARK = '\u0000';

    private FigureHtml() {
    }

    /** The marker of the {@code index}-th picture (or embed) of kind {@code kind}. */
    public static String marker(char kind, int index) {
        return MARK + String.valueOf(kind) + index + MARK;
    }

    /** Whether {@code html} holds markers to fill. */
    public static boolean hasMarkers(String html) {
        return html.indexOf(MARK) >= 0;
    }

    /**
     * {@code html} with every marker replaced by the markup of its picture or embed in
     * {@code media}; {@code sizes} is the {@code sizes} attribute of pictures in the body. Pictures
     * load lazily, except the first figure of an article without a lead picture (it is likely in
     * the first screen).
     */
    public static String fill(String html, Media media, String sizes) {
        return fill(html, media, sizes, new boolean[] {media.lead() == null});
    }

    /**
     * The parts of an article shown apart (a live blog's entries, an explainer's parts), in order,
     * each filled as {@link #fill(String, Media, String)} fills the whole body: the first figure of
     * them all is the one that loads at once.
     */
    public static List<String> fill(List<String> parts, Media media, String sizes) {
        boolean[] eagerLeft = {media.lead() == null};
        List<String> out = new java.util.ArrayList<>(parts.size());
        for (String html : parts) {
            out.add(fill(html, media, sizes, eagerLeft));
        }
        return out;
    }

    private static String fill(String html, Media media, String sizes, boolean[] eager) {
        if (!hasMarkers(html)) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length() + 512 * (media.pictures().size() + media.embeds().size()));
        boolean eagerLeft = eager[0];
        int copied = 0;
        int at;
        while ((at = html.indexOf(MARK, copied)) >= 0) {
            int end = html.indexOf(MARK, at + 1);
            sb.append(html, copied, at);
            char kind = html.charAt(at + 1);
            int index = Integer.parseInt(html, at + 2, end, 10);
            switch (kind) {
                case FIGURE -> {
                    figure(sb, media.pictures().get(index), sizes, !eagerLeft);
                    eagerLeft = false;
                }
                case INLINE -> inline(sb, media.pictures().get(index), sizes);
                default -> embed(sb, media.embeds().get(index), media.pictures(), sizes);
            }
            copied = end + 1;
        }
        eager[0] = eagerLeft;
        return sb.append(html, copied, html.length()).toString();
    }

    /** A figure: the picture, and its caption, credit and copyright notice when it has them. */
    public static void figure(StringBuilder sb, Picture p, String sizes, boolean lazy) {
        sb.append("<figure class=\"figure\">");
        img(sb, p, sizes, lazy, null);
        caption(sb, p.caption(), p.credit(), p.copyright(), null);
        sb.append("</figure>");
    }

    /**
     * The attributes of {@code p}'s {@code <img>} that say what to load: {@code src}, and when it
     * is measured {@code srcset}, {@code sizes}, {@code width} and {@code height}; each with a
     * space before it.
     */
    public static void source(StringBuilder sb, Picture p, String sizes) {
        sb.append(" src=\"").append(Html.escape(p.isMeasured() ? p.url() : Html.encodeUrl(p.src()))).append('"');
        if (p.isMeasured()) {
            sb.append(" srcset=\"").append(Html.escape(p.srcset())).append('"');
            sb.append(" sizes=\"").append(Html.escape(sizes)).append('"');
            sb.append(" width=\"").append(p.width()).append("\" height=\"").append(p.height()).append('"');
        }
    }

    /**
     * A picture within text (beside another, inside a link): the {@code <img>}, and its credit and
     * copyright notice, when it has them, just after it, with it in a {@code <span class="picture">}
     * (a credit must show wherever the picture does; the caption is its {@code title}).
     */
    static void inline(StringBuilder sb, Picture p, String sizes) {
        if (p.credit().isEmpty() && p.copyright().isEmpty()) {
            img(sb, p, sizes, true, null);
            return;
        }
        sb.append("<span class=\"picture\">");
        img(sb, p, sizes, true, null);
        String[] credits = {p.credit(), p.copyright()};
        for (int i = 0; i < credits.length; i++) {
            if (!credits[i].isEmpty()) {
                sb.append(" <span class=\"credit").append(i == 1 ? " copyright" : "").append("\">")
                        .append(Html.escape(credits[i])).append("</span>");
            }
        }
        sb.append("</span>");
    }

    /** An {@code <img>} of {@code p}: with its size and copies when measured, the address as written otherwise. */
    public static void img(StringBuilder sb, Picture p, String sizes, boolean lazy, String cls) {
        sb.append("<img");
        if (cls != null) {
            sb.append(" class=\"").append(cls).append('"');
        }
        source(sb, p, sizes);
        sb.append(" alt=\"").append(Html.escape(p.alt())).append('"');
        if (p.role().equals(Picture.INLINE) && !p.caption().isEmpty()) {
            sb.append(" title=\"").append(Html.escape(p.caption())).append('"');
        }
        if (lazy) {
            sb.append(" loading=\"lazy\"");
        }
        sb.append(" decoding=\"async\">");
    }

    private static void caption(StringBuilder sb, String caption, String credit, String copyright, String link) {
        if (caption.isEmpty() && credit.isEmpty() && copyright.isEmpty() && link == null) {
            return;
        }
        sb.append("<figcaption>");
        String sep = "";
        if (!caption.isEmpty()) {
            sb.append(Html.escape(caption));
            sep = " ";
        }
        if (!credit.isEmpty()) {
            sb.append(sep).append("<span class=\"credit\">").append(Html.escape(credit)).append("</span>");
            sep = " ";
        }
        if (!copyright.isEmpty()) { // as the article template shows the lead picture's
            sb.append(sep).append("<span class=\"credit copyright\">").append(Html.escape(copyright)).append("</span>");
            sep = " ";
        }
        if (link != null) {
            sb.append(sep).append(link);
        }
        sb.append("</figcaption>");
    }

    /** An embed: a play button over its poster (nothing from the other site is loaded), or a video file of the site. */
    static void embed(StringBuilder sb, Embed e, List<Picture> pictures, String sizes) {
        Picture poster = e.poster() < 0 ? null : pictures.get(e.poster());
        sb.append("<figure class=\"embed embed-").append(e.provider()).append("\">");
        if (e.provider().equals(Embed.VIDEO)) {
            sb.append("<video controls preload=\"none\" aria-label=\"").append(Html.escape(e.title())).append('"');
            if (poster != null) {
                sb.append(" poster=\"").append(Html.escape(poster.isMeasured() ? poster.url()
                        : Html.encodeUrl(poster.src()))).append('"');
                if (poster.isMeasured()) {
                    sb.append(" width=\"").append(poster.width()).append("\" height=\"").append(poster.height())
                            .append('"');
                }
            }
            String src = Html.escape(Html.encodeUrl(e.src()));
            sb.append("><source src=\"").append(src).append("\" type=\"").append(type(e.src())).append("\">")
                    .append("<a href=\"").append(src).append("\">Download the video</a></video>");
            caption(sb, title(e), e.credit(), "", null);
        } else {
            sb.append("<div class=\"embed-frame\">");
            if (poster != null) {
                img(sb, poster, sizes, true, "embed-poster");
            }
            sb.append("<button type=\"button\" class=\"embed-play\" data-load=\"").append(e.load())
                    .append("\" data-src=\"").append(Html.escape(e.src())).append("\" data-title=\"")
                    .append(Html.escape(e.title())).append("\"><span class=\"embed-title\">")
                    .append(Html.escape(e.title())).append("</span> ").append(PLAY_NOTE)
                    .append(e.load().equals("image") ? "Show" : "Play").append(" (loads ")
                    .append(Html.escape(e.host())).append(")</span></button></div>");
            caption(sb, e.caption(), e.credit(), "", "<a href=\"" + Html.escape(e.link()) + "\">"
                    + (e.provider().equals(Embed.NASA) ? "See it in the " : "Watch on ")
                    + e.providerName() + "</a>");
        }
        sb.append("</figure>");
    }

    /** An embed's play button as {@link #embed} writes it; group 1 is its title. */
    private static final java.util.regex.Pattern PLAY_BUTTON = java.util.regex.Pattern.compile(
            "<button type=\"button\" class=\"embed-play\"[^>]*><span class=\"embed-title\">([^<]*)</span> "
                    + java.util.regex.Pattern.quote(PLAY_NOTE) + "[^<]*</span></button>");

    /**
     * {@code html} for a feed reader, which runs no script: each embed's play button, which would
     * do nothing there, is its title alone (the caption's link leads to the video).
     */
    public static String withoutPlayButtons(String html) {
        if (!html.contains("class=\"embed-play\"")) {
            return html;
        }
        return PLAY_BUTTON.matcher(html).replaceAll("<span class=\"embed-title\">$1</span>");
    }

    private static String title(Embed e) {
        return e.caption().isEmpty() ? e.title() : e.title() + ". " + e.caption();
    }

    private static String type(String src) {
        String s = src.toLowerCase(java.util.Locale.ROOT);
        return s.endsWith(".webm") ? "video/webm" : s.endsWith(".ogv") ? "video/ogg" : "video/mp4";
    }
}
