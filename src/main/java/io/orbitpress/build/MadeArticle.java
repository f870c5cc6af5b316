package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.model.Article;
import java.util.List;

/**
 * What one article file gave: the article (null when the file has errors, is a draft left out,
 * or is left out under {@code migration.skipInvalid}), the problems found in it, the names cue
 * phrases suggest registering, and where the keys that checks across articles may point at
 * stand ({@code slug}, {@code series}, {@code layout}), for their messages.
 */
record MadeArticle(Article article, List<Diagnostic> problems, List<SiteBuild.SuggestionRef> suggestions,
        List<KeyPlace> places) {

    /** Where a front matter key stands in its file. */
    record KeyPlace(String key, int line, int column) {
    }

    MadeArticle {
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
        places = List.copyOf(places);
    }

    static MadeArticle failed(List<Diagnostic> problems) {
        return new MadeArticle(null, problems, List.of(), List.of());
    }

    /** Where {@code key} stands; the file's first line when it is not there. */
    KeyPlace place(String key) {
        for (KeyPlace p : places) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return new KeyPlace(key, 1, 1);
    }
}
