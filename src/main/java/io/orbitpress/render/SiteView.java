package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import java.util.List;
import java.util.Map;

/**
 * What every template knows about the site.
 *
 * @param kinds   entity kinds, for navigation
 * @param year    the year of the newest article, for the footer
 * @param preview true when served by the preview server (drafts shown)
 * @param root    the root-relative URL of the home page in the page's language ("/", "/ru/"): links to the
 *                site's lists, feeds and search start here
 */
public record SiteView(String title, String description, String baseUrl, String language, List<EntityKind> kinds,
        Map<String, Object> params, int year, boolean preview, String root) {
}
