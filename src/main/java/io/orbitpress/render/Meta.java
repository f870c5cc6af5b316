package io.orbitpress.render;

/**
 * What the head of a page says about it: title, description, canonical URL (absolute), Open
 * Graph type and picture (absolute URL, size, alt text; null for none), schema.org JSON-LD, and
 * whether search engines should index it.
 */
public record Meta(String title, String description, String canonical, String ogType, SocialImage image,
        String jsonLd, boolean index, String feedUrl, String feedTitle) {
}
