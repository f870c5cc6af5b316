package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.content.EntityReader;
import io.orbitpress.content.RegistryEntry;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.entity.Extraction;
import io.orbitpress.entity.MentionExtractor;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Site;
import io.orbitpress.model.SiteAssembler;
import io.orbitpress.model.Tag;
import io.orbitpress.content.Slugs;
import io.orbitpress.source.SourceFile;
import io.orbitpress.work.Batch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.Node;

/** The steps from files read to the assembled {@link Site}: validate, markdown, extract, assemble. */
public final class Pipeline {

    private final SiteConfig config;
    private final Diagnostics d;
    private final Timings timings;
    private final BuildOptions options;
    private final FrontMatterParser parser = new FrontMatterParser();
    private final MarkdownEngine markdown;
    private final BuildCache cache;
    /** Articles parsed and extracted together: a parse tree is several times its text. */
    private static final int CHUNK = 1_000;

    Pipeline(SiteConfig config, Diagnostics d, Timings timings, BuildOptions options, BuildCache cache) {
        this.config = config;
        this.d = d;
        this.timings = timings;
        this.options = options;
        this.markdown = new MarkdownEngine(config.unsafeHtml());
        this.cache = cache;
    }

    /** An unregistered name a cue phrase introduced, where it was found. */
    public record SuggestionRef(String kind, String name, String path, int line) {
    }

    /** The site and what extraction suggests adding to the registries. */
    public record Assembled(Site site, List<SuggestionRef> suggestions) {
    }

    private final List<SuggestionRef> suggestions = java.util.Collections.synchronizedList(new ArrayList<>());

    Assembled site(Builder.Loaded loaded) {
        BuildCache.Registry made = timings.time("validate", () -> registry(loaded));
        d.addAll(made.problems());
        if (cache != null) {
            cache.followedEdit = false;
        }
        if (cache != null && made.problems().isEmpty()) {
            Optional<BuildCache.Chain> quick = edited(loaded, made);
            if (quick.isPresent()) {
                BuildCache.Chain chain = quick.get();
                d.addAll(chain.warnings());
                cache.chain = chain;
                cache.followedEdit = true;
                Site site = timings.time("assemble", () -> assemble(chain.articles(), chain.entities()));
                return new Assembled(site, chain.suggestions());
            }
        }
        if (cache != null) {
            cache.chain = null;
            cache.idChecks.begin();
            cache.undescribed.begin();
        }
        Registry registry = made.registry();
        int problemsBefore = d.list().size();
        List<ArticleMeta> metas = timings.time("validate", () -> articles(loaded.articles(), registry));
        boolean metasClean = d.list().size() == problemsBefore;
        d.throwIfErrors();
        if (cache == null) {
            loaded.forgetArticleTexts();
        }
        List<Article> articles;
        List<BuildCache.Made> madeArticles = null;
        if (cache == null) {
            // in chunks, so that only one chunk's parse trees are held at a time
            ArticleEntities entities = new ArticleEntities(config, registry, made.extractor(), d);
            List<Article> all = new ArrayList<>(metas.size());
            for (int from = 0; from < metas.size(); from += CHUNK) {
                List<ArticleMeta> chunk = metas.subList(from, Math.min(metas.size(), from + CHUNK));
                List<Parsed> parsed = timings.time("markdown", () -> Batch.map(chunk,
                        m -> new Parsed(m, markdown.parse(m.body()))));
                all.addAll(timings.time("extract", () -> Batch.map(parsed,
                        p -> article(p, entities, d, suggestions::add))));
                // an article made keeps what it needs: its front matter and body can go
                for (int i = from; i < from + chunk.size(); i++) {
                    metas.set(i, null);
                }
            }
            articles = all;
        } else {
            madeArticles = timings.time("extract", () -> cachedArticles(metas, made));
            articles = madeArticles.stream().map(BuildCache.Made::article).toList();
        }
        d.throwIfErrors();
        List<Entity> all = new ArrayList<>(registry.entities().values());
        all.addAll(undescribed(articles));
        if (cache != null) {
            cache.idChecks.end();
            cache.undescribed.end();
        }
        List<SuggestionRef> sorted = new ArrayList<>(suggestions);
        sorted.sort(java.util.Comparator.comparing(SuggestionRef::path).thenComparingInt(SuggestionRef::line));
        if (cache != null && metasClean && metas.size() == loaded.articles().size()) {
            // every file gave one article, without problems: the next build can follow an edit by position
            List<Diagnostic> warnings = new ArrayList<>();
            madeArticles.forEach(x -> warnings.addAll(x.problems()));
            cache.chain = new BuildCache.Chain(loaded.articles(), metas, madeArticles, articles, made,
                    List.copyOf(sorted), List.copyOf(all), List.copyOf(warnings));
        }
        Site site = timings.time("assemble", () -> assemble(articles, all));
        return new Assembled(site, List.copyOf(sorted));
    }

