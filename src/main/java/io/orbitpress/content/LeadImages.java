package io.orbitpress.content;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.markdown.MediaNodes;
import io.orbitpress.media.Picture;

/**
 * An article's lead picture from its front matter: {@code image}, {@code image_alt} (written
 * empty, {@code image_alt: ""}, for a decorative picture), {@code image_caption},
 * {@code image_credit} and {@code image_copyright}. A lead picture without a credit is a warning:
 * a newsroom credits every photo it runs.
 */
public final class LeadImages {

    private LeadImages() {
    }

    /** The lead picture of {@code m}, or null when it has none. */
    public static Picture read(ArticleMeta m, Diagnostics d) {
        if (m.image().isEmpty()) {
            return null;
        }
        FrontMatter fm = m.frontMatter();
        java.util.Optional<String> written = fm.text("image_credit", d);
        String credit = written.orElse("");
        // one written as something other than text was told as such just now: not as missing too
        if (credit.isEmpty() && !(written.isEmpty() && fm.has("image_credit"))) {
            fm.warning(d, "image", "the lead image" + MediaNodes.NO_CREDIT + "a line like image_credit: \"Photo:"
                    + " NASA/Joel Kowsky\"");
        }
        FrontMatter.Place at = fm.place("image");
        return Picture.written(Picture.LEAD, m.image(), m.imageAlt(), m.imageAlt().isEmpty() && fm.has("image_alt"),
                m.imageCaption(), credit, fm.text("image_copyright", d).orElse(""), at.line(), at.column());
    }
}
