package io.orbitpress.build;

import io.orbitpress.config.SiteConfig;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks across articles: no two share a slug or a URL, or a part number in one series. */
final class ArticleChecks {

    private final SiteConfig config;
    private int carried;

    /** The build's clock: what is held back at it. */
    private final java.time.Instant now;

    ArticleChecks(SiteConfig config, java.time.Instant now) {
        this.config = config;
        this.now = now;
    }

    /**
     * The articles made, in file order, with every problem of each reported to {@code d}; an
     * article whose slug or URL another one took first is an error (left out with a warning under
     * {@code migration.skipInvalid}), as is one asking for a layout not in {@code layouts}.
     */
    /**
     * For two stories of one slug in {@code lang} on a site of several languages: that a translation
     * which gives its original's slug, as versions share one, needs its own language too (a
     * translator's file outside the language's folder is in the first language); "" on a site of one.
     */
    private String unpairedVersion(String lang) {
        List<String> others = config.languages().stream().map(io.orbitpress.config.Language::code)
                .filter(c -> !c.equals(lang)).toList();
        if (others.isEmpty()) {
            return "";
        }
        String code = others.size() == 1 ? others.get(0) : "<code>";
        return ", or, if one is a translation of the other, give it its language (lang: " + code
                + (others.size() == 1 ? "" : " of " + String.join(", ", others)) + ", or the folder content/articles/"
                + code + "/): both are now in " + lang;
    }

    List<Article> kept(List<MadeArticle> made, java.util.Set<String> layouts, Diagnostics d) {
        boolean lenient = config.migration().skipInvalid();
        Map<String, MadeArticle> slugs = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        Map<String, MadeArticle> versions = new HashMap<>();
        Map<String, TagUse> tagUrls = new HashMap<>();
        List<Article> kept = new ArrayList<>(made.size());
        for (MadeArticle m : made) {
            d.addAll(m.problems());
            Article a = m.article();
            if (a == null) {
                unmadeLayout(m, layouts, d);
                continue;
            }
            a = layout(m, a, layouts, d);
            // a slug is unique within a language: a translation may keep its original's slug
            MadeArticle otherMade = slugs.putIfAbsent(a.lang() + "\u0000" + a.slug(), m);
            String other = otherMade == null ? null : otherMade.article().path();
            String otherUrl = other == null ? urls.putIfAbsent(a.url(), a.path()) : null;
            if (other != null || otherUrl != null) {
                // told at the file that writes the slug when only the other one does (this one has it from its
                // title or file name); under migration.skipInvalid, at this one, which is left out
                MadeArticle told = !lenient && other != null && !m.has("slug") && otherMade.has("slug")
                        ? otherMade : m;
                String message = other != null
                        ? "slug \"" + a.slug() + "\" is already used by " + (told == m ? other : a.path())
                                + "; set a different slug: in one of them" + unpairedVersion(a.lang())
                        : "the URL " + a.url() + " is already used by " + otherUrl + "; change the url: or permalink: of one";
                // a URL told at the key that asks for it (one from site.yaml's permalink, at the file's first line)
                MadeArticle.KeyPlace at = told.place(other != null ? List.of("slug")
                        : List.of("url", "permalink", "path", "slug"));
                if (lenient) {
                    d.warning(a.path(), at.line(), at.column(), message + " (file left out: migration.skipInvalid)");
                    continue;
                }
                d.error(told.article().path(), at.line(), at.column(), message);
            }
            MadeArticle version = versions.putIfAbsent(a.lang() + "\u0000" + a.translationKey(), m);
            if (version != null && other == null && otherUrl == null) {
                // told at the file that writes the key: the other one has it from its file name
                boolean written = m.has("translationKey") || !version.has("translationKey");
                MadeArticle.KeyPlace at = (written ? m : version).place("translationKey");
                d.error((written ? m : version).article().path(), at.line(), at.column(),
                        "translationKey \"" + a.translationKey() + "\" is already used by "
                                + (written ? version : m).article().path() + " in the same language (" + a.lang()
                                + "); each language has one version of a story");
            }
            for (io.orbitpress.model.Tag t : a.tags()) {
                TagUse first = tagUrls.putIfAbsent(t.url(), new TagUse(t.name(), m));
                if (first != null && !first.name().equals(t.name()) && !same(first.name(), t.name())) {
                    MadeArticle.KeyPlace at = m.place("tag:" + t.name());
                    MadeArticle.KeyPlace was = first.made().place("tag:" + first.name());
                    d.error(a.path(), at.line(), at.column(), "tag \"" + t.name() + "\" and tag \"" + first.name()
                            + "\" (" + first.made().article().path() + ":" + was.line() + ":" + was.column()
                            + ") would share the page " + t.url()
                            + "; write them the same way if they are one topic, or rename one");
                }
            }
            kept.add(a);
        }
        seriesParts(made, d);
        languageFolders(made, kept, d);
        languageNames(made, kept, d);
        unpairedKeys(made, d);
        HugoRefs.tell(made, kept, config, d);
        PictureCredits.tell(made, d);
        return kept;
    }

