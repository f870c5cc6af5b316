package io.orbitpress.media;

import java.util.List;

/**
 * The pictures and embeds of an article: its lead picture (front matter), then those of its
 * body in order (figures, pictures within text, posters of embeds), and its embeds.
 *
 * @param lead     the lead picture, or null
 * @param pictures the pictures of the body, in order
 * @param embeds   the embeds of the body, in order
 */
public record Media(Picture lead, List<Picture> pictures, List<Embed> embeds) {

    public static final Media NONE = new Media(null, List.of(), List.of());

    public Media {
        pictures = List.copyOf(pictures);
        embeds = List.copyOf(embeds);
    }

    public boolean isEmpty() {
        return lead == null && pictures.isEmpty() && embeds.isEmpty();
    }

    /** The picture that stands for the article (social cards, feeds): the lead, else the first figure of the body; or null. */
    public Picture card() {
        if (lead != null) {
            return lead;
        }
        for (Picture p : pictures) {
            if (p.role().equals(Picture.FIGURE)) {
                return p;
            }
        }
        return null;
    }

    /** The lead picture, then the body's figures: what the article shows as photos (JSON-LD), each once. */
    public List<Picture> photos() {
        List<Picture> out = new java.util.ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        if (lead != null) {
            out.add(lead);
            shown.add(lead.src());
        }
        for (Picture p : pictures) {
            if (p.role().equals(Picture.FIGURE) && shown.add(p.src())) {
                out.add(p);
            }
        }
        return out;
    }
}
