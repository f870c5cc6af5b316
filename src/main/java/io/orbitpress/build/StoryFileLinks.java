package io.orbitpress.build;

import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.media.Html;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Section;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.render.Pictures;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links to a story's file ({@code [the launch](crew-11.md#liftoff)}, as a Markdown editor and a
 * repository's preview follow them; {@code ../2024/old.md}; Zola's {@code @/articles/crew-11.md},
 * from the content folder; the tags of Hugo's {@code ref} and Jekyll's {@code post_url} and
 * {@code link}, named as {@link HugoRefs.Names} reads them) in a story's text or a registry file's: each leads to the page of the
 * story made of that file, its anchor kept, once every story is made, as if its address had been
 * written. So the checks of addresses apply to it: a link to a story not out yet, withdrawn or a
 * draft is told as such, at the link as written. A link to a Markdown file that is no story stays
 * as written, a broken link. One per build: what it looks up is made at its first use.
 */
final class StoryFileLinks {

    private final List<MadeArticle> made;
    private final io.orbitpress.config.SiteConfig config;
    /** The address of each story's file (from the site folder), and of each draft's, whose links are told as such. */
    private Map<String, String> urls;
    /** The file whose path ends so ("/blog/first.md"), for Zola's {@code @/}; "" when two do. */
    private Map<String, String> byEnding;
    /** The stories by their files' paths: where a problem is told. */
    private Map<String, MadeArticle> byPath;
    /** The stories and drafts by name, for the tags of other generators ({@link MarkdownFacts#tagTarget}). */
    private HugoRefs.Names names;
    /** The language of each story's and draft's file. */
    private Map<String, String> langs;

    StoryFileLinks(List<MadeArticle> made, io.orbitpress.config.SiteConfig config) {
        this.made = made;
        this.config = config;
    }

    /** The language of the story a file at {@code path} ({@code content/articles/ru/x.md}) would be, by its place. */
    String languageOf(String path) {
        return io.orbitpress.content.ArticleReader.languageByPlace(path, config).code();
    }

    /** The stories, each that links to a story's file with those links led to its page (the same list when none does). */
    List<MadeArticle> resolved() {
        List<MadeArticle> out = null;
        for (int i = 0; i < made.size(); i++) {
            MadeArticle m = made.get(i);
            Article a = m.article();
            if (a == null || !linksToFiles(m)) {
                continue;
            }
            String html = led(a.html(), a.path());
            List<Section> sections = new ArrayList<>(); // a live blog's entries and the parts of a layout
            boolean changed = !html.equals(a.html());
            for (Section s : a.desk().sections()) {
                String h = led(s.html(), a.path());
                changed |= !h.equals(s.html());
                sections.add(h.equals(s.html()) ? s : new Section(s.id(), s.title(), s.time(), s.timeIso(), h));
            }
            if (changed) {
                out = out == null ? new ArrayList<>(made) : out;
                out.set(i, m.with(a.withMedia(html, a.media()).withDesk(a.desk().withSections(sections)), m.problems()));
            }
        }
        return out == null ? made : out;
    }

