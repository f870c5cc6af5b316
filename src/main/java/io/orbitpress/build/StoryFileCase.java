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
 * {@code crew-11.md}): a case-insensitive disk (macOS, Windows) and the editor on it follow such a
 * link, a build does not, for the names of files and addresses are exact on the web. Each is a broken
 * link, told with the file whose name differs from it only in case, so that the writer copies its name.
 */
final class StoryFileCase {

    /**
     * For each link of {@code made}'s stories, and of the texts of {@code entities} (registry files), to
     * a Markdown file that is no story's but a story's file but for its letters' case: the output path
     * the link stays at (as written, from the page that shows it), with why it leads nowhere.
     */
    static Map<String, LinkChecker.Problem> slips(List<MadeArticle> made, Collection<Entity> entities,
            StoryFileLinks links) {
        StoryFileCase told = new StoryFileCase(made, links);
        for (MadeArticle m : made) {
            if (m.article() == null) {
                continue;
            }
            for (MadeArticle.KeyPlace p : m.places()) {
                if (p.key().startsWith(MadeArticle.FILE_LINK)) {
                    told.link(m.article().path(), m.article().url(), p.key().substring(MadeArticle.FILE_LINK.length()));
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

    private StoryFileCase(List<MadeArticle> made, StoryFileLinks links) {
        this.made = made;
        this.links = links;
    }

    /** Tells a link {@code written} in the file at {@code from}, shown on the page at {@code url}, if it is such a slip. */
    private void link(String from, String url, String written) {
        String path = StoryFileLinks.path(from, written);
        if (path == null || written.startsWith("@/") || MarkdownFacts.tagTarget(written) != null
                || links.target(from, written) != null) {
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
        String file = byLowerCase.get(path.toLowerCase(Locale.ROOT));
        if (file == null) {
            return;
        }
        // where the link, left as written, leads from the page
        String at = StoryFileLinks.path(url.substring(1) + "index.html", written);
        String name = file.substring(file.lastIndexOf('/') + 1);
        String asWritten = path.substring(path.lastIndexOf('/') + 1);
        int end = written.replaceFirst("[?#].*$", "").length();
        String fix = !name.equals(asWritten) && written.substring(0, end).endsWith(asWritten)
                && file.startsWith(path.substring(0, path.length() - asWritten.length()))
                ? "write " + written.substring(0, end - asWritten.length()) + name + written.substring(end)
                : "write the path as the file's is";
        out.putIfAbsent(at, new LinkChecker.Problem("it names " + path + ", and the story's file is " + file
                + ", which differs from it only in the case of its letters (a case-insensitive disk, as on"
                + " macOS or Windows, lets it pass; the site's pages do not); " + fix, false));
    }
}
