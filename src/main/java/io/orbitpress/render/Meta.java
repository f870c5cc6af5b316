package io.orbitpress.render;

/**
 * What the head of a page says about it: title, description, canonical URL (absolute), Open
 * Graph type and picture (absolute URL, size, alt text; null for none), schema.org JSON-LD, whether
 * search engines should index it, and the feed of what the page lists ({@code feedUrl},
 * root-relative; null when none but the site's).
 */
public record Meta(String title, String description, String canonical, String ogType, SocialImage image,
        String jsonLd, boolean index, String feedUrl, String feedTitle) {

    /** The same, for a page search engines are asked not to index (a form, a list with nothing in it). */
    Meta unindexed() {
        return new Meta(title, description, canonical, ogType, image, jsonLd, false, feedUrl, feedTitle);
    }

    /** The RSS 2.0 feed beside the page's Atom feed ({@code feedUrl}), or null when it has none. */
    public String rssUrl() {
        return feedUrl == null ? null : feedUrl.substring(0, feedUrl.lastIndexOf('/') + 1) + Feeds.RSS;
    }
}