    /**
     * A warning at a {@code translationKey} written in a story that no story of another language
     * shares, when it is a letter or two from the key of a story in another language that has no
     * version in this one: most likely a slip, which leaves both without their language links. A
     * key no other story is near is a story not translated yet, and says nothing.
     */
    private void unpairedKeys(List<MadeArticle> made, Diagnostics d) {
        if (config.languages().size() < 2) {
            return;
        }
        Map<String, java.util.Set<String>> languages = new HashMap<>(); // per key, the languages with a version
        Map<String, Article> held = new HashMap<>(); // per key, a version the clock holds back, if any
        for (MadeArticle m : made) {
            if (m.article() != null) {
                languages.computeIfAbsent(m.article().translationKey(), k -> new java.util.HashSet<>())
                        .add(m.article().lang());
                if (m.article().publishedAt().toInstant().isAfter(now)) {
                    held.putIfAbsent(m.article().translationKey(), m.article());
                }
            }
        }
        // per old slug, the stories renamed from it whose key it was: a key written stays when the slug changes
        Map<String, List<Article>> oldSlugs = oldSlugs(made.stream().filter(m -> m.article() != null
                && !m.article().redirectFrom().isEmpty() && !m.has("translationKey")).toList());
        List<MadeArticle> alone = new ArrayList<>(); // with a key written, told of none yet
        for (MadeArticle m : made) {
            if (m.article() != null && languages.get(m.article().translationKey()).size() == 1
                    && !(oldSlugs.containsKey(m.article().translationKey()) && renamed(m, oldSlugs, languages, d))
                    && m.has("translationKey")) {
                alone.add(m);
            }
        }
        if (alone.isEmpty() || (long) alone.size() * languages.size() > 5_000_000L) {
            return; // too many to compare in a build's time: none of them is told
        }
        for (MadeArticle m : alone) {
            Article a = m.article();
            List<String> others = new ArrayList<>();
            languages.forEach((key, langs) -> {
                // crew-11 and crew-12 are two stories, and docking and docking-ru, not slips
                if (!langs.contains(a.lang()) && Math.abs(key.length() - a.translationKey().length()) <= 2
                        && digits(key).equals(digits(a.translationKey()))
                        && key.split("[-_]").length == a.translationKey().split("[-_]").length) {
                    others.add(key);
                }
            });
            io.orbitpress.diag.Spelling.closest(a.translationKey(), others).ifPresent(meant -> {
                MadeArticle.KeyPlace at = m.place("translationKey");
                String message = "translationKey \"" + a.translationKey() + "\" is shared by no story in another"
                        + " language; did you mean \"" + meant + "\"? (the " + String.join(", ",
                                new java.util.TreeSet<>(languages.get(meant))) + " version has that key;";
                Article original = held.get(meant);
                if (original != null && !a.publishedAt().toInstant().isAfter(now)) {
                    // with the key, it would wait for its original: as written, it tells an embargoed story first
                    d.error(a.path(), at.line(), at.column(), message + " " + original.path() + " is held back until "
                            + Schedule.shown(original.publishedAt()) + ", and this one would come out now; fix the"
                            + " key, or give this story a publishDate: of its own)");
                    return;
                }
                d.warning(a.path(), at.line(), at.column(), message + " as written, neither links to the other)");
            });
        }
    }

