package io.orbitpress.render;

import io.orbitpress.config.SiteConfig;
import io.orbitpress.model.Article;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feeds of a list of articles: Atom ({@code feed.xml}) and RSS 2.0 ({@code rss.xml}) side by
 * side in one folder, since many readers and partners' ingest take RSS only; and the site's JSON
 * Feed 1.1 ({@code feed.json}). Each shows the latest {@code feedSize} articles, newest first.
 */
final class Feeds {

    static final String ATOM = "feed.xml";
    static final String RSS = "rss.xml";
    static final String JSON = "feed.json";

    private final PagePlanner planner;
    private final SiteConfig config;
    private ZonedDateTime siteLatest;
    private boolean siteLatestKnown;

    Feeds(PagePlanner planner) {
        this.planner = planner;
        this.config = planner.config();
    }

    /**
     * The Atom and RSS feeds of {@code articles} (newest first) in the folder {@code dir} ("" for
     * the site's, "tags/launch/" for a topic's), for the page at root-relative {@code link}, said
     * to be {@code description} (the site's, or what a topic's or person's feed holds).
     */
    void addTo(List<PageSpec> pages, String dir, String title, String description, String link, List<Article> all) {
        List<Article> articles = published(all);
        ZonedDateTime latest = articles.isEmpty() ? siteLatest() : latest(articles);
        List<Article> ordered = byPublication(articles);
        pages.add(feed(dir + ATOM, ATOM, title, description, link, ordered, latest));
        pages.add(feed(dir + RSS, RSS, title, description, link, ordered, latest));
    }

    /** The site's JSON Feed. */
    PageSpec json(String route, String title, String link, List<Article> all) {
        List<Article> articles = published(all);
        return feed(route, JSON, title, config.description(), link, byPublication(articles), latest(articles));
    }

    /**
     * When a feed with no published story was last changed: the latest change of the site's
     * published stories (a topic's or person's feed emptied as the site went on), or null when the
     * site has none; the same for every such feed of a build, whatever it reused.
     */
    private synchronized ZonedDateTime siteLatest() {
        if (!siteLatestKnown) {
            siteLatest = latest(published(planner.site().articles()));
            siteLatestKnown = true;
        }
        return siteLatest;
    }

    /**
     * The articles of {@code articles} that are part of the public site ({@link Article#published()}):
     * a build with {@code --drafts}, {@code --future} or {@code --expired} (and {@code serve}) shows
     * the others on pages marked for the preview, noindex and out of the sitemap, but a feed has no
     * such mark, and a reader or aggregator that reads it takes every entry as published news. The
     * same list when all are, as in every build without those options.
     */
    private static List<Article> published(List<Article> articles) {
        for (Article a : articles) {
            if (!a.published()) {
                return articles.stream().filter(Article::published).toList();
            }
        }
        return articles;
    }

    /** The {@code updated} of a feed on a site with no published story. */
    static final String NEVER = "1970-01-01T00:00:00Z";

    /** A feed of {@code ordered} (newest first by publication: {@link #byPublication}). */
    private PageSpec feed(String route, String template, String title, String description, String link,
            List<Article> ordered, ZonedDateTime latest) {
        List<Article> shown = ordered.subList(0, Math.min(ordered.size(), config.feedSize()));
        // no date at all only when the site has no published story: RSS then leaves out its optional
        // lastBuildDate, and Atom, which must have an updated, says the start of the epoch, as a feed
        // that was never updated (a date made up from the clock would change at every build)
        String updated = latest == null ? NEVER : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(latest);
        return planner.spec(route, template, "feed", "", List.of(title, description, link, shown, updated), null, () -> {
            Map<String, Object> model = new HashMap<>();
            String self = Urls.absolute(config.baseUrl(), "/" + route);
            String home = Urls.absolute(config.baseUrl(), link);
            model.put("site", planner.siteView());
            model.put("title", title);
            model.put("description", description);
            model.put("self", self);
            model.put("link", home);
            model.put("updated", updated);
            model.put("updatedRfc822", latest == null ? "" : rfc822(latest));
            model.put("entries", shown.stream().map(planner.parts().feedEntry()).toList());
            if (template.equals(JSON)) {
                Map<String, String> json = new LinkedHashMap<>();
                json.put("title", FeedEntry.quote(title));
                json.put("self", FeedEntry.quote(self));
                json.put("link", FeedEntry.quote(home));
                json.put("description", FeedEntry.quote(description));
                json.put("language", FeedEntry.quote(config.language()));
                model.put("json", json);
            }
            return new Page(route, template, "feed", "", model, List.of());
        });
    }

    /**
     * {@code articles} (newest first by date) newest first by when they came out
     * ({@link Article#publishedAt()}): a story out after its date (an embargo) comes before those it
     * was dated after. The same list when none has a publishDate, as on most sites.
     */
    private List<Article> byPublication(List<Article> articles) {
        // most sites have no story out after its date: no feed of theirs is looked through
        if (!planner.anyPublishDate() || articles.stream().allMatch(a -> a.desk().publishDate() == null)) {
            return articles;
        }
        List<Article> out = new java.util.ArrayList<>(articles);
        out.sort(java.util.Comparator.comparing((Article a) -> a.publishedAt().toInstant()).reversed());
        return out;
    }

    /** A date as RSS 2.0 writes it (RFC 822). */
    static String rfc822(ZonedDateTime t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
    }

    /**
     * The latest change of {@code articles} (newest first): the greatest of each one's
     * {@link Article#modified()}; null for none. When no article of the site was changed after its
     * date, that is the first one's, and the others are not looked at.
     */
    private ZonedDateTime latest(List<Article> articles) {
        if (articles.isEmpty()) {
            return null;
        }
        if (!planner.anyModified()) {
            return articles.get(0).modified();
        }
        ZonedDateTime best = null;
        for (Article a : articles) {
            ZonedDateTime t = a.modified();
            if (best == null || t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }
}
