package io.orbitpress.build;

import io.orbitpress.config.Language;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.model.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hugo's {@code {{< ref "crew-11.md" >}}} and {@code relref} in a story's text, which Orbitpress
 * does not run: each told once a story, where it is first written, with the address of the story it
 * leads to as Hugo finds it (by the file's path from the articles' folder, or the end of it; the
 * version in the language its name gives, else in the language of the story that writes it), so that
 * a writer can put the address in its place.
 */
final class HugoRefs {

    private static final String ARTICLES = "content/articles/";

    private HugoRefs() {
    }

    static void tell(List<MadeArticle> made, Collection<Article> kept, SiteConfig config, Diagnostics d) {
        Names names = null; // made when a story has a ref: most sites have none
        Map<String, Article> byPath = null;
        for (MadeArticle m : made) {
            Article a = m.article();
            if (a == null) {
                continue;
            }
            // each tag: where it is first written, and how often (made at a story's first: most have none)
            Map<String, int[]> tags = null;
            for (MadeArticle.KeyPlace p : m.places()) {
                if (p.key().startsWith(MadeArticle.REF)) {
                    if (tags == null) {
                        tags = new LinkedHashMap<>();
                    }
                    tags.computeIfAbsent(p.key().substring(MadeArticle.REF.length()),
                            k -> new int[] {p.line(), p.column(), 0})[2]++;
                }
            }
            if (tags == null) {
                continue;
            }
            if (names == null) {
                byPath = new HashMap<>();
                List<Names.Version> versions = new ArrayList<>();
                for (Article k : kept) {
                    byPath.put(k.path(), k);
                    versions.add(new Names.Version(k.path(), k.lang()));
                }
                names = new Names(versions, config);
            }
            for (Map.Entry<String, int[]> t : tags.entrySet()) {
                String target = MarkdownFacts.refTarget(t.getKey());
                int hash = target.indexOf('#');
                String anchor = hash < 0 ? "" : target.substring(hash);
                String name = hash < 0 ? target : target.substring(0, hash);
                String advice = names.findAsHugo(name, a.path(), a.lang()).map(byPath::get)
                        .map(to -> "it leads to " + to.path() + ": write that story's address in its place, like [the"
                                + " story](" + to.url() + anchor + ")")
                        .orElse(MarkdownFacts.tagAdvice(t.getKey()));
                int[] at = t.getValue();
                d.warning(a.path(), at[0], at[1], ArticleMaker.tagMessage(t.getKey(), at[2], advice));
            }
        }
    }

    /**
     * The stories of a site by their names, as Hugo's {@code ref}, Jekyll's {@code post_url} and
     * {@code link} name them: the path from the articles' folder, without a language's folder or code
     * and without the file's ending ({@code ru/sputnik/index.ru.md} is {@code sputnik}).
     */
    static final class Names {

        /** A story's file (from the site folder) and its language. */
        record Version(String path, String lang) {
        }

        private final Map<String, List<Version>> byName = new HashMap<>();
        private final SiteConfig config;

        Names(Collection<Version> versions, SiteConfig config) {
            this.config = config;
            for (Version v : versions) {
                String path = v.path().replace('\\', '/');
                if (path.startsWith(ARTICLES)) {
                    byName.computeIfAbsent(name(path.substring(ARTICLES.length()), config), k -> new ArrayList<>()).add(v);
                }
            }
        }

        /**
         * As {@link #find(String, String)}, for a target written in the file at {@code from}: one
         * without a leading slash is read first from that file's folder, as Hugo's ref reads it
         * (first relative to the current page), so that {@code b.md} in {@code 2024/a.md} is
         * {@code 2024/b.md} though {@code 2025/b.md} has that name too. A null {@code from} reads it
         * from the articles' folder alone, as Jekyll's tags are read.
         */
        Optional<String> find(String target, String from, String lang) {
            String path = from == null ? "" : from.replace('\\', '/');
            if (!target.startsWith("/") && path.startsWith(ARTICLES)) {
                String folder = path.substring(ARTICLES.length(), path.lastIndexOf('/') + 1);
                String relative = folder.isEmpty() ? null : normalized(folder + target);
                List<Version> here = relative == null ? null : byName.get(name(relative, config));
                if (here != null) {
                    return pick(here, target, lang);
                }
            }
            return find(target, lang);
        }

