package io.orbitpress.render;

import io.orbitpress.model.Article;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each article's text as search reads it (its HTML without tags), for one build: the index reads
 * it for the article's words at plan time, and the article's search document for its snippet when
 * rendered. Reading it means parsing the article's HTML, so the text the index read is kept for
 * the document and let go when the document takes it, up to a bound (a sixteenth of the heap, and
 * at most 64 million characters, in all): a build too large to keep every text reads the rest
 * twice. The 10,000-article site's texts take about 40 million characters.
 */
public final class SearchTexts {

    private final ConcurrentHashMap<SharedParts.Same, String> kept = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final long budget;

    public SearchTexts() {
        this(Math.min(Runtime.getRuntime().maxMemory() / 16, 64L << 20));
    }

    SearchTexts(long budget) {
        this.budget = budget;
    }

    /** The text of {@code a} for the index, kept for its search document while the bound allows. */
    String forIndex(Article a) {
        String text = SearchDoc.bodyText(a);
        if (chars.addAndGet(text.length()) <= budget) {
            if (kept.put(new SharedParts.Same(a), text) != null) {
                chars.addAndGet(-text.length()); // asked twice: kept once
            }
        } else {
            chars.addAndGet(-text.length());
        }
        return text;
    }

    /** The text of {@code a} for its search document: the one the index read (now let go), or read again. */
    String forDocument(Article a) {
        String text = kept.remove(new SharedParts.Same(a));
        if (text == null) {
            return SearchDoc.bodyText(a);
        }
        chars.addAndGet(-text.length());
        return text;
    }
}
