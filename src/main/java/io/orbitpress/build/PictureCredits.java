package io.orbitpress.build;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.media.Picture;
import io.orbitpress.media.SitePaths;
import io.orbitpress.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One picture credited otherwise in two stories of one language (a credit corrected in the story the
 * photo leads, left wrong in another that shows it): a warning at the later story's picture, naming
 * where the other credit stands. Stories in two languages may write the credit's word in their own
 * ("Photo:", "Фото:"), and are not compared.
 */
final class PictureCredits {

    private PictureCredits() {
    }

    /** Where a credit was first seen: the story's file and the picture's place in it. */
    private record Seen(String credit, String path, int line, int column) {
    }

    /** Tells each picture of {@code made}'s stories credited otherwise than in a story before it, by file. */
    static void tell(List<MadeArticle> made, Diagnostics d) {
        List<MadeArticle> sorted = new ArrayList<>(made.stream().filter(m -> m.article() != null).toList());
        sorted.sort(Comparator.comparing(m -> m.article().path()));
        Map<String, Seen> first = new HashMap<>();
        for (MadeArticle m : sorted) {
            Article a = m.article();
            List<Picture> pictures = new ArrayList<>();
            if (a.media().lead() != null) {
                pictures.add(a.media().lead());
            }
            pictures.addAll(a.media().pictures());
            for (Picture p : pictures) {
                String file = SitePaths.picture(a.url(), p.src());
                String credit = p.credit().strip().replaceAll("\\s+", " ");
                if (file == null || credit.isEmpty()) {
                    continue;
                }
                // a lead picture's credit is told at its image_credit: line, the one to correct
                MadeArticle.KeyPlace at = p == a.media().lead() && m.has("image_credit") ? m.place("image_credit")
                        : new MadeArticle.KeyPlace("", p.line(), p.column());
                Seen was = first.putIfAbsent(a.lang() + "\u0000" + file, new Seen(credit, a.path(), at.line(), at.column()));
                if (was != null && !was.credit().equals(credit) && !was.path().equals(a.path())) {
                    d.warning(a.path(), at.line(), at.column(), "/" + file + " is credited \"" + credit + "\" here and \""
                            + was.credit() + "\" in " + was.path() + ":" + was.line() + ":" + was.column() + "; a picture"
                            + " has the same maker wherever it is shown: correct the credit that is wrong");
                }
            }
        }
    }
}