    /**
     * The last build's chain from files to articles, with only the articles at the changed
     * positions made again: when the registry is the same and each changed file still gives one
     * article, without problems, with the slug and URL it had, and the same warnings, suggestions
     * and undescribed entities (by value) as before, so that the site's lists of them stay as they
     * were. Empty when that does not hold: then every article goes through the checks again (most
     * still come from the cache).
     */
    private Optional<BuildCache.Chain> edited(Builder.Loaded loaded, BuildCache.Registry made) {
        BuildCache.Chain last = cache.chain;
        List<SourceFile> files = loaded.articles();
        if (last == null || last.registry() != made || last.files().size() != files.size()) {
            return Optional.empty();
        }
        // a file read as before is the same instance at the same position: the others changed
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != last.files().get(i)) {
                changed.add(i);
            }
        }
        ArticleReader reader = new ArticleReader(config, parser);
        List<ArticleMeta> metas = new ArrayList<>(last.metas());
        Map<Integer, ArticleMeta> fresh = new LinkedHashMap<>();
        boolean same = timings.time("validate", () -> {
            for (int i : changed) {
                Diagnostics local = new Diagnostics();
                Optional<ArticleMeta> m = cachedMeta(reader, files.get(i), local);
                ArticleMeta before = last.metas().get(i);
                if (m.isEmpty() || !local.list().isEmpty() || !options.drafts() && m.get().draft()
                        || !m.get().slug().equals(before.slug()) || !m.get().url().equals(before.url())
                        || !m.get().path().equals(before.path())
                        || !unknownIds(m.get(), made.registry(), config.migration().skipInvalid()).isEmpty()) {
                    return false;
                }
                fresh.put(i, m.get());
                metas.set(i, m.get());
            }
            return true;
        });
        if (!same) {
            return Optional.empty();
        }
        List<BuildCache.Made> madeArticles = new ArrayList<>(last.made());
        List<Article> articles = new ArrayList<>(last.articles());
        boolean clean = timings.time("extract", () -> {
            ArticleEntities entities = new ArticleEntities(config, made.registry(), made.extractor(), d);
            for (Map.Entry<Integer, ArticleMeta> e : fresh.entrySet()) {
                BuildCache.Made before = last.made().get(e.getKey());
                BuildCache.Made now = madeArticle(e.getValue(), made, entities);
                if (!before.problems().equals(now.problems()) || !before.suggestions().equals(now.suggestions())
                        || !undescribed(before.article()).equals(undescribed(now.article()))) {
                    return false;
                }
                madeArticles.set(e.getKey(), now);
                articles.set(e.getKey(), now.article());
            }
            return true;
        });
        if (!clean) {
            return Optional.empty();
        }
        return Optional.of(new BuildCache.Chain(files, List.copyOf(metas), List.copyOf(madeArticles),
                List.copyOf(articles), made, last.suggestions(), last.entities(), last.warnings()));
    }

    /**
     * The site from its articles and entities; with a cache, made from the last one when the
     * changed articles keep their places (see {@link SiteAssembler#update}).
     */
    private Site assemble(List<Article> articles, List<Entity> all) {
        BuildCache.Assembly last = cache == null ? null : cache.assembly;
        if (last != null) {
            SiteAssembler.Positions positions = last.positions() != null ? last.positions()
                    : SiteAssembler.Positions.of(last.site());
            Optional<Site> updated = SiteAssembler.update(last.site(), positions, last.articles(), last.entities(),
                    articles, all);
            if (updated.isPresent()) {
                cache.assembly = new BuildCache.Assembly(updated.get(), articles, all, true, positions);
                return updated.get();
            }
        }
        Site site = SiteAssembler.assemble(config, articles, all);
        if (cache != null) {
            cache.assembly = new BuildCache.Assembly(site, articles, all, false, null);
        }
        return site;
    }

    /** Articles whose front matter and registry are as last time come from the cache; the others are made. */
    private List<BuildCache.Made> cachedArticles(List<ArticleMeta> metas, BuildCache.Registry made) {
        ArticleEntities entities = new ArticleEntities(config, made.registry(), made.extractor(), d);
        List<BuildCache.Made> out = Batch.map(metas, m -> madeArticle(m, made, entities));
        for (BuildCache.Made x : out) {
            d.addAll(x.problems());
            suggestions.addAll(x.suggestions());
        }
        return out;
    }

    /** The article of {@code m}: from the cache when made from the same front matter and registry. */
    private BuildCache.Made madeArticle(ArticleMeta m, BuildCache.Registry made, ArticleEntities entities) {
        BuildCache.Made hit = cache.articles.get(m.path());
        if (hit != null && hit.meta() == m && hit.registryGeneration() == made.generation()) {
            return hit;
        }
        Diagnostics local = new Diagnostics();
        List<SuggestionRef> found = new ArrayList<>();
        Article a = article(new Parsed(m, markdown.parse(m.body())), entities, local, found::add);
        BuildCache.Made fresh = new BuildCache.Made(m, made.generation(), a, List.copyOf(found), local.list());
        cache.articles.put(m.path(), fresh);
        return fresh;
    }

    /** Entities that patterns found and no registry describes, one per kind and id, sorted by id. */
    private List<Entity> undescribed(List<Article> articles) {
        Map<String, Entity> found = new LinkedHashMap<>();
        for (Article a : articles) {
            List<Entity> own = cache == null ? undescribed(a) : cache.undescribed.get(a, Pipeline::undescribed);
            for (Entity e : own) {
                found.putIfAbsent(e.kind().key() + "/" + e.id(), e);
            }
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Entity::id)).toList();
    }

    /** The entities one article involves that no registry describes, in order of use. */
    private static List<Entity> undescribed(Article a) {
        List<Entity> out = new ArrayList<>();
        for (List<io.orbitpress.model.EntityUse> uses : a.entities().values()) {
            for (io.orbitpress.model.EntityUse u : uses) {
                if (!u.entity().described()) {
                    out.add(u.entity());
                }
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    private record Parsed(ArticleMeta meta, Node document) {
    }

    /** The registry and its extractor: from the cache when no registry file changed. */
    private BuildCache.Registry registry(Builder.Loaded loaded) {
        List<SourceFile> files = loaded.registries().values().stream().flatMap(List::stream).toList();
        if (cache != null && cache.registry != null && sameInstances(cache.registry.files(), files)) {
            return cache.registry;
        }
        Diagnostics local = new Diagnostics();
        Registry registry = registry(loaded, local);
        BuildCache.Registry made = new BuildCache.Registry(files, cache == null ? 0 : cache.nextRegistryGeneration(),
                registry, extractor(registry), local.list());
        if (cache != null) {
            cache.registry = made;
        }
        return made;
    }

    private static boolean sameInstances(List<SourceFile> a, List<SourceFile> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every registry file of every kind, checked, with references between them resolved. */
    private Registry registry(Builder.Loaded loaded, Diagnostics d) {
        EntityReader reader = new EntityReader(config, parser);
        List<RegistryEntry> entries = new ArrayList<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<EntityKind, List<SourceFile>> e : loaded.registries().entrySet()) {
            for (SourceFile f : e.getValue()) {
                reader.read(e.getKey(), f, d).ifPresent(entry -> {
                    if (!ids.computeIfAbsent(entry.kind().key(), k -> new HashSet<>()).add(entry.id())) {
                        d.error(entry.path(), 1, 1, "another file already registers the id \"" + entry.id()
                                + "\" in " + entry.kind().folder() + "/; rename one of them");
                        return;
                    }
                    names.put(entry.kind().key() + "/" + entry.id(), entry.name());
                    entries.add(entry);
                });
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        entries.parallelStream().map(entry -> {
            Node doc = markdown.parse(entry.body());
            String html = markdown.render(doc);
            return reader.resolve(entry, ids, names, html, MarkdownFacts.firstParagraph(doc), d);
        }).toList().forEach(e -> entities.put(e.kind().key() + "/" + e.id(), e));
        return new Registry(entities);
    }

    private List<ArticleMeta> articles(List<SourceFile> files, Registry registry) {
        ArticleReader reader = new ArticleReader(config, parser);
        List<ArticleMeta> metas = Batch.map(files, f -> meta(reader, f)).stream().flatMap(Optional::stream)
                .filter(m -> options.drafts() || !m.draft()).toList();
        boolean lenient = config.migration().skipInvalid();
        Map<String, String> slugs = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        List<ArticleMeta> kept = new ArrayList<>();
        for (ArticleMeta m : metas) {
            String other = slugs.putIfAbsent(m.slug(), m.path());
            String otherUrl = other == null ? urls.putIfAbsent(m.url(), m.path()) : null;
            if (other != null || otherUrl != null) {
                FrontMatter fm = m.frontMatter();
                FrontMatter.Place at = fm.has("slug") ? fm.place("slug") : new FrontMatter.Place(1, 1);
                String message = other != null
                        ? "slug \"" + m.slug() + "\" is already used by " + other + "; set a different slug: in one of them"
                        : "the URL " + m.url() + " is already used by " + otherUrl + "; change the url: or permalink: of one";
                if (lenient) {
                    d.warning(m.path(), at.line(), at.column(), message + " (file left out: migration.skipInvalid)");
                    continue;
                }
                d.error(m.path(), at.line(), at.column(), message);
            }
            d.addAll(idChecks(m, registry, lenient));
            kept.add(m);
        }
        return kept;
    }

    /**
     * The problems of the entity ids {@code m} names that no registry file has; with a cache, kept
     * per front matter and registry generation.
     */
    private List<io.orbitpress.diag.Diagnostic> idChecks(ArticleMeta m, Registry registry, boolean lenient) {
        if (cache != null && cache.registry != null) {
            long generation = cache.registry.generation();
            return cache.idChecks.get(m, hit -> hit.registryGeneration() == generation,
                    x -> new BuildCache.IdCheck(generation, unknownIds(x, registry, lenient))).problems();
        }
        return unknownIds(m, registry, lenient);
    }

    private List<io.orbitpress.diag.Diagnostic> unknownIds(ArticleMeta m, Registry registry, boolean lenient) {
        Diagnostics local = new Diagnostics();
        for (EntityKind kind : config.kinds()) {
            for (String id : m.entityIds().getOrDefault(kind.key(), List.of())) {
                if (registry.get(kind.key(), id).isEmpty()) {
                    String key = kind.frontMatterKeys().stream().filter(m.frontMatter()::has).findFirst()
                            .orElse(kind.key());
                    String message = "unknown " + kind.singular().toLowerCase(Locale.ROOT) + " \"" + id
                            + "\"; add content/" + kind.folder() + "/" + id + ".md or fix the id";
                    if (lenient) {
                        m.frontMatter().warning(local, key, message + " (id left out: migration.skipInvalid)");
                    } else {
                        m.frontMatter().error(local, key, message);
                    }
                }
            }
        }
        return local.list();
    }

    private Optional<ArticleMeta> meta(ArticleReader reader, SourceFile f) {
        return cache == null ? reader.read(f, d) : cachedMeta(reader, f, d);
    }

    /** The front matter of {@code f}, from the cache when read from the same text; its problems go to {@code d}. */
    private Optional<ArticleMeta> cachedMeta(ArticleReader reader, SourceFile f, Diagnostics d) {
        BuildCache.Meta hit = cache.metas.get(f.file());
        if (hit == null || hit.source() != f) {
            Diagnostics local = new Diagnostics();
            hit = new BuildCache.Meta(f, reader.read(f, local), local.list());
            cache.metas.put(f.file(), hit);
        }
        d.addAll(hit.problems());
        return hit.meta();
    }

    private MentionExtractor extractor(Registry registry) {
        MentionExtractor.Builder b = MentionExtractor.builder();
        for (Entity e : registry.entities().values()) {
            b.entity(new io.orbitpress.entity.EntityName(e.kind().key(), e.id(), e.name(), e.aliases(), e.kind().person()));
        }
        config.patterns().forEach((kind, list) -> list.forEach(p -> b.pattern(kind, p)));
        config.cues().forEach((kind, list) -> list.forEach(c -> b.cue(kind, c)));
        return b.build();
    }

    private Article article(Parsed p, ArticleEntities entities, Diagnostics d,
            java.util.function.Consumer<SuggestionRef> suggest) {
        ArticleMeta m = p.meta();
        Node doc = p.document();
        // one scan finds the mentions and links the first of each (linking splits text nodes, after the scan)
        Extraction found = config.linkFirstMention()
                ? entities.extractor().extractAndLink(doc, (kind, id) -> entities.url(kind, id))
                : entities.extractor().extract(doc);
        found.suggestions().forEach(sg -> suggest.accept(new SuggestionRef(sg.kind(), sg.name(), m.path(),
                sg.line() + m.bodyLine() - 1)));
        var uses = entities.uses(m, found);
        for (int[] at : MarkdownFacts.imagesWithoutAlt(doc)) {
            d.warning(m.path(), at[0] + m.bodyLine() - 1, at[1], "image has no alt text; write ![what it shows](file)");
        }
        String html = markdown.render(doc);
        String summary = m.summary().isEmpty() ? shorten(MarkdownFacts.firstParagraph(doc), 320) : m.summary();
        int words = MarkdownFacts.wordCount(doc);
        List<Tag> tags = m.tags().stream().map(t -> new Tag(t, Slugs.make(t).isEmpty() ? "tag" : Slugs.make(t),
                "/tags/" + (Slugs.make(t).isEmpty() ? "tag" : Slugs.make(t)) + "/")).distinct().toList();
        return new Article(m.path(), m.slug(), m.url(), m.title(), m.date(), m.updated(), summary,
                m.author(), m.dateline(), m.source(), m.image(), m.imageAlt(), m.imageCaption(), tags, m.draft(), html,
                words, Math.max(1, (words + 219) / 220), uses, m.redirectFrom(), m.params());
    }

    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** Registered entities by "kind/id". */
    record Registry(Map<String, Entity> entities) {
        Optional<Entity> get(String kind, String id) {
            return Optional.ofNullable(entities.get(kind + "/" + id));
        }
    }
}
