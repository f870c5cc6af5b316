package io.orbitpress.media;

import java.util.List;

/**
 * A picture as a page shows it: the address written in the source, and once the image pipeline
 * has measured it, its size and resized copies; with its alt text, caption and credit.
 *
 * @param role       where it stands: {@link #LEAD} (an article's front matter image), {@link #FIGURE}
 *                   (alone in its paragraph), {@link #INLINE} (within text), {@link #POSTER} (of an
 *                   embedded video), {@link #PORTRAIT} (of a person, mission or organization), {@link #CARD}
 *                   (the site's default social card)
 * @param src        the address as written ("/images/launch.jpg", "launch.jpg", "https://...")
 * @param url        the address the page loads: a resized copy, or {@code src} when the picture is not measured
 * @param width      the picture's width in pixels as shown (EXIF orientation applied); 0 when not measured
 *                   (a picture on another site, or a format that is copied as it is)
 * @param height     its height; 0 when not measured
 * @param variants   the resized copies, narrowest first; empty when not measured
 * @param alt        the alt text ("" when none was written, or when {@code decorative})
 * @param decorative the alt text was written empty on purpose ({@code ![""](...)}, {@code image_alt: ""}):
 *                   the picture adds nothing the text does not say
 * @param caption    the caption, or ""
 * @param credit     who made it ("Photo: NASA/Joel Kowsky"), or ""
 * @param copyright  the copyright notice, or ""
 * @param line       where it is written in its source file (for messages); 0 when not in a file
 * @param column     the column there
 */
public record Picture(String role, String src, String url, int width, int height, List<Variant> variants, String alt,
        boolean decorative, String caption, String credit, String copyright, int line, int column) {

    public static final String LEAD = "lead";
    public static final String FIGURE = "figure";
    public static final String INLINE = "inline";
    public static final String POSTER = "poster";
    public static final String PORTRAIT = "portrait";
    public static final String CARD = "card";

    /** One resized copy: its root-relative URL and size. */
    public record Variant(String url, int width, int height) {
    }

    public Picture {
        variants = List.copyOf(variants);
    }

    /** A picture as written, not measured yet. */
    public static Picture written(String role, String src, String alt, boolean decorative, String caption, String credit,
            String copyright, int line, int column) {
        return new Picture(role, src, src, 0, 0, List.of(), alt, decorative, caption, credit, copyright, line, column);
    }

    /** This picture measured: {@code url} its middle copy. */
    public Picture measured(int w, int h, List<Variant> copies) {
        return new Picture(role, src, middle(copies).url(), w, h, copies, alt, decorative, caption, credit, copyright,
                line, column);
    }

    /** This picture not measured, loaded from {@code url}: the address a picture that could not be read stands for. */
    public Picture at(String url) {
        return new Picture(role, src, url, 0, 0, List.of(), alt, decorative, caption, credit, copyright, line, column);
    }

    /** This picture with {@code credit} and {@code copyright} (those its file gives, where the text gave none). */
    public Picture withCredits(String credit, String copyright) {
        return new Picture(role, src, url, width, height, variants, alt, decorative, caption, credit, copyright, line,
                column);
    }

    /** This picture with the texts of another language: its alt text, caption, credit and copyright line. */
    public Picture withTexts(String alt, String caption, String credit, String copyright) {
        return new Picture(role, src, url, width, height, variants, alt, decorative, caption, credit, copyright, line,
                column);
    }

    /** Whether its size and copies are known. */
    public boolean isMeasured() {
        return width > 0;
    }

    /** The {@code srcset} value: each copy with its width ("/a-480w.x.jpg 480w, /a-960w.x.jpg 960w"); "" when not measured. */
    public String srcset() {
        StringBuilder sb = new StringBuilder();
        for (Variant v : variants) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v.url()).append(' ').append(v.width()).append('w');
        }
        return sb.toString();
    }

    /** The widest copy (for social cards and feeds); null when not measured. */
    public Variant largest() {
        return variants.isEmpty() ? null : variants.get(variants.size() - 1);
    }

    /** The copy a page without {@code srcset} support loads: the narrowest one at least 800 pixels wide, else the widest. */
    static Variant middle(List<Variant> copies) {
        for (Variant v : copies) {
            if (v.width() >= 800) {
                return v;
            }
        }
        return copies.get(copies.size() - 1);
    }

    /** Whether the picture has a caption, a credit or a copyright notice to show under it. */
    public boolean hasCaption() {
        return !caption.isEmpty() || !credit.isEmpty() || !copyright.isEmpty();
    }
}
