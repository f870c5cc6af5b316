package io.orbitpress.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page of the plan before its view is made: where it goes, which template, and every value
 * its view is made from ({@link #inputs()}, together with the site's settings), so that the page
 * is the same whenever those are. {@link #page()} makes the view.
 */
public final class PageSpec {

    private final String route;
    private final String template;
    private final String kind;
    private final String source;
    private final Object inputs;
    private final Map<String, String> sitemapEntry;
    private final Supplier<Page> make;
    /** The output file, made when first asked. */
    private String file;

    PageSpec(String route, String template, String kind, String source, Object inputs, Map<String, String> sitemapEntry,
            Supplier<Page> make) {
        this.route = route;
        this.template = template;
        this.kind = kind;
        this.source = source;
        this.inputs = inputs;
        this.sitemapEntry = sitemapEntry;
        this.make = make;
    }

    /** The output route ("articles/x/", "feed.xml"). */
    public String route() {
        return route;
    }

    /** The output file of the route ("articles/x/index.html", "feed.xml"): {@link Urls#file}. */
    public String file() {
        String f = file;
        if (f == null) {
            f = Urls.file(route);
            file = f;
        }
        return f;
    }

    public String template() {
        return template;
    }

    /** A short name for summaries ("article", "tag", "people"). */
    public String kind() {
        return kind;
    }

    /** The file the page mainly comes from ("" for generated pages), for messages. */
    public String source() {
        return source;
    }

    /** The values the page's view is made from (records, lists, texts): equal inputs, equal page. */
    public Object inputs() {
        return inputs;
    }

    /** The page's entry in the sitemap ({@code loc}, maybe {@code lastmod}), or null when it is not listed. */
    Map<String, String> sitemapEntry() {
        return sitemapEntry;
    }

    /** The page with its view. */
    public Page page() {
        return make.get();
    }
}
