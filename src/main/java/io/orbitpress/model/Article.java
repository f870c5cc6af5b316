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
 * @param desk        when it may be seen, and what else the desk decided about it
 * @param visibility  whether the build's clock lets it be seen (set after the article is made)
 * @param dateIso     the publication date as RFC 3339, for {@code <time datetime>} and feeds
 * @param updatedIso  the update date as RFC 3339, or "" when there is none
 * @param media       the lead picture and the pictures and embeds of the body (measured once the image
 *                    pipeline has read them; {@code html} holds their markup from then on)
 * @param lang        the language it is written in (a code of the site's languages)
 * @param translationKey what its versions in other languages share: its {@code translationKey:}, else its slug
 */
public record Article(String path, String slug, String url, String title, ZonedDateTime date, ZonedDateTime updated,
        String summary, String author, String dateline, SourceLink source, String image, String imageAlt,
        String imageCaption, List<Tag> tags, boolean draft, String html, int wordCount, int readingMinutes,
        Map<String, List<EntityUse>> entities, List<String> redirectFrom, Map<String, Object> params, Desk desk,
        Visibility visibility, String dateIso, String updatedIso, Media media, String lang, String translationKey) {

    /** An article with its dates written out as RFC 3339 once (every list that shows it prints them). */
    public Article(String path, String slug, String url, String title, ZonedDateTime date, ZonedDateTime updated,
            String summary, String author, String dateline, SourceLink source, String image, String imageAlt,
            String imageCaption, List<Tag> tags, boolean draft, String html, int wordCount, int readingMinutes,
            Map<String, List<EntityUse>> entities, List<String> redirectFrom, Map<String, Object> params, Desk desk,
            Media media, String lang, String translationKey) {
        this(path, slug, url, title, date, updated, summary, author, dateline, source, image, imageAlt, imageCaption,
                tags, draft, html, wordCount, readingMinutes, entities, redirectFrom, params, desk, Visibility.PUBLISHED,
                java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date),
                updated == null ? "" : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updated), media,
                lang, translationKey);
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
                imageCaption, tags, draft, html, wordCount, readingMinutes, entities, redirectFrom, params, desk,
                visibility, dateIso, updatedIso, media, lang, translationKey);
    }

    /** The same article as the build's clock sees it. */
    public Article withVisibility(Visibility v) {
        return v == visibility ? this : new Article(path, slug, url, title, date, updated, summary, author, dateline,
                source, image, imageAlt, imageCaption, tags, draft, html, wordCount, readingMinutes, entities,
                redirectFrom, params, desk, v, dateIso, updatedIso, media, lang, translationKey);
    }

    /** The same article with its topics named as the site names them. */
    public Article withTags(List<Tag> t) {
        return new Article(path, slug, url, title, date, updated, summary, author, dateline, source, image, imageAlt,
                imageCaption, t, draft, html, wordCount, readingMinutes, entities, redirectFrom, params, desk, visibility,
                dateIso, updatedIso, media, lang, translationKey);
    }

    /** The same article with another {@link Desk}. */
    public Article withDesk(Desk d) {
        return new Article(path, slug, url, title, date, updated, summary, author, dateline, source, image, imageAlt,
                imageCaption, tags, draft, html, wordCount, readingMinutes, entities, redirectFrom, params, d, visibility,
                dateIso, updatedIso, media, lang, translationKey);
    }

    /**
     * Whether its date names a time of day. A date written as a day alone ({@code 2025-07-30}) is
     * midnight in the site's zone, and the theme shows it as a day, not as "12:00 AM"; a story
     * timed at midnight exactly is shown as a day too.
     */
    public boolean timed() {
        return timed(date);
    }

    /** Where a plain-text byline separates one name from the next: a comma, "and", "и", "&", ", and". */
    private static final java.util.regex.Pattern NAMES_APART = java.util.regex.Pattern.compile(
            "\\s*(?:,\\s*(?:and|и)\\s|,|&|\\s(?:and|и)\\s)\\s*");

    /**
     * How many people the plain-text byline ({@code author}) names, for a message that changes with
     * it ("Автор:", "Авторы:"): 1 for "Mira Castell", 2 for "Пётр Иванов, Анна Кузнецова" or
     * "Mira Castell and Dan Okafor"; 0 without one.
     */
    public int authorCount() {
        return authorNames().size();
    }

    /**
     * The names the plain-text byline ({@code author}) gives, apart: ["Mira Castell", "Dan Okafor"]
     * for "Mira Castell and Dan Okafor"; none without one.
     */
    public List<String> authorNames() {
        return names(author);
    }

    /** The names a plain-text byline gives, apart (see {@link #authorNames()}). */
    public static List<String> names(String byline) {
        List<String> out = new java.util.ArrayList<>();
        if (!byline.isBlank()) {
            for (String part : NAMES_APART.split(byline.strip())) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            if (out.isEmpty()) {
                out.add(byline.strip());
            }
        }
        return out;
    }

    /** Whether {@code updated} names a time of day (see {@link #timed()}); false without it. */
    public boolean updatedTimed() {
        return updated != null && timed(updated);
    }

    /** Whether {@link #publishedAt()} names a time of day (see {@link #timed()}). */
    public boolean publishedAtTimed() {
        return timed(publishedAt());
    }

    /** Whether the expiry date names a time of day (see {@link #timed()}); false without one. */
    public boolean expiryTimed() {
        return desk.expiryDate() != null && timed(desk.expiryDate());
    }

    static boolean timed(ZonedDateTime t) {
        return t.toLocalTime().toNanoOfDay() != 0;
    }

    /** When readers could first see it: its publishDate, else its date. Feeds date and order their entries by it. */
    public ZonedDateTime publishedAt() {
        return desk.publishDate() == null ? date : desk.publishDate();
    }

    /** {@link #publishedAt()} as RFC 3339. */
    public String publishedAtIso() {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(publishedAt());
    }

    /**
     * The last change a reader should know of: the latest of its date, when it came out
     * ({@link #publishedAt()}: a story held back by an embargo comes as news then), {@code updated},
     * its corrections, its retraction and live entries.
     */
    public ZonedDateTime modified() {
        ZonedDateTime shown = desk.publishDate() != null && desk.publishDate().isAfter(date) ? desk.publishDate() : date;
        ZonedDateTime latest = updated == null || updated.isBefore(shown) ? shown : updated;
        for (Correction c : desk.corrections()) {
            if (c.date().isAfter(latest)) {
                latest = c.date();
            }
        }
        if (desk.retraction() != null && desk.retraction().date().isAfter(latest)) {
            latest = desk.retraction().date();
        }
        for (Section s : desk.sections()) {
            if (s.timed() && s.time().isAfter(latest)) {
                latest = s.time();
            }
        }
        return latest;
    }

    /** A live blog's timestamped entries, newest first. */
    public List<Section> entries() {
        List<Section> out = new java.util.ArrayList<>();
        for (Section s : desk.sections()) {
            if (s.timed()) {
                out.add(s);
            }
        }
        out.sort(java.util.Comparator.comparing((Section s) -> s.time().toInstant()).reversed());
        return out;
    }

    /** The parts of a layout's article that have no time (its introduction, background), in order. */
    public List<Section> pinned() {
        return desk.sections().stream().filter(s -> !s.timed() && (!s.html().isEmpty() || !s.title().isEmpty())).toList();
    }

    /** The parts with a heading, in order: a table of contents. */
    public List<Section> headed() {
        return desk.sections().stream().filter(s -> !s.id().isEmpty()).toList();
    }

    /** The template that shows this article. */
    public String template() {
        return desk.layout().isEmpty() ? "article.html" : "article-" + desk.layout() + ".html";
    }

    /** The latest correction, or null when there is none. */
    public Correction latestCorrection() {
        List<Correction> all = desk.corrections();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** {@link #modified()} as RFC 3339. */
    public String modifiedIso() {
        boolean timed = false;
        for (Section s : desk.sections()) {
            timed |= s.timed();
        }
        if (!timed && desk.corrections().isEmpty() && desk.retraction() == null && desk.publishDate() == null) {
            // the latest of its date and update, both written out when the article was made
            return updated == null || updated.isBefore(date) ? dateIso : updatedIso;
        }
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(modified());
    }

    /** The expiry date as RFC 3339, or "" when it has none. */
    public String expiryIso() {
        return desk.expiryDate() == null ? "" : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(desk.expiryDate());
    }

    /** Shown before its publication time (a preview built with {@code --future}). */
    public boolean embargoed() {
        return visibility == Visibility.EMBARGOED;
    }

    /** Shown after its expiry date (built with {@code --expired}). */
    public boolean expired() {
        return visibility == Visibility.EXPIRED;
    }

    /** Withdrawn at the build's time: its address shows a notice ({@code withdrawn:}). */
    public boolean withdrawn() {
        return visibility == Visibility.WITHDRAWN;
    }

    /** Part of the public site: not a draft, not before its time, not expired (sitemaps and search engines see it). */
    public boolean published() {
        return !draft && visibility == Visibility.PUBLISHED;
    }

    /** Every entity use of every kind, in kind order then appearance order. */
    public List<EntityUse> allEntities(List<String> kindOrder) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<EntityUse> out = new java.util.ArrayList<>();
        for (String k : kindOrder) {
            List<EntityUse> uses = entities.get(k);
            if (uses != null) {
                out.addAll(uses);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
