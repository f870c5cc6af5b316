package io.orbitpress.build;

import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.render.PageLinks;
import io.orbitpress.render.Urls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of {@code content/static/} that only stories held back link to or embed (a video, a
 * report in PDF): held back with them, as their pictures are, so that an embargoed story's files
 * are not at their addresses before it; and those only drafts left out of the build link to. A
 * file that a published story links to too is published. Nothing is read when no held-back story
 * or draft links to a file.
 */
final class HeldFiles {

    private HeldFiles() {
    }

    /**
     * Per file held back, why a link to it leads nowhere.
     *
     * @param withheld  the stories the clock holds back
     * @param drafts    per draft left out (its file), the output paths its body links to
     * @param published the stories the build publishes
     * @param copied    the output paths of the files copied from {@code content/static/}
     */
    static Map<String, LinkChecker.Problem> of(Collection<Article> withheld, Map<String, List<String>> drafts,
            Collection<Article> published, Set<String> copied) {
        return of(withheld, drafts, published, copied, List.of(), Map.of());
    }

    /**
     * As {@link #of(Collection, Map, Collection, Set)}, with the pages of registry files held back
     * too ({@code heldEntities}, each held by its file's {@code holds}, by "kind/id"): the files
     * their text links to or shows wait with them (an unannounced crew member's résumé), unless a
     * published story links to them as well (a link from a published registry page is told, as to
     * a held story's files).
     */
    static Map<String, LinkChecker.Problem> of(Collection<Article> withheld, Map<String, List<String>> drafts,
            Collection<Article> published, Set<String> copied, Collection<Entity> heldEntities,
            Map<String, Registry.Hold> holds) {
        Map<String, LinkChecker.Problem> held = new LinkedHashMap<>();
        for (Article a : withheld) {
            for (String file : files(a, copied)) {
                held.putIfAbsent(file, Schedule.heldWith(a, file));
            }
        }
        for (Entity e : heldEntities) {
            Registry.Hold h = holds.get(e.key());
            if (h == null || e.html() == null || e.html().isEmpty()) {
                continue;
            }
            for (String file : links(e.url(), e.html())) {
                if (copied.contains(file)) {
                    held.putIfAbsent(file, new LinkChecker.Problem("it leads to /" + file + ", which only the page of "
                            + e.name() + " links to, and " + h.path() + (h.draft() ? " holds that page back as a draft"
                                    + " (draft: true)" : " holds that page back until " + Schedule.shown(h.publishDate()))
                            + "; remove the link, or hold the linking page back as long", false));
                }
            }
        }
        drafts.forEach((path, links) -> links.stream().filter(copied::contains).forEach(file -> held.putIfAbsent(file,
                new LinkChecker.Problem("it leads to /" + file + ", which only the draft " + path + " links to and is"
                        + " held back with it; remove the link, or publish the draft", false))));
        if (held.isEmpty()) {
            return held;
        }
        // a file a published story links to is published: each story's links are read when it
        // holds a word of a held file's name, which any way of writing the address keeps
        List<String> words = new ArrayList<>();
        for (String f : held.keySet()) {
            String word = longestWord(f.substring(f.lastIndexOf('/') + 1));
            if (word.length() < 3) {
                words = null; // no word to look for: every story's links are read
                break;
            }
            words.add(word);
        }
        for (Article a : published) {
            String html = a.html();
            if (words == null || words.stream().anyMatch(html::contains)) {
                files(a, copied).forEach(held::remove);
            }
        }
        return held;
    }

    /** The longest run of ASCII letters and digits in {@code name}: what percent-encoding leaves as it is. */
    private static String longestWord(String name) {
        String best = "";
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean word = c < 128 && Character.isLetterOrDigit(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (i - start > best.length()) {
                    best = name.substring(start, i);
                }
                start = -1;
            }
        }
        return best;
    }

    /** The copied files the story's body links to or embeds. */
    private static List<String> files(Article a, Set<String> copied) {
        return links(a).stream().filter(copied::contains).toList();
    }

    /** The output paths the article's body links to or embeds, each once, in their order. */
    static List<String> links(Article a) {
        return links(a.url(), a.html());
    }

    /** The output paths the text {@code html} of the page at {@code url} links to or embeds, each once, in their order. */
    private static List<String> links(String url, String html) {
        String page = Urls.file(url.substring(1));
        List<String> out = new ArrayList<>();
        PageLinks.read(html.getBytes(StandardCharsets.UTF_8), link -> {
            String file = LinkChecker.target(page, link);
            if (file != null && !out.contains(file)) {
                out.add(file);
            }
        }, id -> { });
        return out;
    }
}
