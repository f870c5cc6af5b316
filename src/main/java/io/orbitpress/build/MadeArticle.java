package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;
import io.orbitpress.model.Article;
import io.orbitpress.model.SiteAssembler;
import java.util.List;

/**
 * What one article file gave: the article (null when the file has errors, is a draft left out,
 * or is left out under {@code migration.skipInvalid}), the problems found in it, the names cue
 * phrases suggest registering, and where the keys that checks across articles may point at
 * stand ({@code slug}, {@code series}, {@code layout}), for their messages; and the fingerprint
 * of what the site's structure takes from the article ({@link SiteAssembler#relatedInput}),
 * made with it so that a warm build need not work it out for every article again.
 */
record MadeArticle(Article article, List<Diagnostic> problems, List<SiteBuild.SuggestionRef> suggestions,
        List<KeyPlace> places, Fingerprint related, List<String> heldPictures, List<String> heldLinks, Draft draft) {

    /** Where a front matter key stands in its file. */
    record KeyPlace(String key, int line, int column) {

        /** The address as written when this is the place of a link to a story's file ({@link #FILE_LINK}), else null. */
        String fileLink() {
            return key.startsWith(FILE_LINK) ? key.substring(FILE_LINK.length()) : null;
        }
    }

    /** Where a draft left out would be and its headline: what a link to it is told. */
    record Draft(String url, String title, String path, String lang, String translationKey, boolean writesKey) {
    }

    MadeArticle {
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
        places = List.copyOf(places);
        heldPictures = List.copyOf(heldPictures);
        heldLinks = List.copyOf(heldLinks);
    }

    /**
     * The key of a failed article's place that names the layout it asks for ({@code layout:liveblog}):
     * checked with the made articles' layouts, so that its file's problems are told together.
     */
    static final String LAYOUT_ASKED = "layout:";

    /**
     * The key of a place where the story's text has a Hugo {@code ref} or {@code relref} shortcode
     * ({@code ref:{{< ref "x.md" >}}}), one a time it is written: told with the story it leads to ({@link HugoRefs}).
     */
    static final String REF = "ref:";

    /**
     * The key of a place where the story's text links to a Markdown file ({@code link:crew-11.md#part}):
     * the story made of that file, once every story is made ({@link StoryFileLinks}).
     */
    static final String FILE_LINK = "link:";

    static MadeArticle failed(List<Diagnostic> problems) {
        return failed(problems, List.of());
    }

    /** A file with errors, with the places of what the checks across articles still look at ({@link #LAYOUT_ASKED}). */
    static MadeArticle failed(List<Diagnostic> problems, List<KeyPlace> places) {
        return new MadeArticle(null, problems, List.of(), places, Fingerprint.NONE, List.of(), List.of(), null);
    }

    /**
     * A draft left out of the build, with the pictures it shows (paths below the site root): they
     * are not published as files of {@code content/static/} that no page shows, but held back
     * with it, as an embargoed story's are; and the output paths its body links to, which
     * {@link HeldFiles} holds back when they are files only it links to; and where it would be.
     */
    static MadeArticle draftLeftOut(List<Diagnostic> problems, List<String> heldPictures, List<String> heldLinks,
            Draft draft) {
        return new MadeArticle(null, problems, List.of(), List.of(), Fingerprint.NONE, heldPictures, heldLinks, draft);
    }

    /** An article made, with the fingerprint of its {@link SiteAssembler#relatedInput}. */
    static MadeArticle of(Article a, List<Diagnostic> problems, List<SiteBuild.SuggestionRef> suggestions,
            List<KeyPlace> places, List<String> kindOrder) {
        Hasher h = new Hasher();
        List<String> facts = SiteAssembler.relatedInput(a, kindOrder);
        h.put(facts.size());
        for (String fact : facts) {
            h.put(fact);
        }
        return new MadeArticle(a, problems, suggestions, places, h.finish(), List.of(), List.of(), null);
    }

    /** The same, with the article changed in ways its related input does not see (its pictures measured). */
    MadeArticle with(Article changed, List<Diagnostic> problems) {
        return new MadeArticle(changed, problems, suggestions, places, related, heldPictures, heldLinks, draft);
    }

    /** Whether the front matter has {@code key}, among the keys whose places are kept. */
    boolean has(String key) {
        for (KeyPlace p : places) { // a loop, not a stream: asked of every story at every build
            if (p.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code key} stands; the file's first line when it is not there. */
    KeyPlace place(String key) {
        return place(List.of(key));
    }

    /** Where the first of {@code keys} that the file has stands; the file's first line when it has none. */
    KeyPlace place(List<String> keys) {
        for (String key : keys) {
            for (KeyPlace p : places) {
                if (p.key().equals(key)) {
                    return p;
                }
            }
        }
        return new KeyPlace(keys.get(0), 1, 1);
    }
}
