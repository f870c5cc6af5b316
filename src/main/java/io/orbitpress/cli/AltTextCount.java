package io.orbitpress.cli;

import io.orbitpress.media.Picture;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Site;

/**
 * The pictures of a site by their alt text, for {@code check}'s summary: described, decorative
 * on purpose ({@code alt=""}: {@code ![""](...)}, {@code image_alt: ""}), or without any.
 * Posters of embeds are not counted: the play button says what they show.
 */
record AltTextCount(int pictures, int decorative, int missing) {

    static AltTextCount of(Site site) {
        int pictures = 0;
        int decorative = 0;
        int missing = 0;
        for (Article a : site.articles()) {
            java.util.List<Picture> all = new java.util.ArrayList<>(a.media().pictures());
            if (a.media().lead() != null) {
                all.add(a.media().lead());
            }
            for (Picture p : all) {
                if (p.role().equals(Picture.POSTER)) {
                    continue;
                }
                pictures++;
                decorative += p.decorative() ? 1 : 0;
                missing += !p.decorative() && p.alt().isEmpty() ? 1 : 0;
            }
        }
        for (var kind : site.kinds()) {
            for (Site.EntityIndex i : site.entities(kind.key())) {
                Entity e = i.entity();
                if (e.image().isEmpty()) {
                    continue;
                }
                pictures++;
                boolean empty = e.imageAlt().isEmpty();
                boolean written = e.raw().get("image_alt") != null;
                decorative += empty && written ? 1 : 0;
                missing += empty && !written ? 1 : 0;
            }
        }
        return new AltTextCount(pictures, decorative, missing);
    }

    /** "25 pictures: 1 decorative (alt=""), 0 without alt text". */
    String line() {
        return pictures + (pictures == 1 ? " picture: " : " pictures: ") + decorative + " decorative (alt=\"\"), "
                + missing + " without alt text";
    }
}
