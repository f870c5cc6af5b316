package io.orbitpress.render;

import io.orbitpress.config.Language;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.model.Article;
import io.orbitpress.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pages of a site in several languages, linked: each language's pages planned by its own
 * {@link PagePlanner}, then every HTML page given its versions in the other languages (an
 * article's translations share a {@code translationKey}; any other page is the page at the same
 * route in the other language's folder, when there is one), a language switch, {@code hreflang}
 * alternates with {@code x-default}, and each language's sitemap listing them.
 */
public final class Alternates {

    /** One version of a page: its language and its absolute URL ({@code hreflang="x-default"} for the default's). */
    public record Link(String hreflang, String href) {

        /** The version's language as Open Graph names a locale ({@code og:locale:alternate}), see {@link SiteView#ogLocale}. */
        public String ogLocale() {
            return SiteView.ogLocale(hreflang);
        }
    }

    /**
     * One entry of the language switch.
     *
     * @param url     the page in that language, root-relative; the language's home when the page has no version in it
     * @param current whether it is the page's own language
     * @param version whether {@code url} is this page's version (not the language's home)
     */
    public record Switch(String code, String label, String url, boolean current, boolean version) {
    }

    private Alternates() {
    }

    /**
     * Per translation key, the route of the article in each language that has one: what links an
     * article's versions, for every planner.
     */
    public static Map<String, Map<String, String>> translations(List<Site> sites) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Site s : sites) {
            for (Article a : s.articles()) {
                out.computeIfAbsent(a.translationKey(), k -> new LinkedHashMap<>()).putIfAbsent(a.lang(),
                        a.url().substring(1));
            }
        }
        return out;
    }

    /**
     * Per entity ({@code kind/id}), its stories in each language that has any, in the order of
     * {@code sites}: what its page in a language without them points readers to.
     */
    public static Map<String, List<Elsewhere>> elsewhere(List<Site> sites) {
        Map<String, List<Elsewhere>> out = new HashMap<>();
        for (Site s : sites) {
            SiteConfig c = s.config();
            Language l = c.languageOrDefault(c.language());
            for (io.orbitpress.config.EntityKind k : c.kinds()) {
                for (Site.EntityIndex e : s.entities(k.key())) {
                    if (e.articleCount() > 0) {
                        out.computeIfAbsent(e.entity().key(), x -> new ArrayList<>())
                                .add(new Elsewhere(l.code(), label(l), e.entity().url(), e.articleCount()));
                    }
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** Every page of every language (the default's planner first), linked to its versions. */
    public static List<PageSpec> plan(List<PagePlanner> planners) {
        SiteConfig config = planners.get(0).config();
        List<List<PageSpec>> perLanguage = new ArrayList<>();
        Map<String, Set<String>> routes = new HashMap<>();
        Set<String> indexed = new HashSet<>(); // the routes, of every language, a search engine is to index
        Map<String, String> articleKeys = new HashMap<>();
        // a page of a site in one language is its only version: nothing to look up
        boolean several = planners.size() > 1;
        for (PagePlanner p : planners) {
            List<PageSpec> pages = p.pages();
            perLanguage.add(pages);
            if (several) {
                Set<String> set = new HashSet<>();
                pages.forEach(s -> set.add(s.route()));
                pages.stream().filter(s -> s.sitemapEntry() != null).forEach(s -> indexed.add(s.route()));
                routes.put(p.language().code(), set);
                p.site().articles().forEach(a -> articleKeys.put(a.url().substring(1), a.translationKey()));
            }
        }
        Map<String, Map<String, String>> translations = planners.get(0).translations();
        Map<String, String> labels = new HashMap<>();
        config.languages().forEach(l -> labels.put(l.code(), label(l)));
        List<PageSpec> out = new ArrayList<>();
        for (int i = 0; i < planners.size(); i++) {
            PagePlanner planner = planners.get(i);
            Language language = planner.language();
            List<PageSpec> own = perLanguage.get(i);
            // each page's versions on every core; the sitemap's alternates gathered after, in page order
            List<Linked> made = io.orbitpress.work.Batch.map(own, spec -> {
                if (!spec.template().endsWith(".html") || spec.kind().equals("redirect")) {
                    return new Linked(spec, List.of());
                }
                if (spec.kind().equals("404")) { // served at any address: its switch leads to each language's home
                    return !several ? new Linked(spec, List.of()) : new Linked(linked(spec, config, language,
                            Map.of(language.code(), spec.route()), List.of(), labels), List.of());
                }
                Map<String, String> versions = new LinkedHashMap<>();
                String key = spec.kind().equals("article") ? articleKeys.get(spec.route()) : null;
                if (key != null) { // an article of a site in several languages
                    Map<String, String> group = translations.getOrDefault(key, Map.of());
                    for (Language l : config.languages()) {
                        if (group.containsKey(l.code())) {
                            versions.put(l.code(), group.get(l.code()));
                        }
                    }
                } else if (several) {
                    String neutral = spec.route().substring(language.prefix().length());
                    for (Language l : config.languages()) {
                        if (routes.get(l.code()).contains(l.route(neutral))) {
                            versions.put(l.code(), l.route(neutral));
                        }
                    }
                }
                versions.put(language.code(), spec.route());
                // search engines are told of the versions they index, from a page they index: not of an
                // empty list marked noindex in one language
                Map<String, String> indexedVersions = new LinkedHashMap<>();
                if (indexed.contains(spec.route())) {
                    versions.forEach((code, route) -> {
                        if (indexed.contains(route)) {
                            indexedVersions.put(code, route);
                        }
                    });
                }
                List<Link> links = links(config, indexedVersions);
                return new Linked(linked(spec, config, language, versions, links, labels), links);
            });
            Map<String, List<Link>> sitemap = new HashMap<>();
            List<PageSpec> linked = new ArrayList<>(made.size() + 1);
            for (Linked l : made) {
                if (l.spec().sitemapEntry() != null && !l.links().isEmpty()) {
                    sitemap.put(l.spec().sitemapEntry().get("loc"), l.links());
                }
                linked.add(l.spec());
            }
            linked.addAll(planner.sitemap(linked, sitemap));
            out.addAll(linked);
        }
        return out;
    }

    /** A page with its language switch, and its hreflang alternates. */
    private record Linked(PageSpec spec, List<Link> links) {
    }

    /** The hreflang alternates of a page with these versions (none for a page in one language only). */
    private static List<Link> links(SiteConfig config, Map<String, String> versions) {
        if (versions.size() < 2) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (Language l : config.languages()) {
            String route = versions.get(l.code());
            if (route != null) {
                links.add(new Link(l.code(), Urls.absolute(config.baseUrl(), "/" + route)));
            }
        }
        String original = versions.get(config.defaultLanguage().code());
        if (original != null) {
            links.add(new Link("x-default", Urls.absolute(config.baseUrl(), "/" + original)));
        }
        return List.copyOf(links);
    }

    private static PageSpec linked(PageSpec spec, SiteConfig config, Language language, Map<String, String> versions,
            List<Link> links, Map<String, String> labels) {
        return new PageSpec(spec.route(), spec.template(), spec.kind(), spec.source(),
                java.util.Arrays.asList(spec.inputs(), versions, links), spec.sitemapEntry(), () -> {
                    // the language switch, made only for a page rendered
                    List<Switch> switches = new ArrayList<>();
                    for (Language l : config.languages()) {
                        String route = versions.get(l.code());
                        switches.add(new Switch(l.code(), labels.get(l.code()), route != null ? "/" + route
                                : l.url("/"), l.equals(language), route != null));
                    }
                    Page p = spec.page();
                    Map<String, Object> model = new HashMap<>(p.model());
                    model.put("languages", List.copyOf(switches));
                    model.put("alternates", links);
                    return new Page(p.route(), p.template(), p.kind(), p.source(), model, p.inputs());
                });
    }

    /** A language's name as its readers write it: "English", "Русский". */
    static String label(Language l) {
        Locale locale = l.locale();
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? l.code() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
