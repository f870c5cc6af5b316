package io.orbitpress.model;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site, assembled once and never changed: articles newest first, topics, entities
 * with everything their pages show, and each article's neighbours ({@code links}, at the
 * positions of {@code articles}).
 */
public record Site(SiteConfig config, List<Article> articles, List<TagIndex> tags, Map<String, List<EntityIndex>> entities,
        List<ArticleLinks> links, List<SeriesIndex> series) {

    public Site {
        articles = List.copyOf(articles);
        tags = List.copyOf(tags);
        series = List.copyOf(series);
        entities = Map.copyOf(entities);
        links = List.copyOf(links);
        if (links.size() != articles.size()) {
            throw new IllegalArgumentException("one links entry per article: " + links.size() + " for " + articles.size());
        }
    }

    public List<EntityKind> kinds() {
        return config.kinds();
    }

    public List<EntityIndex> entities(String kind) {
        return entities.getOrDefault(kind, List.of());
    }

    public Optional<EntityIndex> entity(String kind, String id) {
        return entities(kind).stream().filter(e -> e.entity().id().equals(id)).findFirst();
    }

    /** A topic with its articles, newest first. */
    public record TagIndex(Tag tag, List<Article> articles) {
        public TagIndex {
            articles = List.copyOf(articles);
        }
    }

    /**
     * An article's neighbours in time, the articles related to it by shared topics and entities,
     * and its place in its series (null when it is in none).
     */
    public record ArticleLinks(Article older, Article newer, List<Article> related, SeriesPosition series) {
        public ArticleLinks {
            related = List.copyOf(related);
        }
    }

    /**
     * A series with its parts in order: by the part numbers they give, else by publication time.
     *
     * @param name the name its first part gives it
     */
    public record SeriesIndex(String name, String slug, String url, List<Article> parts) {
        public SeriesIndex {
            parts = List.copyOf(parts);
        }

        /** The latest part's publication time, for the series list. */
        public Article latest() {
            return parts.stream().max(java.util.Comparator.comparing(Article::date)).orElseThrow();
        }
    }

    /**
     * Where an article stands in its series: part {@code part} (from 1) of {@code total}.
     *
     * @param parts every part, in order
     */
    public record SeriesPosition(String name, String url, int part, List<Article> parts) {
        public SeriesPosition {
            parts = List.copyOf(parts);
        }

        public int total() {
            return parts.size();
        }

        /** The part before this one, or null for the first. */
        public Article previous() {
            return part > 1 ? parts.get(part - 2) : null;
        }

        /** The part after this one, or null for the last. */
        public Article next() {
            return part < parts.size() ? parts.get(part) : null;
        }
    }

    /**
     * One entity with what its page shows.
     *
     * @param appearances every article involving it, newest first
     * @param companions  entities of person kinds that appear in the same articles, most often first
     * @param related     per kind key, entities linked through registry facts (a person's missions, a mission's crew)
     */
    public record EntityIndex(Entity entity, List<Appearance> appearances, List<Companion> companions,
            Map<String, List<Entity>> related) {
        public EntityIndex {
            appearances = List.copyOf(appearances);
            companions = List.copyOf(companions);
            related = Map.copyOf(related);
        }

        public int articleCount() {
            return appearances.size();
        }
    }

    /** An article that involves an entity, with how. */
    public record Appearance(Article article, EntityUse use) {
    }

    /** Another entity seen in the same articles, and how many times. */
    public record Companion(Entity entity, int count) {
    }
}
