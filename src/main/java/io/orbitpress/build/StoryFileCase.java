package io.orbitpress.build;

import io.orbitpress.publish.LinkChecker;
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

    private StoryFileCase() {
    }

    /**
     * For each link of {@code made}'s stories to a Markdown file that is no story's but a story's file
     * but for its letters' case: the output path the link stays at (as written, from the story's page),
     * with why it leads nowhere.
     */
    static Map<String, LinkChecker.Problem> slips(List<MadeArticle> made, StoryFileLinks links) {
        Map<String, String> byLowerCase = null;
        Map<String, LinkChecker.Problem> out = new HashMap<>();
        for (MadeArticle m : made) {
            if (m.article() == null) {
                continue;
            }
            for (MadeArticle.KeyPlace p : m.places()) {
                if (!p.key().startsWith(MadeArticle.FILE_LINK)) {
                    continue;
                }
                String written = p.key().substring(MadeArticle.FILE_LINK.length());
                String path = StoryFileLinks.path(m.article().path(), written);
                if (path == null || written.startsWith("@/") || links.target(m.article().path(), written) != null) {
                    continue;
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
                    continue;
                }
                // where the link, left as written, leads from the story's page
                String page = m.article().url().substring(1) + "index.html";
                String at = StoryFileLinks.path(page, written);
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
        return out;
    }
}