    /** Per last part of an old address ({@code aliases:}), the stories that keep it (once per address). */
    static Map<String, List<Article>> oldSlugs(List<MadeArticle> made) {
        Map<String, List<Article>> bySlug = new HashMap<>();
        for (MadeArticle m : made) {
            if (m.article() != null) {
                for (String from : m.article().redirectFrom()) {
                    String[] parts = from.split("/");
                    if (parts.length > 0) {
                        bySlug.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(m.article());
                    }
                }
            }
        }
        return bySlug;
    }

    /**
     * Told when a story's {@code translationKey} (written, or its slug), which no story of another
     * language shares, is the old slug of a story in another language without a version in this
     * one, renamed since with its old address kept ({@code new article --translation-of} wrote that
     * slug as the key, or the versions were paired by their files' names), and keyed by its slug
     * ({@code oldSlugs} holds no story that writes a {@code translationKey}: that key stayed when
     * the slug changed, so the old slug paired it with nothing):
     * a warning, as neither links to the other; an error when that story is held back and this one
     * is not, as it would tell the story first.
     */
    private boolean renamed(MadeArticle m, Map<String, List<Article>> oldSlugs,
            Map<String, java.util.Set<String>> languages, Diagnostics d) {
        Article a = m.article();
        for (Article original : oldSlugs.getOrDefault(a.translationKey(), List.of())) {
            if (original.lang().equals(a.lang()) || languages.get(original.translationKey()).contains(a.lang())) {
                continue;
            }
            String alias = original.redirectFrom().stream()
                    .filter(from -> (from + "/").endsWith("/" + a.translationKey() + "/")
                            || from.endsWith("/" + a.translationKey() + "/"))
                    .findFirst().orElse(original.redirectFrom().get(0));
            MadeArticle.KeyPlace at = m.place(List.of("translationKey", "slug"));
            String message = (m.has("translationKey") ? "translationKey \"" + a.translationKey() + "\""
                    : "this story's slug \"" + a.translationKey() + "\", which pairs the versions of a story,")
                    + " is shared by no story in another language; it is the old slug of " + original.path()
                    + " (aliases: " + alias + "), whose key is now \""
                    + original.translationKey() + "\" (write translationKey: " + original.translationKey()
                    + " here, or translationKey: " + a.translationKey() + " in that story;";
            if (original.publishedAt().toInstant().isAfter(now) && !a.publishedAt().toInstant().isAfter(now)) {
                d.error(a.path(), at.line(), at.column(), message + " " + original.path() + " is held back until "
                        + Schedule.shown(original.publishedAt()) + ", and this one would come out now)");
            } else {
                d.warning(a.path(), at.line(), at.column(), message + " as written, neither links to the other)");
            }
            return true;
        }
        return false;
    }

    /** Where the articles' folder is: the language folders are those right under it ({@code content/articles/ru/}). */
    private static final String ARTICLES = "content/articles/";

    private static final java.util.Set<String> LANGUAGE_CODES = io.orbitpress.content.ArticleReader.LANGUAGE_CODES;

