package io.orbitpress.build;

import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.model.Entity;
import io.orbitpress.publish.LinkChecker;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links to a story's file written with other capitals than the file's name ({@code Crew-11.md} for
 * {@code crew-11.md}, Zola's {@code @/articles/Crew-11.md}): a case-insensitive disk (macOS, Windows) and the editor on it follow such a
 * link, a build does not, for the names of files and addresses are exact on the web. Each is a broken
 * link, told with the file whose name differs from it only in case, so that the writer copies its name.
 * So is a link to the file of a story renamed since, its old address kept ({@code aliases:}): told
 * with the story's file now; and a story's tag of Hugo's ref or Jekyll's post_url whose name fits two
 * stories, told with both, or a Jekyll tag that names one story only in other capitals, told with its
 * file (a Hugo ref in other capitals leads to its story, as in Hugo).
 */
final class StoryFileCase {

    /**
     * For each link of {@code made}'s stories, and of the texts of {@code entities} (registry files), to
     * a Markdown file that is no story's but a story's file but for its letters' case, or a renamed
     * story's: the output path the link stays at (as written, from the page that shows it), with why
     * it leads nowhere; and each story's tag naming two stories, by the tag as written.
     */
    static Map<String, LinkChecker.Problem> slips(List<MadeArticle> made, Collection<Entity> entities,
            StoryFileLinks links) {
        StoryFileCase told = new StoryFileCase(made, links);
        for (MadeArticle m : made) {
            if (m.article() == null) {
                continue;
            }
            for (MadeArticle.KeyPlace p : m.places()) {
                String written = p.fileLink();
                if (written != null && MarkdownFacts.tagTarget(written) != null) {
                    told.namedAlike(m.article().path(), written);
                } else if (written != null) {
                    told.link(m.article().path(), m.article().url(), written);
                }
            }
        }
        for (Entity e : entities) {
            if (e.described() && e.html() != null && MARKDOWN_NAME.matcher(e.html()).find()) {
                for (String written : org.jsoup.Jsoup.parseBodyFragment(e.html()).select("a[href]").eachAttr("href")) {
                    if (MarkdownFacts.isFileLink(written)) {
                        told.link(e.path(), e.url(), written);
                    }
                }
            }
        }
        return told.out;
    }

    /** What may be a Markdown file's name in a text: most texts have none, and are not read further. */
    private static final java.util.regex.Pattern MARKDOWN_NAME = java.util.regex.Pattern.compile("(?i)\\.(md|markdown)\\b");

    private final List<MadeArticle> made;
    private final StoryFileLinks links;
    private final Map<String, LinkChecker.Problem> out = new HashMap<>();
    /** Each story's file by its path in lower case: made at the first link that leads to no story. */
    private Map<String, String> byLowerCase;
    /** Those paths by their endings, for Zola's {@code @/} ({@link StoryFileLinks#byEnding}): made at its first. */
    private Map<String, String> byLowerEnding;

    private StoryFileCase(List<MadeArticle> made, StoryFileLinks links) {
        this.made = made;
        this.links = links;
    }

    /**
     * Tells a tag of a story's text (Hugo's ref, Jekyll's post_url or link) whose name fits two
     * stories or more, with their files, or a Jekyll tag naming a story only in other capitals, with
     * its file and the tag to write: held by the tag as written (no page has its name), which the link
     * check asks for before its own advice.
     */
    private void namedAlike(String from, String written) {
        if (out.containsKey(written)) {
            return;
        }
        List<String> files = links.namedAlike(from, written);
        if (!files.isEmpty()) {
            out.put(written, new LinkChecker.Problem("it names " + String.join(" and ", files) + " alike (the end of"
                    + " each one's path); write more of the path, as far as the folder that tells them apart", false));
            return;
        }
        String file = links.namedInOtherCase(from, written);
        if (file != null) {
            String[] tag = MarkdownFacts.tagTarget(written);
            String name = tag[0];
            String meant = inCaseOf(name, file);
            int at = written.lastIndexOf(name, written.length() - tag[1].length() - name.length()); // not in the anchor
            String fix = meant != null && at >= 0
                    ? "write " + written.substring(0, at) + meant + written.substring(at + name.length())
                    : "write the name with the file's capitals";
            out.put(written, otherCase(name, file, "a story's name is read as written, its capitals too", fix));
        }
    }

    /**
     * {@code name} (a tag's: {@code /Posts/Crew-11}, {@code ../Crew-11.md}) with the capitals of the part
     * of {@code file}'s path it is ({@code /posts/crew-11} of {@code content/articles/posts/crew-11.md}),
     * or of that path without its language's code ({@code crew-11.md} of {@code crew-11.ru.md}, the
     * version a ref leads to); null when it is no such part.
     */
    private static String inCaseOf(String name, String file) {
        java.util.regex.Matcher up = UP.matcher(name);
        String climb = up.lookingAt() ? up.group() : "";
        String rest = name.substring(climb.length());
        String bare = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        String code = io.orbitpress.content.ArticleReader.nameCode(fileName);
        List<String> paths = code == null ? List.of(file) : List.of(file, file.substring(0, file.length()
                - fileName.length()) + io.orbitpress.content.ArticleReader.withoutCode(fileName, code));
        for (String path : paths) {
            int at = path.toLowerCase(Locale.ROOT).lastIndexOf(bare.toLowerCase(Locale.ROOT));
            int end = at + bare.length();
            if (!bare.isEmpty() && at >= 0 && (bare.startsWith("/") || at > 0 && path.charAt(at - 1) == '/')
                    && (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '/')) {
                return climb + path.substring(at, end) + rest.substring(bare.length());
            }
        }
        return null;
    }

    /** The folders a name climbs before its path: {@code ../}, {@code ./../}. */
    private static final java.util.regex.Pattern UP = java.util.regex.Pattern.compile("(?:\\.\\.?/)+");

    /**
     * Why a link naming {@code named}, which differs from the story's {@code file} only in the case of its
     * letters, leads nowhere: {@code why} such a slip passes elsewhere, then {@code fix}.
     */
    private static LinkChecker.Problem otherCase(String named, String file, String why, String fix) {
        return new LinkChecker.Problem("it names " + named + ", and the story's file is " + file + ", which differs"
                + " from it only in the case of its letters (" + why + "); " + fix, false);
    }

    /** Tells a link {@code written} in the file at {@code from}, shown on the page at {@code url}, if it is such a slip. */
    private void link(String from, String url, String written) {
        String path = StoryFileLinks.path(from, written);
        if (path == null || MarkdownFacts.tagTarget(written) != null || links.target(from, written) != null) {
            return;
        }
        if (byLowerCase == null) {
            byLowerCase = new HashMap<>();
            for (MadeArticle s : made) {
                String file = s.article() != null ? s.article().path() : s.draft() != null ? s.draft().path() : null;
                if (file != null) {
                    byLowerCase.put(file.toLowerCase(Locale.ROOT), file);
                }
            }
        }
        boolean zola = written.startsWith("@/");
        String file = byLowerCase.get(path.toLowerCase(Locale.ROOT));
        if (file == null && zola) { // @/blog/first.md, from the folder the content of a Zola site was put in
            if (byLowerEnding == null) {
                byLowerEnding = StoryFileLinks.byEnding(byLowerCase.keySet());
            }
            String only = byLowerEnding.get(path.substring("content".length()).toLowerCase(Locale.ROOT));
            file = only == null || only.isEmpty() ? null : byLowerCase.get(only);
        }
        // where the link, left as written, leads from the page (the link check reads @/ as a folder of the page's)
        String at = StoryFileLinks.path(url.substring(1) + "index.html", zola ? "./" + written : written);
        if (file == null) {
            if (!zola) {
                renamed(path, written, at);
            }
            return;
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        String asWritten = path.substring(path.lastIndexOf('/') + 1);
        int end = written.replaceFirst("[?#].*$", "").length();
        String fix = !name.equals(asWritten) && written.substring(0, end).endsWith(asWritten)
                && file.startsWith(path.substring(0, path.length() - asWritten.length()))
                ? "write " + written.substring(0, end - asWritten.length()) + name + written.substring(end)
                : "write the path as the file's is";
        out.putIfAbsent(at, otherCase(path, file, "a case-insensitive disk, as on macOS or Windows, lets it pass; the"
                + " site's pages do not", fix));
    }

    /**
     * Tells a link to the file of a story renamed since ({@code crew-12-arrives.md}, now
     * {@code crew-12-docks.md} with {@code aliases: [/articles/crew-12-arrives/]}) with the story that
     * keeps its old address: the one story of the file's language (its folder's, its name's) one of
     * whose old addresses ends in the file's name (without its language's code, {@code crew-12-arrives.ru.md}).
     * A story of another language was renamed from a file in that language's folder, not from this one.
     */
    private void renamed(String path, String written, String at) {
        if (byOldName == null) {
            byOldName = ArticleChecks.oldSlugs(made);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lang = links.languageOf(path);
        // without the language's code: crew-12-arrives.ru.md had the slug crew-12-arrives
        int stemEnd = name.length() - io.orbitpress.content.ArticleReader.markdownEnding(name).length()
                - (lang.equals(io.orbitpress.content.ArticleReader.nameCode(name)) ? lang.length() + 1 : 0);
        String stem = name.substring(0, stemEnd);
        List<io.orbitpress.model.Article> renamedFrom = byOldName.getOrDefault(stem, List.of()).stream()
                .filter(a -> a.lang().equals(lang)).toList();
        if (renamedFrom.isEmpty() || renamedFrom.stream().anyMatch(a -> a != renamedFrom.get(0))) {
            return; // none, or two stories renamed from one name: neither told
        }
        io.orbitpress.model.Article now = renamedFrom.get(0);
        String alias = now.redirectFrom().stream().filter(f -> f.replaceAll("/+$", "").endsWith("/" + stem)).findFirst()
                .orElse(now.redirectFrom().get(0));
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        int end = written.replaceFirst("[?#].*$", "").length();
        String fix = now.path().startsWith(folder) && now.path().indexOf('/', folder.length()) < 0
                && written.substring(0, end).endsWith(name)
                ? "write " + written.substring(0, end - name.length()) + now.path().substring(folder.length())
                        + written.substring(end)
                : "link to that file by its path from this one's";
        out.putIfAbsent(at, new LinkChecker.Problem("it names " + path + ", no story's file now: the story renamed"
                + " from it is " + now.path() + ", which keeps its old address (aliases: " + alias + "); " + fix, false));
    }

    /** The stories each old address's last part (an old slug) was renamed from ({@link ArticleChecks#oldSlugs}). */
    private Map<String, List<io.orbitpress.model.Article>> byOldName;
}