    /** Whether the story links to a file (asked of every story at every build: a loop, no stream). */
    private static boolean linksToFiles(MadeArticle m) {
        for (MadeArticle.KeyPlace p : m.places()) {
            if (p.fileLink() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code pictures} with the text of each registry file ({@code content/people/x.md}) that links
     * to a story's file led to that story's page: the text its page shows ({@link Pictures#text}, one
     * of the page's inputs). The same pictures when no text does.
     */
    Pictures inTexts(Collection<Entity> entities, Pictures pictures) {
        Map<String, String> texts = null;
        for (Entity e : entities) {
            String html = pictures.text(e) != null ? pictures.text(e) : e.html();
            if (!e.described() || html == null) {
                continue;
            }
            String led = led(html, e.path());
            if (!led.equals(html)) {
                texts = texts == null ? new HashMap<>(pictures.texts()) : texts;
                texts.put(e.url(), led);
            }
        }
        return texts == null ? pictures : new Pictures(pictures.entities(), pictures.fallback(), texts, pictures.logo());
    }

    /**
     * Where the file at {@code path} (a story, or a registry file of {@code text}) links to a story's
     * file whose page, with the link's anchor, is {@code target}: a story's links where its text has
     * them; a registry file's found in its text, as a Markdown link or link definition writes them.
     */
    List<LinkChecker.Written> writtenAs(String path, String text, String target) {
        List<LinkChecker.Written> out = new ArrayList<>();
        if (byPath == null) {
            byPath = new HashMap<>();
            made.stream().filter(m -> m.article() != null).forEach(m -> byPath.put(m.article().path(), m));
        }
        MadeArticle story = byPath.get(path);
        if (story != null) {
            for (MadeArticle.KeyPlace p : story.places()) {
                String written = p.fileLink();
                if (written != null && target.equals(target(path, written))) {
                    out.add(new LinkChecker.Written(p.line(), p.column(), written));
                }
            }
            return out;
        }
        if (text == null) {
            return out;
        }
        java.util.regex.Matcher m = MARKDOWN_ADDRESS.matcher(text);
        while (m.find()) {
            String written = m.group(1) != null ? m.group(1) : m.group(2);
            int start = m.group(1) != null ? m.start(1) : m.start(2);
            if (MarkdownFacts.isFileLink(written) && target.equals(target(path, written))) {
                out.add(new LinkChecker.Written(io.orbitpress.diag.Diagnostic.lineOf(text, start),
                        start - text.lastIndexOf('\n', start - 1), written));
            }
        }
        return out;
    }

    /**
     * A Markdown link's address, after "](" (or "](<"), ending where the address does; or a link
     * definition's ({@code [launch]: crew-11.md}).
     */
    private static final java.util.regex.Pattern MARKDOWN_ADDRESS = java.util.regex.Pattern.compile(
            "\\]\\(<?([^)\\s>]+)(?=[)\\s>])|(?m)^ {0,3}\\[[^\\]]+\\]:[ \\t]*<?([^\\s>]+)");

    /** An address in HTML, as a page's renderer writes it (escaped, not percent-encoded). */
    private static final java.util.regex.Pattern HREF = java.util.regex.Pattern.compile(
            "(\\shref=)(\"[^\"]*\"|'[^']*')");

    /** What may be a Markdown file's name in a text: most texts have none, and are not read further. */
    private static final java.util.regex.Pattern MARKDOWN_NAME = java.util.regex.Pattern.compile("(?i)\\.(md|markdown)\\b");

    /** The addresses of the links to Markdown files in {@code a}'s text and its parts, as written, each once. */
    static List<String> writtenIn(Article a) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        List<String> texts = new ArrayList<>(List.of(a.html()));
        a.desk().sections().forEach(s -> texts.add(s.html()));
        for (String html : texts) {
            if (MARKDOWN_NAME.matcher(html).find()) {
                java.util.regex.Matcher m = HREF.matcher(html);
                while (m.find()) {
                    String written = written(m.group(2));
                    if (MarkdownFacts.isFileLink(written)) {
                        out.add(written);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** An attribute's value as written, without its quotes and references ({@code &amp;}). */
    private static String written(String quoted) {
        return org.jsoup.parser.Parser.unescapeEntities(quoted.substring(1, quoted.length() - 1), true);
    }

    /** {@code html} of the file at {@code from} with each link to a story's file led to the story's page. */
    private String led(String html, String from) {
        if (!MARKDOWN_NAME.matcher(html).find() && !html.contains("=\"{")) {
            return html;
        }
        java.util.regex.Matcher m = HREF.matcher(html);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String written = written(m.group(2));
            String target = MarkdownFacts.isFileLink(written) ? target(from, written) : null;
            if (target != null) {
                out = out == null ? new StringBuilder(html.length()) : out;
                out.append(html, last, m.start(2)).append('"').append(Html.escape(target)).append('"');
                last = m.end(2);
            }
        }
        return out == null ? html : out.append(html, last, html.length()).toString();
    }

    /**
     * The files of the stories that the tag {@code written} (Hugo's ref, Jekyll's post_url or link)
     * leading to no story in the file at {@code from} could name, when its name fits more than one
     * (first, for blog/first and notes/first); empty when it fits one or none.
     */
    List<String> namedAlike(String from, String written) {
        String[] tag = MarkdownFacts.tagTarget(written);
        if (tag == null || target(from, written) != null) {
            return List.of();
        }
        return names.ambiguous(tag[0]); // names is made by target's look-up of a tag
    }

    /**
     * The file of the story the tag {@code written} (Jekyll's post_url or link) in the file at
     * {@code from} names but for the case of its letters ({@code Crew-11.md} for {@code crew-11.md});
     * null when it leads to a story (a Hugo ref in other capitals does, as in Hugo), or names none so.
     */
    String namedInOtherCase(String from, String written) {
        String[] tag = MarkdownFacts.tagTarget(written);
        // a Hugo ref's look-up in other capitals is its target's own
        if (tag == null || hugo(written) || target(from, written) != null) {
            return null;
        }
        // names is made by target's look-up of a tag; Jekyll's tags name a post by its path from the root
        return names.findInOtherCase(tag[0], null, lang(from)).orElse(null);
    }

    /** Whether {@code written} is a tag of Hugo's ({@code ref} or {@code relref}), not one of Jekyll's. */
    private static boolean hugo(String written) {
        return written.startsWith("{{");
    }

    /** The language of the version a tag in the file at {@code from} leads to, as Hugo's ref reads it: the file's. */
    private String lang(String from) {
        return langs.getOrDefault(from, config.defaultLanguage().code());
    }

    /** The page, with the link's anchor, of the story a link written in the file at {@code from} leads to; null for none. */
    String target(String from, String written) {
        String url = url(from, written);
        String[] tag = MarkdownFacts.tagTarget(written);
        int hash = written.indexOf('#');
        return url == null ? null : url + (tag != null ? tag[1] : hash < 0 ? "" : written.substring(hash));
    }

    /**
     * The address of the story a link written in the file at {@code from} leads to; null for none.
     * Zola's {@code @/blog/first.md} is from the content folder, else from the folder below it where
     * a Zola site's content was put ({@code content/articles/}, or deeper): the one story whose file's
     * path ends so.
     */
    private String url(String from, String written) {
        if (urls == null) {
            urls = new HashMap<>();
            langs = new HashMap<>();
            for (MadeArticle m : made) {
                if (m.article() != null) {
                    urls.put(m.article().path(), m.article().url());
                    langs.put(m.article().path(), m.article().lang());
                } else if (m.draft() != null) {
                    urls.put(m.draft().path(), m.draft().url());
                    langs.put(m.draft().path(), m.draft().lang());
                }
            }
        }
        String[] tag = MarkdownFacts.tagTarget(written);
        if (tag != null) {
            if (names == null) {
                names = new HugoRefs.Names(langs.entrySet().stream()
                        .map(e -> new HugoRefs.Names.Version(e.getKey(), e.getValue())).toList(), config);
            }
            // a Hugo ref's capitals do not count, as in Hugo; Jekyll's tags name a file as written
            return (hugo(written) ? names.findAsHugo(tag[0], from, lang(from)) : names.find(tag[0], null, lang(from)))
                    .map(urls::get).orElse(null);
        }
        String path = path(from, written);
        if (path == null) {
            return null;
        }
        String url = urls.get(path);
        if (url == null && written.startsWith("@/")) {
            if (byEnding == null) {
                byEnding = byEnding(urls.keySet());
            }
            String only = byEnding.get(path.substring("content".length())); // "/blog/first.md"
            url = only == null || only.isEmpty() ? null : urls.get(only);
        }
        return url;
    }

    /**
     * Each of {@code paths} by each ending of it from a slash on ({@code /first.md},
     * {@code /blog/first.md}), as Zola's {@code @/} from the folder a Zola site's content was put in
     * names a file; "" for an ending two paths have.
     */
    static Map<String, String> byEnding(Collection<String> paths) {
        Map<String, String> out = new HashMap<>();
        for (String p : paths) {
            for (int slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1)) {
                out.merge(p.substring(slash), p, (a, b) -> "");
            }
        }
        return out;
    }

    /**
     * The file (from the site folder, {@code content/articles/crew-11.md}) an address written in
     * the file at {@code from} names: from the content folder for {@code @/...}, else from the
     * file's folder; null for one that leaves the site folder or cannot be read.
     */
    static String path(String from, String written) {
        String p = written.replaceFirst("[?#].*$", "").replace('\\', '/');
        try {
            p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // a % that starts no escape: no file is named so
        }
        String base = p.startsWith("@/") ? "content" : from.substring(0, Math.max(0, from.lastIndexOf('/')));
        List<String> parts = new ArrayList<>(List.of(base.split("/")));
        for (String part : (p.startsWith("@/") ? p.substring(2) : p).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
