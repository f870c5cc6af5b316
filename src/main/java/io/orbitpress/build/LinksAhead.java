package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.model.Article;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.Urls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The links in the text of the stories the clock holds back until a later time, checked now for
 * what the build at that time would stop on: a link to no file of this build nor of the stories
 * out by then (their pages, pictures and files, and whatever the plan makes in the folders of the
 * names, topics and series they bring), a link to a story still embargoed then, to the original
 * of a picture published then as resized copies, a fragment missing on a page of this build. A broken link in an embargoed story is so found before its
 * time, not by the scheduled build that was to publish it, which would stop and hold back every
 * other change due with it. Not checked ahead: a fragment of a page not made yet (the story's
 * own, say), a link to the original of a picture the story itself shows (its text has the
 * pictures as written), and a link to a story that will have expired (a warning then). A link to a
 * story withdrawn by then (its {@code withdrawn:} time no later than the embargo's) is warned of, as
 * the build at that time would. The links of the page's template are the same on every story and
 * checked on those published.
 */
final class LinksAhead {

    private final Set<String> paths;
    private final Set<String> copied;
    private final String baseUrl;
    private final Map<String, LinkChecker.Problem> heldNow;
    private final Map<String, LinkChecker.Problem> originals;
    private final LinkChecker.Sources sourceText;
    private final java.util.function.BiFunction<java.time.Instant, String, Map<String, LinkChecker.Problem>> noticesBy;

    /**
     * @param paths      every output path of this build
     * @param copied     the output paths of the files copied from {@code content/static/}, held back or not
     * @param baseUrl    the site's address, for links written with it
     * @param heldNow    per file this build holds back (of a story, or only a held story links to), why
     * @param originals  the originals of the pictures published as copies, which a link cannot reach
     * @param sourceText the text of a source file, to place a link in it
     * @param noticesBy  per time, the output files that show a withdrawn story's notice by then, with
     *                   what a link to one is told ({@link Schedule#noticeFilesBy})
     */
    LinksAhead(Set<String> paths, Set<String> copied, String baseUrl, Map<String, LinkChecker.Problem> heldNow,
            Map<String, LinkChecker.Problem> originals, LinkChecker.Sources sourceText,
            java.util.function.BiFunction<java.time.Instant, String, Map<String, LinkChecker.Problem>> noticesBy) {
        this.paths = paths;
        this.copied = copied;
        this.baseUrl = baseUrl;
        this.heldNow = heldNow;
        this.originals = originals;
        this.sourceText = sourceText;
        this.noticesBy = noticesBy;
    }

    /**
     * The problems of the links in the text of the {@code withheld} stories that are embargoed;
     * {@code page} gives a page of this build by output path, whose ids a link's fragment is
     * looked up in.
     */
    List<Diagnostic> check(List<Article> withheld, Function<String, byte[]> page) {
        List<Article> ahead = new ArrayList<>(withheld.stream().filter(Article::embargoed).filter(Schedule::everShown)
                .toList());
        if (ahead.isEmpty()) {
            return List.of();
        }
        ahead.sort(Comparator.comparing((Article a) -> a.publishedAt().toInstant()).thenComparing(Article::path));
        Map<Article, LinkChecker.Scan> scans = new HashMap<>();
        Map<Article, List<String>> files = new HashMap<>();
        Map<Article, List<String>> folders = new HashMap<>();
        Map<Article, List<String>> pictures = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (Article a : ahead) {
            String file = Urls.file(a.url().substring(1));
            LinkChecker.Scan scan = LinkChecker.scan(OutputFile.rendered(file, a.html().getBytes(StandardCharsets.UTF_8),
                    a.path()));
            scans.put(a, scan);
            // what the story brings out with it: its pages, its pictures, the files only it links to;
            // and the folders of the people, missions, topics and series it names, with their lists
            // (their pages, feeds and later pages, made by the plan: every file in them is taken as made)
            List<String> own = new ArrayList<>(Schedule.files(a));
            List<String> resized = new ArrayList<>();
            for (String picture : ArticleMaker.pictures(a)) {
                // a picture resized when the story is out is published as its copies, not itself
                (io.orbitpress.image.AsWritten.applies(picture) ? own : resized).add(picture);
            }
            pictures.put(a, resized);
            HeldFiles.links(a).stream().filter(copied::contains).forEach(own::add);
            List<String> dirs = new ArrayList<>();
            for (String u : Schedule.pagesOf(a)) {
                String dir = u.substring(1); // "tags/x/"
                dirs.add(dir);
                int up = dir.lastIndexOf('/', dir.length() - 2);
                own.add(dir.substring(0, up + 1) + "index.html"); // the list of them all: "tags/index.html"
            }
            files.put(a, own);
            folders.put(a, dirs);
        }
        // the ids of the pages the links name with a fragment: of this build's pages, as they are
        LinkChecker.Held site = LinkChecker.Held.at(baseUrl, Map.of(), Map.of()); // its address, for links written with it
        LinkChecker.TopNames tops = new LinkChecker.TopNames(paths);
        for (LinkChecker.Scan s : scans.values()) {
            for (String link : s.links()) {
                String to = LinkChecker.fragmentTarget(s.path(), link, site, tops);
                if (to != null && !ids.containsKey(to) && paths.contains(to)) {
                    byte[] bytes = page.apply(to);
                    if (bytes != null) {
                        ids.put(to, LinkChecker.ids(bytes));
                    }
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Article a : ahead) {
            // the files out by the story's time: this build's, and those of the stories out no later
            Set<String> brought = new HashSet<>();
            List<String> broughtFolders = new ArrayList<>();
            Map<String, LinkChecker.Problem> originalsThen = new HashMap<>(originals);
            for (Article b : ahead) {
                if (!b.publishedAt().toInstant().isAfter(a.publishedAt().toInstant())) {
                    brought.addAll(files.get(b));
                    broughtFolders.addAll(folders.get(b));
                    pictures.get(b).forEach(p -> originalsThen.put(p, SiteBuild.ORIGINAL));
                }
            }
            // the story's own pictures are in its text as written, and are shown as their copies then
            pictures.get(a).forEach(originalsThen::remove);
            brought.addAll(pictures.get(a));
            Map<String, LinkChecker.Problem> still = new HashMap<>(heldNow);
            still.keySet().removeAll(brought);
            Set<String> then = withPaths(brought, broughtFolders);
            // a story withdrawn by then shows its notice: a link to it is a warning then, told now
            LinkChecker.Held held = LinkChecker.Held.at(baseUrl, still, originalsThen)
                    .withNotices(noticesBy.apply(a.publishedAt().toInstant(), "story"));
            String when = " (the story is embargoed until " + Schedule.shown(a.publishedAt()) + "; the build at"
                    + " that time would ";
            LinkChecker.problemsByPage(then, List.of(scans.get(a)), ids, sourceText, held).values()
                    .forEach(list -> list.forEach(d -> out.add(new Diagnostic(d.path(), d.line(), d.column(),
                            d.severity(), d.message() + when + (d.isError() ? "stop on" : "warn of") + " this link)"))));
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    /**
     * This build's paths and {@code more}, without copying the build's; the link check asks
     * {@code contains} alone, which also holds every file in {@code folders} (iteration and size,
     * which a Set must have, count the files, not the folders' contents).
     */
    private Set<String> withPaths(Set<String> more, List<String> folders) {
        return new java.util.AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return paths.contains(o) || more.contains(o) || o instanceof String f && folders.stream().anyMatch(f::startsWith);
            }

            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.stream.Stream.concat(paths.stream(), more.stream().filter(f -> !paths.contains(f)))
                        .iterator();
            }

            @Override
            public int size() {
                return paths.size() + (int) more.stream().filter(f -> !paths.contains(f)).count();
            }
        };
    }

    /**
     * The problems of the links in the introductions of the entities whose registry files hold their
     * pages back ({@code held}, each with the {@code holds} of its file): a link to no file of this
     * build, nor to one held back now (a story or page that may be out by then), would stop the
     * build at the page's time, and is told now.
     */
    List<Diagnostic> checkHeldPages(List<io.orbitpress.model.Entity> held, Map<String, Registry.Hold> holds) {
        List<Diagnostic> out = new ArrayList<>();
        if (held.isEmpty()) {
            return out;
        }
        Set<String> maybe = new HashSet<>(heldNow.keySet()); // held now, perhaps out by then
        maybe.addAll(copied);
        Set<String> then = withPaths(maybe, held.stream().map(e -> e.url().substring(1)).toList());
        for (io.orbitpress.model.Entity e : held) {
            Registry.Hold h = holds.get(e.key());
            if (e.html().isEmpty() || h == null) {
                continue;
            }
            // a story withdrawn by then (a draft's: now) shows its notice: a link to it is a warning then, told now
            LinkChecker.Held none = LinkChecker.Held.at(baseUrl, Map.of(), originals).withNotices(noticesBy.apply(
                    h.draft() ? java.time.Instant.MIN : h.publishDate().toInstant(), "page"));
            LinkChecker.Scan scan = LinkChecker.scan(OutputFile.rendered(Urls.file(e.url().substring(1)),
                    e.html().getBytes(StandardCharsets.UTF_8), e.path()));
            String when = h.draft() ? " (its page is a draft; the build that publishes it would "
                    : " (its page waits until " + Schedule.shown(h.publishDate()) + "; the build at that time would ";
            LinkChecker.problemsByPage(then, List.of(scan), Map.of(), sourceText, none).values()
                    .forEach(list -> list.forEach(d -> out.add(new Diagnostic(d.path(), d.line(), d.column(),
                            d.severity(), d.message() + when + (d.isError() ? "stop on" : "warn of") + " this link)"))));
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }
}