    /**
     * A story whose file's name ends in a language's code the site does not list ({@code
     * crew-11.ru.md} on a site in English alone), as Hugo names a story's version in that language,
     * which is therefore built in the default language at an address of its own: said at each such
     * story built. A name ending otherwise ({@code report.v2.md}) says nothing.
     */
    private void languageNames(List<MadeArticle> made, List<Article> kept, Diagnostics d) {
        java.util.Set<Article> built = null; // made when a story is named so: most sites have none
        String fallback = config.defaultLanguage().code();
        String language = io.orbitpress.config.Language.englishName(fallback);
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null) {
                continue;
            }
            String path = a.path();
            // asked of every story at every build: the name's code first, which most names lack
            String code = io.orbitpress.content.ArticleReader.nameCode(path.substring(
                    Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
            if (code == null || !LANGUAGE_CODES.contains(code) || config.language(code).isPresent() || m.has("lang")) {
                continue;
            }
            if (built == null) {
                built = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                built.addAll(kept);
            }
            if (built.contains(a)) {
                d.warning(a.path(), 1, 1, "this file's name ends in ." + code + path.substring(path.lastIndexOf('.')) + ", as Hugo and Zola name a story's "
                        + io.orbitpress.config.Language.englishName(code)
                        + " version, but site.yaml's languages: do not list " + code + " ("
                        + io.orbitpress.content.ArticleReader.listedLanguages(config) + "), so it is built in "
                        + language + " at " + a.url() + "; add \"- code: " + code
                        + "\" to languages:, or rename the file");
            }
        }
    }

