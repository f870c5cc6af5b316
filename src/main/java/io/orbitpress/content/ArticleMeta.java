package io.orbitpress.content;

import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.model.SourceLink;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an article's front matter says, checked and typed; the Markdown body not yet parsed.
 *
 * @param url        the page's root-relative URL: /articles/&lt;slug&gt;/, or the path front matter asks for
 *                   ({@code url}, Jekyll {@code permalink}, Zola {@code path}) so that moved archives keep their links
 * @param summary    the summary as written, or "" (then the first paragraph is used)
 * @param entityIds  per entity kind key, the ids listed in front matter
 * @param body       the Markdown after the front matter
 * @param bodyLine   the file line of the body's first line
 * @param frontMatter the parsed block, for placing later diagnostics
 * @param desk       schedule and handling: publication and expiry times
 * @param lang       its language: {@code lang:}, else the language folder it is in ({@code articles/ru/}), else the site's
 * @param translationKey what its versions in other languages share: {@code translationKey:}, else its slug
 */
public record ArticleMeta(String path, String slug, String url, String title, ZonedDateTime date, ZonedDateTime updated,
        String summary, String author, String dateline, SourceLink source, String image, String imageAlt,
        String imageCaption, List<String> tags, boolean draft, Map<String, List<String>> entityIds,
        List<String> redirectFrom, Map<String, Object> params, String body, int bodyLine, FrontMatter frontMatter,
        DeskMeta desk, String lang, String translationKey) {

    public ArticleMeta {
        tags = List.copyOf(tags);
        entityIds = Map.copyOf(entityIds);
        redirectFrom = List.copyOf(redirectFrom);
        params = Map.copyOf(params);
    }
}
