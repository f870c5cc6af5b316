package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.model.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's search text, read once for the index and kept for its document while the bound allows. */
class SearchTextsTest {

    @Test
    void theDocumentGetsTheIndexTextOnceAndReadsItAgainBeyondTheBound() {
        List<Article> articles = new SiteBuild(BuildOptions.of(Path.of("."))).assemble().site().articles();
        Article first = articles.get(0);
        Article second = articles.get(1);
        String firstText = SearchDoc.bodyText(first);
        assertThat(firstText).as("the sample article has text").hasSizeGreaterThan(100);
        // room for the first article's text only
        SearchTexts texts = new SearchTexts(firstText.length());
        String read = texts.forIndex(first);
        String secondRead = texts.forIndex(second);
        assertThat(read).isEqualTo(firstText);
        assertThat(texts.forDocument(first)).as("kept for the document").isSameAs(read);
        assertThat(texts.forDocument(first)).as("let go once taken, read again").isEqualTo(firstText).isNotSameAs(read);
        assertThat(texts.forDocument(second)).as("beyond the bound: read again").isEqualTo(SearchDoc.bodyText(second))
                .isNotSameAs(secondRead);
        // once the first is taken, there is room again
        String again = texts.forIndex(first);
        assertThat(texts.forDocument(first)).isSameAs(again);
    }
}