    /**
     * A folder right under the articles' one that is named like a language the site does not list
     * ({@code content/articles/de/} on a site of English and Russian), whose articles without a
     * {@code lang:} of their own are therefore built in the default language: said once a folder,
     * with how many built. A site in one language has no language folders: its {@code it/} is a section.
     */
    private void languageFolders(List<MadeArticle> made, List<Article> kept, Diagnostics d) {
        if (config.languages().size() < 2) {
            return;
        }
        java.util.Set<String> built = null; // made when a story is in such a folder: most sites have none
        String fallback = config.defaultLanguage().code();
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null) {
                continue;
            }
            String path = a.path().replace('\\', '/');
            int slash = path.startsWith(ARTICLES) ? path.indexOf('/', ARTICLES.length()) : -1;
            if (slash < 0) {
                continue;
            }
            String folder = path.substring(ARTICLES.length(), slash);
            if (!LANGUAGE_CODES.contains(folder) || config.language(folder).isPresent() || m.has("lang")) {
                continue;
            }
            if (built == null) {
                built = new java.util.HashSet<>();
                for (Article k : kept) {
                    built.add(k.path());
                }
            }
            if (built.contains(a.path())) {
                counts.merge(folder, 1, Integer::sum);
            }
        }
        String language = io.orbitpress.config.Language.englishName(fallback);
        counts.forEach((folder, n) -> d.warning(ARTICLES + folder + "/", 0, 0, "this folder is named like a"
                + " language (" + io.orbitpress.config.Language.englishName(folder)
                + ") that site.yaml's languages: does not list, so its " + (n == 1 ? "article is" : n + " articles are")
                + " built in " + language + "; add \"- code: " + folder
                + "\" to languages:, or rename the folder if it is not a language"));
    }

    /** A topic as first written, and the article it was written in (where, is looked up only for a message). */
    private record TagUse(String name, MadeArticle made) {
    }

    /**
     * Whether two topic names are one topic written another way: the same letters and digits in
     * their own script, whatever the case, spaces and punctuation ("Crew-11", "crew 11"); not two
     * names that only transliteration makes alike ("Роскосмос", "Roskosmos").
     */
    private static boolean same(String a, String b) {
        String letters = letters(a);
        // names without a letter or digit ("🚀", "🛰️") are the same only when written the same
        return letters.equals(letters(b)) && (!letters.isEmpty() || java.text.Normalizer.normalize(a.strip(),
                java.text.Normalizer.Form.NFC).equals(java.text.Normalizer.normalize(b.strip(), java.text.Normalizer.Form.NFC)));
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        // ё is optional in Russian print: "Ёлка" and "Елка" are one word, as "МКС" and "мкс" are
        java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replace('ё', 'е').codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * An article asking for a layout the theme does not have: an error at its layout: line. Under
     * {@code migration.skipInvalid} (Jekyll's layout: post, Hugo's layout: list), a warning, and the
     * article template shows it.
     */
    private Article layout(MadeArticle m, Article a, java.util.Set<String> layouts, Diagnostics d) {
        String layout = a.desk().layout();
        if (layout.isEmpty() || layouts.contains(layout)) {
            return a;
        }
        MadeArticle.KeyPlace at = m.place("layout");
        String message = noLayout(layout, layouts);
        if (config.migration().skipInvalid()) {
            d.warning(a.path(), at.line(), at.column(), message + " (the article template is used: migration.skipInvalid)");
            return a.withDesk(a.desk().withoutLayout());
        }
        d.error(a.path(), at.line(), at.column(), message);
        carried++;
        // shown with the article template for the rest of this build, which fails before it
        // publishes: the other problems (broken links among them) are told with this one
        return a.withDesk(a.desk().withoutLayout());
    }

    private static String noLayout(String layout, java.util.Set<String> layouts) {
        String meant = io.orbitpress.diag.Spelling.closest(layout, List.copyOf(layouts))
                .map(m -> "did you mean \"" + m + "\"? Otherwise add").orElse("add");
        return "layout \"" + layout + "\" does not exist; " + meant + " templates/article-" + layout + ".html, or use "
                + (layouts.isEmpty() ? "none (the theme has no other layouts)" : "one of: " + String.join(", ", layouts));
    }

    /**
     * A file that could not be made (its errors told) asking for a layout the theme does not have:
     * told with them, as an error within a story left out (the build goes on to tell the other
     * stories' links, as for the file's own errors).
     */
    private void unmadeLayout(MadeArticle m, java.util.Set<String> layouts, Diagnostics d) {
        for (MadeArticle.KeyPlace p : m.places()) {
            String layout = p.key().startsWith(MadeArticle.LAYOUT_ASKED)
                    ? p.key().substring(MadeArticle.LAYOUT_ASKED.length()) : "";
            if (!layout.isEmpty() && !layouts.contains(layout) && !m.problems().isEmpty()) {
                d.error(m.problems().get(0).path(), p.line(), p.column(), noLayout(layout, layouts));
                carried++;
            }
        }
    }

    private static String digits(String text) {
        return text.replaceAll("\\D+", " ").strip();
    }

    /**
     * How many of the errors told are about a story still kept and rendered (an unknown layout, a
     * series part twice), or one left out for its own errors (an unknown layout it asks for).
     */
    int carried() {
        return carried;
    }

    /**
     * Two articles in one language giving the same part number in one series: an error at the part
     * number of each but the first published (then by file), so that the part copied from another
     * and left with its number is told, not the one out before it. Versions of a part in other
     * languages are no second part: each language has its own series page.
     */
    private void seriesParts(List<MadeArticle> made, Diagnostics d) {
        Map<String, List<MadeArticle>> parts = new java.util.LinkedHashMap<>();
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null || a.desk().series() == null || a.desk().series().part() == 0) {
                continue;
            }
            var series = a.desk().series();
            parts.computeIfAbsent(a.lang() + "/" + series.slug() + "#" + series.part(), k -> new ArrayList<>()).add(m);
        }
        for (List<MadeArticle> same : parts.values()) {
            if (same.size() < 2) {
                continue;
            }
            same.sort(java.util.Comparator.comparing((MadeArticle m) -> m.article().publishedAt().toInstant())
                    .thenComparing(m -> m.article().path()));
            String other = same.get(0).article().path();
            for (MadeArticle m : same.subList(1, same.size())) {
                Article a = m.article();
                var series = a.desk().series();
                MadeArticle.KeyPlace at = m.place(List.of(ArticleMaker.SERIES_PART_PLACE, "series"));
                String message = "part " + series.part() + " of the series \"" + series.name() + "\" is already "
                        + other + "; give each part its own number";
                if (config.migration().skipInvalid()) {
                    d.warning(a.path(), at.line(), at.column(), message);
                } else {
                    d.error(a.path(), at.line(), at.column(), message);
                    // both parts render, in the series' order, for the rest of this build, which fails before
                    // it publishes: the other problems (broken links among them) are told with this one
                    carried++;
                }
            }
        }
    }
}