        /**
         * The file of the story {@code target} names, read from a story in {@code lang}, when one story
         * has that name: by the path from the articles' folder, or the end of it (the one name that
         * fits); the version in the language the target's file name gives, else in {@code lang}.
         */
        Optional<String> find(String target, String lang) {
            String key = name(target, config);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            List<Version> versions = byName.get(key);
            if (versions == null) {
                List<String> fits = fits(key);
                if (fits.size() != 1) {
                    return Optional.empty();
                }
                versions = byName.get(fits.get(0));
            }
            return pick(versions, target, lang);
        }

        /**
         * The file of the story a Hugo ref in the file at {@code from} leads to: as {@link #find(String,
         * String, String)} reads its name, else in other capitals ({@link #findInOtherCase}), as Hugo
         * finds a page by its logical path, its file's path in lower case.
         */
        Optional<String> findAsHugo(String target, String from, String lang) {
            return find(target, from, lang).or(() -> findInOtherCase(target, from, lang));
        }

        /**
         * The file of the story {@code target} names but for the case of its letters ({@code Crew-11.md}
         * for {@code crew-11.md}), read as {@link #find(String, String, String)} reads it: what a writer
         * meant by a name that names no story as written.
         */
        Optional<String> findInOtherCase(String target, String from, String lang) {
            if (folded == null) {
                Map<String, String> files = new HashMap<>();
                List<Version> lower = new ArrayList<>();
                byName.values().forEach(versions -> versions.forEach(v -> {
                    String p = v.path().toLowerCase(Locale.ROOT);
                    files.putIfAbsent(p, v.path());
                    lower.add(new Version(p, v.lang()));
                }));
                folded = new Names(lower, config);
                unfolded = files;
            }
            return folded.find(target.toLowerCase(Locale.ROOT), from == null ? null : from.toLowerCase(Locale.ROOT), lang)
                    .map(unfolded::get);
        }

        /** These names in lower case, and each file by its path in lower case: made at the first look-up in another case. */
        private Names folded;
        private Map<String, String> unfolded;

        /** Of the versions of the story {@code target} names, the one in the language its file's name gives, else in {@code lang}. */
        private Optional<String> pick(List<Version> versions, String target, String lang) {
            String last = target.substring(target.lastIndexOf('/') + 1);
            Optional<Language> named = ArticleReader.nameLanguage(last, config);
            String wanted = named.map(Language::code).orElse(lang);
            for (Version v : versions) {
                if (v.lang().equals(wanted)) {
                    return Optional.of(v.path());
                }
            }
            return named.isPresent() || versions.size() != 1 ? Optional.empty() : Optional.of(versions.get(0).path());
        }

        /**
         * The files of the stories {@code target} could name when it names more than one (the end of
         * two longer paths: first for blog/first and notes/first); empty when it names one or none.
         */
        List<String> ambiguous(String target) {
            String key = name(target, config);
            if (key.isEmpty() || byName.containsKey(key)) {
                return List.of();
            }
            List<String> fits = fits(key);
            return fits.size() < 2 ? List.of() : fits.stream().map(n -> byName.get(n).get(0).path()).toList();
        }

        /**
         * The names {@code key} is the end of (hubble for news/hubble), or that are the end of it (a
         * path with a folder above the articles', /articles/sputnik or /posts/sputnik, as the archive
         * had them), in order: one fits, or the name is ambiguous.
         */
        private List<String> fits(String key) {
            return byName.keySet().stream().filter(n -> n.endsWith("/" + key) || key.endsWith("/" + n)).sorted().toList();
        }
    }

    /** {@code path} with its {@code .} and {@code ..} parts read ({@code 2024/../2025/b.md} is {@code 2025/b.md}); null when it climbs out. */
    private static String normalized(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return null;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** {@code ru/sputnik/index.ru.md} and {@code /sputnik/} as {@code sputnik}. */
    private static String name(String path, SiteConfig config) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        int slash = p.lastIndexOf('/');
        String file = ArticleReader.withoutLanguage(p.substring(slash + 1), config);
        file = file.substring(0, file.length() - ArticleReader.markdownEnding(file).length());
        p = p.substring(0, slash + 1) + file;
        if (p.equals("index") || p.equals("_index")) {
            return "";
        }
        if (p.endsWith("/index") || p.endsWith("/_index")) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        int first = p.indexOf('/');
        return first > 0 && config.language(p.substring(0, first)).isPresent() ? p.substring(first + 1) : p;
    }
}
