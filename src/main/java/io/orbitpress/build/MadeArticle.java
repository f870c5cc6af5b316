package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.model.Article;
import java.util.List;

/**
 * What one article file gave: the article (null when the file has errors, is a draft left out,
 * or is left out under {@code migration.skipInvalid}), the problems found in it, the names cue
 * phrases suggest registering, and where its slug is set (for a message naming a clash).
 */
record MadeArticle(Article article, List<Diagnostic> problems, List<SiteBuild.SuggestionRef> suggestions,
        int slugLine, int slugColumn) {

    MadeArticle {
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
    }

    static MadeArticle failed(List<Diagnostic> problems) {
        return new MadeArticle(null, problems, List.of(), 0, 0);
    }
}
