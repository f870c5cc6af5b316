package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.content.Slugs;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.entity.Extraction;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.markdown.MediaNodes;
import io.orbitpress.media.Media;
import io.orbitpress.media.Picture;
import io.orbitpress.content.LeadImages;
import io.orbitpress.model.Article;
import io.orbitpress.model.Tag;
import io.orbitpress.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Makes one article from its file: front matter read and checked (unknown entity ids
 * included), Markdown parsed, entities extracted and the first mention of each linked, HTML
 * rendered. A pure function of the file's text, the settings and the registry.
 */
final class ArticleMaker {

    private final SiteConfig config;
    private final boolean drafts;
    private final Registry registry;
    private final ArticleReader reader;
    private final MarkdownEngine markdown;
    private final ArticleEntities entities;

    ArticleMaker(SiteConfig config, boolean drafts, Registry registry, MarkdownEngine markdown) {
        this.config = config;
        this.drafts = drafts;
        this.registry = registry;
        this.reader = new ArticleReader(config, new FrontMatterParser());
        this.markdown = markdown;
        this.entities = new ArticleEntities(config, registry);
    }

    MadeArticle make(Optional<SourceFile> file, List<io.orbitpress.diag.Diagnostic> readProblems) {
        if (file.isEmpty()) {
            return MadeArticle.failed(readProblems);
        }
        Diagnostics d = new Diagnostics();
        d.addAll(readProblems);
        Optional<ArticleMeta> read = reader.read(file.get(), d);
        if (read.isEmpty() || !drafts && read.get().draft()) {
            return MadeArticle.failed(d.list());
        }
        ArticleMeta m = read.get();
        unknownIds(m, d);
        if (d.hasErrors()) {
            return MadeArticle.failed(d.list());
        }
        List<SiteBuild.SuggestionRef> suggestions = new ArrayList<>();
        Article a = article(m, markdown.parse(m.body()), d, suggestions);
        FrontMatter fm = m.frontMatter();
        FrontMatter.Place at = fm.has("slug") ? fm.place("slug") : new FrontMatter.Place(1, 1);
        return new MadeArticle(a, d.list(), suggestions, at.line(), at.column());
    }

    /** The entity ids front matter names that no registry file has: errors (warnings, and left out, under migration.skipInvalid). */
    private void unknownIds(ArticleMeta m, Diagnostics d) {
        boolean lenient = config.migration().skipInvalid();
        for (EntityKind kind : config.kinds()) {
            for (String id : m.entityIds().getOrDefault(kind.key(), List.of())) {
                if (registry.get(kind.key(), id).isEmpty()) {
                    String key = kind.frontMatterKeys().stream().filter(m.frontMatter()::has).findFirst()
                            .orElse(kind.key());
                    String message = "unknown " + kind.singular().toLowerCase(Locale.ROOT) + " \"" + id
                            + "\"; add content/" + kind.folder() + "/" + id + ".md or fix the id";
                    if (lenient) {
                        m.frontMatter().warning(d, key, message + " (id left out: migration.skipInvalid)");
                    } else {
                        m.frontMatter().error(d, key, message);
                    }
                }
            }
        }
    }

    private Article article(ArticleMeta m, Node doc, Diagnostics d, List<SiteBuild.SuggestionRef> suggest) {
        // one scan finds the mentions and links the first of each (linking splits text nodes, after the scan)
        Extraction found = config.linkFirstMention()
                ? entities.extractor().extractAndLink(doc, (kind, id) -> entities.url(kind, id))
                : entities.extractor().extract(doc);
        found.suggestions().forEach(sg -> suggest.add(new SiteBuild.SuggestionRef(sg.kind(), sg.name(), m.path(),
                sg.line() + m.bodyLine() - 1)));
        var uses = entities.uses(m, found);
        for (int[] at : MarkdownFacts.imagesWithoutAlt(doc)) {
            d.warning(m.path(), at[0] + m.bodyLine() - 1, at[1], "image has no alt text; write ![what it shows](file),"
                    + " or ![\"\"](file) for a picture that is only decoration");
        }
        Media media = media(m, doc, d);
        String html = markdown.render(doc);
        String summary = m.summary().isEmpty() ? shorten(MarkdownFacts.firstParagraph(doc), 320) : m.summary();
        int words = MarkdownFacts.wordCount(doc);
        List<Tag> tags = m.tags().stream().map(t -> new Tag(t, Slugs.make(t).isEmpty() ? "tag" : Slugs.make(t),
                "/tags/" + (Slugs.make(t).isEmpty() ? "tag" : Slugs.make(t)) + "/")).distinct().toList();
        return new Article(m.path(), m.slug(), m.url(), m.title(), m.date(), m.updated(), summary,
                m.author(), m.dateline(), m.source(), m.image(), m.imageAlt(), m.imageCaption(), tags, m.draft(), html,
                words, Math.max(1, (words + 219) / 220), uses, m.redirectFrom(), m.params(), media);
    }

    /** The lead picture and the body's pictures and embeds, each in the body replaced by its marker. */
    private static Media media(ArticleMeta m, Node doc, Diagnostics d) {
        MediaNodes.Found found = MediaNodes.replace(doc, m.bodyLine());
        for (MediaNodes.Problem p : found.problems()) {
            if (p.error()) {
                d.error(m.path(), p.line(), p.column(), p.message());
            } else {
                d.warning(m.path(), p.line(), p.column(), p.message());
            }
        }
        Picture lead = LeadImages.read(m, d);
        return lead == null && found.pictures().isEmpty() && found.embeds().isEmpty() ? Media.NONE
                : new Media(lead, found.pictures(), found.embeds());
    }

    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
