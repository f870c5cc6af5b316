package io.orbitpress.build;

import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.media.Html;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.render.Pictures;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links in a story's text to a story's file ({@code [the launch](crew-11.md#liftoff)}, as a
 * Markdown editor and a repository's preview follow them; {@code ../2024/old.md}; Zola's
 * {@code @/articles/crew-11.md}, from the content folder): each leads to the page of the story made
 * of that file, its anchor kept, once every story is made, as if its address had been written. So
 * the checks of addresses apply to it: a link to a story not out yet, withdrawn or a draft is told
 * as such. A link to a Markdown file that is no story stays as written, a broken link.
 */
final class StoryFileLinks {

    private StoryFileLinks() {
    }

    /** {@code made}, each story that links to a story's file with that link led to its page (the same list when none does). */
    static List<MadeArticle> resolved(List<MadeArticle> made) {
        Map<String, String> urls = null; // made when a story has such a link: most sites have none
        List<MadeArticle> out = null;
        for (int i = 0; i < made.size(); i++) {
            MadeArticle m = made.get(i);
            Article a = m.article();
            if (a == null) {
                continue;
            }
            Map<String, String> hrefs = null;
            for (MadeArticle.KeyPlace p : m.places()) {
                if (!p.key().startsWith(MadeArticle.FILE_LINK)) {
                    continue;
                }
                if (urls == null) {
                    urls = urls(made);
                }
                String written = p.key().substring(MadeArticle.FILE_LINK.length());
                String url = url(urls, a.path(), written);
                if (url != null) {
                    int hash = written.indexOf('#');
                    if (hrefs == null) {
                        hrefs = new LinkedHashMap<>();
                    }
                    hrefs.put(written, url + (hash < 0 ? "" : written.substring(hash)));
                }
            }
            if (hrefs == null) {
                continue;
            }
            String html = a.html();
            for (Map.Entry<String, String> h : hrefs.entrySet()) {
                // as the Markdown renderer writes an address: percent-encoded, then escaped
                html = html.replace("href=\"" + Html.escape(Html.encodeUrl(h.getKey())) + "\"",
                        "href=\"" + Html.escape(Html.encodeUrl(h.getValue())) + "\"");
            }
            if (out == null) {
                out = new ArrayList<>(made);
            }
            out.set(i, m.with(a.withMedia(html, a.media()), m.problems()));
        }
        return out == null ? made : out;
    }

    /**
     * {@code pictures} with the text of each registry file ({@code content/people/x.md}) that links
     * to a story's file led to that story's page, as a story's link is: the text the entity's page
     * shows ({@link Pictures#text}). The same pictures when no text does.
     */
    static Pictures inTexts(java.util.Collection<Entity> entities, Pictures pictures, List<MadeArticle> made) {
        Map<String, String> urls = null;
        Map<String, String> texts = null;
        for (Entity e : entities) {
            String html = pictures.text(e) != null ? pictures.text(e) : e.html();
            if (!e.described() || html == null || !html.contains("href=\"")) {
                continue;
            }
            java.util.regex.Matcher m = HREF.matcher(html);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                String written = org.jsoup.parser.Parser.unescapeEntities(m.group(1), true);
                if (!MarkdownFacts.isFileLink(written)) {
                    continue;
                }
                urls = urls == null ? urls(made) : urls;
                String url = url(urls, e.path(), written);
                if (url != null) {
                    int hash = written.indexOf('#');
                    out = out == null ? new StringBuilder(html.length()) : out;
                    out.append(html, last, m.start(1))
                            .append(Html.escape(Html.encodeUrl(url + (hash < 0 ? "" : written.substring(hash)))));
                    last = m.end(1);
                }
            }
            if (out != null) {
                texts = texts == null ? new HashMap<>(pictures.texts()) : texts;
                texts.put(e.url(), out.append(html, last, html.length()).toString());
            }
        }
        return texts == null ? pictures : new Pictures(pictures.entities(), pictures.fallback(), texts, pictures.logo());
    }

    /** An address in HTML as the Markdown renderer writes it. */
    private static final java.util.regex.Pattern HREF = java.util.regex.Pattern.compile("\\shref=\"([^\"]*)\"");

    /**
     * Where the registry file at {@code path} (its {@code text}) links to a story's file whose page,
     * with the link's anchor, is {@code target}: each link's address, found as a Markdown link writes it.
     */
    static List<io.orbitpress.publish.LinkChecker.Written> inText(String path, String text, String target,
            List<MadeArticle> made) {
        List<io.orbitpress.publish.LinkChecker.Written> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Map<String, String> urls = urls(made);
        java.util.regex.Matcher m = MARKDOWN_ADDRESS.matcher(text);
        while (m.find()) {
            String written = m.group(1);
            String url = MarkdownFacts.isFileLink(written) ? url(urls, path, written) : null;
            int hash = written.indexOf('#');
            if (url != null && target.equals(url + (hash < 0 ? "" : written.substring(hash)))) {
                int lineStart = text.lastIndexOf('\n', m.start(1) - 1) + 1;
                int line = 1;
                for (int i = text.indexOf('\n'); i >= 0 && i < m.start(1); i = text.indexOf('\n', i + 1)) {
                    line++;
                }
                out.add(new io.orbitpress.publish.LinkChecker.Written(line, m.start(1) - lineStart + 1, written));
            }
        }
        return out;
    }

    /** A Markdown link's address: after "](", or "](<" for one written in angle brackets. */
    private static final java.util.regex.Pattern MARKDOWN_ADDRESS = java.util.regex.Pattern.compile("\\]\\(<?([^)\\s>]+)");

    /**
     * Where each story links to a story's file, by the story's path and the address the link leads
     * to ({@code /articles/crew-11/#liftoff}): a problem of that address is told there, as written.
     */
    static Map<String, Map<String, List<io.orbitpress.publish.LinkChecker.Written>>> places(List<MadeArticle> made) {
        Map<String, Map<String, List<io.orbitpress.publish.LinkChecker.Written>>> out = new HashMap<>();
        Map<String, String> urls = null;
        for (MadeArticle m : made) {
            for (MadeArticle.KeyPlace p : m.article() == null ? List.<MadeArticle.KeyPlace>of() : m.places()) {
                if (p.key().startsWith(MadeArticle.FILE_LINK)) {
                    urls = urls == null ? urls(made) : urls;
                    String written = p.key().substring(MadeArticle.FILE_LINK.length());
                    String url = url(urls, m.article().path(), written);
                    if (url != null) {
                        int hash = written.indexOf('#');
                        out.computeIfAbsent(m.article().path(), k -> new HashMap<>())
                                .computeIfAbsent(url + (hash < 0 ? "" : written.substring(hash)), k -> new ArrayList<>())
                                .add(new io.orbitpress.publish.LinkChecker.Written(p.line(), p.column(), written));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The address of the story a link written in the story at {@code from} leads to; null for none.
     * Zola's {@code @/blog/first.md} is from the content folder, else from the folder below it where
     * a Zola site's content was put ({@code content/articles/}, or deeper): the one story whose file's
     * path ends so.
     */
    private static String url(Map<String, String> urls, String from, String written) {
        String path = path(from, written);
        String url = path == null ? null : urls.get(path);
        if (url == null && path != null && written.startsWith("@/")) {
            String tail = path.substring("content".length()); // "/blog/first.md"
            String only = null;
            for (String p : urls.keySet()) {
                if (p.endsWith(tail)) {
                    if (only != null) {
                        return null; // two stories end so: which one is not told by the link
                    }
                    only = p;
                }
            }
            url = only == null ? null : urls.get(only);
        }
        return url;
    }

    /** The address of each story's file (from the site folder), and of each draft's, whose links are told as such. */
    private static Map<String, String> urls(List<MadeArticle> made) {
        Map<String, String> out = new HashMap<>();
        for (MadeArticle m : made) {
            if (m.article() != null) {
                out.put(m.article().path(), m.article().url());
            } else if (m.draft() != null) {
                out.put(m.draft().path(), m.draft().url());
            }
        }
        return out;
    }

    /**
     * The file (from the site folder, {@code content/articles/crew-11.md}) an address written in
     * the story at {@code from} names: from the content folder for {@code @/...}, else from the
     * story's folder; null for one that leaves the site folder or cannot be read.
     */
    static String path(String from, String written) {
        String p = written.replaceFirst("[?#].*$", "");
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
