package io.orbitpress.model;

import io.orbitpress.media.Media;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One article, ready to be shown. Optional values are null when absent (templates test them
 * with {@code th:if}).
 *
 * @param path        source file relative to the site folder
 * @param slug        the URL segment
 * @param url         the page's root-relative URL ("/articles/slug/")
 * @param date        publication date in the site's time zone
 * @param updated     last significant update, or null
 * @param summary     the dek: front matter summary or the first paragraph
 * @param source      original source, or null
 * @param image       lead image URL, or null
 * @param html        the rendered body
 * @param entities    per entity kind key, the entities this article is about, in order of first appearance
 * @param redirectFrom old root-relative URLs that should lead here
 * @param params      front matter keys Orbitpress does not know, for templates
 * @param dateIso     the publication date as RFC 3339, for {@code <time datetime>} and feeds
 * @param updatedIso  the update date as RFC 3339, or "" when there is none
 * @param media       the lead picture and the pictures and embeds of the body (measured once the image
 *                    pipeline has read them; {@code html} holds their markup from then on)
 */
public record Article(String path, String slug, String url, String title, ZonedDateTime date, ZonedDateTime updated,
        String summary, String author, String dateline, SourceLink source, String image, String imageAlt,
        String imageCaption, List<Tag> tags, boolean draft, String html, int wordCount, int readingMinutes,
        Map<String, List<EntityUse>> entities, List<String> redirectFrom, Map<String, Object> params, String dateIso,
        String updatedIso, Media media) {

    /** An article with its dates written out as RFC 3339 once (every list that shows it prints them). */
    public Article(String path, String slug, String url, String title, ZonedDateTime date, ZonedDateTime updated,
            String summary, String author, String dateline, SourceLink source, String image, String imageAlt,
            String imageCaption, List<Tag> tags, boolean draft, String html, int wordCount, int readingMinutes,
            Map<String, List<EntityUse>> entities, List<String> redirectFrom, Map<String, Object> params, Media media) {
        this(path, slug, url, title, date, updated, summary, author, dateline, source, image, imageAlt, imageCaption,
                tags, draft, html, wordCount, readingMinutes, entities, redirectFrom, params,
                java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date),
                updated == null ? "" : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updated), media);
    }

    public Article {
        tags = List.copyOf(tags);
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        redirectFrom = List.copyOf(redirectFrom);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        media = media == null ? Media.NONE : media;
    }

    /** The same article with its pictures and embeds measured and their markup in {@code html}. */
    public Article withMedia(String html, Media media) {
        return new Article(path, slug, url, title, date, updated, summary, author, dateline, source, image, imageAlt,
                imageCaption, tags, draft, html, wordCount, readingMinutes, entities, redirectFrom, params, dateIso,
                updatedIso, media);
    }

    /** Every entity use of every kind, in kind order then appearance order. */
    public List<EntityUse> allEntities(List<String> kindOrder) {
        return kindOrder.stream().flatMap(k -> entities.getOrDefault(k, List.of()).stream()).toList();
    }
}
