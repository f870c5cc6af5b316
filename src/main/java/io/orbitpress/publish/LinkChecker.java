package io.orbitpress.publish;

import static io.orbitpress.render.HtmlBytes.ascii;
import static io.orbitpress.render.HtmlBytes.indexOf;
import static io.orbitpress.render.HtmlBytes.nameBefore;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.render.PageLinks;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks every internal link of every HTML page ({@code href}, {@code src}, {@code action},
 * {@code poster}, each URL of a {@code srcset}, read as a browser reads them: see
 * {@link PageLinks}) against the files of the output, including {@code #fragment}s against the
 * anchors of the target page ({@code id}s, and {@code name}s of {@code <a>} elements).
 */
public final class LinkChecker {

    private static final byte[][] LINK_NAMES = {ascii("href"), ascii("src")};
    private static final byte[][] ID_NAMES = {ascii("id"), ascii("name")};
    private static final String FIX = "; fix the link or add what it points to";

    private LinkChecker() {
    }

    /**
     * The texts of the site's source files, by path, where a broken link is found to tell its line:
     * first in the page's own source; a link that is not there came from a template, and is looked
     * for in the site's own ones ({@link #templates}).
     */
    public interface Sources {

        /** The text of the source file at {@code path} (as messages write it), null when there is none. */
        String text(String path);

        /** The paths of the site's own template files, in order. */
        default List<String> templates() {
            return List.of();
        }

        /**
         * Where the source file at {@code path} links to {@code target} (an address from the site's
         * root, its anchor kept: {@code /articles/crew-11/#liftoff}) in another form than the
         * address (a link to a story's file, {@code crew-11.md#liftoff}, led to its page); none by default.
         */
        default List<Written> writtenAs(String path, String target) {
            return List.of();
        }

        static Sources of(Function<String, String> text) {
            return text::apply;
        }
    }

    /** A link as a source file writes it, at its line and column (1-based). */
    public record Written(int line, int column, String text) {
    }

    /**
     * @param sourceText the text of a source file by its path, to find the line of a broken link
     */
    public static List<Diagnostic> check(List<OutputFile> files, Function<String, String> sourceText) {
        return check(paths(files), files, sourceText);
    }

    /** The output paths of {@code files}: what a link may lead to. */
    public static Set<String> paths(List<OutputFile> files) {
        Set<String> paths = new HashSet<>();
        for (OutputFile f : files) {
            paths.add(f.path());
        }
        return paths;
    }

    /**
     * Checks the links of {@code files} against every output path in {@code paths}; a
     * {@code #fragment} is looked up in the ids of {@code files}, which must hold every page that
     * those links name with a fragment.
     */
    public static List<Diagnostic> check(Set<String> paths, List<OutputFile> files, Function<String, String> sourceText) {
        return checkScanned(paths, files.parallelStream().filter(LinkChecker::isPage).map(LinkChecker::scan).toList(),
                sourceText);
    }

    /**
     * What the check needs of one page, without its bytes: its distinct links in order of first
     * appearance and its ids, both unescaped.
     */
    public record Scan(String path, String source, List<String> links, Set<String> ids) {
    }

    /** The links and anchors of a rendered HTML page. */
    public static Scan scan(OutputFile page) {
        return scan(page, null, java.util.function.UnaryOperator.identity());
    }

    /**
     * {@link #scan(OutputFile)} of what was read of the page ({@code found}, or its bytes when
     * null), with each id passed through {@code ids} (to share equal ids between pages).
     */
    private static Scan scan(OutputFile page, PageLinks.Found found, java.util.function.UnaryOperator<String> idOf) {
        Set<String> links = new java.util.LinkedHashSet<>();
        Set<String> ids = new HashSet<>();
        if (found == null) {
            PageLinks.read(page.bytes(), links::add, v -> ids.add(idOf.apply(v)));
        } else {
            links.addAll(found.links());
            found.ids().forEach(v -> ids.add(idOf.apply(v)));
        }
        return new Scan(page.path(), page.source(), List.copyOf(links), Set.copyOf(ids));
    }

    /**
     * The scan of a page with only the links {@link #checkScanned} can find broken against
     * {@code paths} (every output path of the build): those with a {@code #fragment}, whose target
     * ids are known only when every page is rendered, and those already leading nowhere. Checked
     * against the same paths, it gives the same problems, in the same order, as the full scan,
     * and keeps a few links of a page instead of all.
     */
    public static Scan scan(OutputFile page, Set<String> paths) {
        return new Scanner(paths).scan(page);
    }

    /**
     * {@link #scan(OutputFile, Set)} for the pages of one build, remembering what it found of a
     * link that reads the same on every page at its depth: one that climbs to the root first
     * ({@code ../../people/x/} on any page two folders down), as the links of the page layout
     * and of lists do. Safe to use from several threads.
     */
    public static final class Scanner {
        private static final int DEPTHS = 16;
        private final Set<String> paths;
        private final Held held;
        /** The notices of {@code held} alone: a link to one is kept, as one leading nowhere is. */
        private final Held notices;
        private final TopNames tops;
        /** Per page depth, whether such a link leads nowhere. */
        private final List<Map<String, Boolean>> broken = new ArrayList<>(DEPTHS);
        /**
         * One string per id: the ids of every page stay until the check at the end, and most
         * come from the layout or from headings that many articles share.
         */
        private final Map<String, String> ids = new java.util.concurrent.ConcurrentHashMap<>();

        public Scanner(Set<String> paths) {
            this(paths, Held.NONE);
        }

        /** A scanner that also keeps a page's absolute links to this site's files of {@code held}. */
        public Scanner(Set<String> paths, Held held) {
            this.paths = paths;
            this.held = held;
            this.notices = Held.NONE.withNotices(held.notices());
            this.tops = new TopNames(paths);
            for (int d = 0; d < DEPTHS; d++) {
                broken.add(new java.util.concurrent.ConcurrentHashMap<>());
            }
        }

        public Scan scan(OutputFile page) {
            return scan(page, null);
        }

        /** {@link #scan(OutputFile)} of a page whose links and anchors were read as it was made ({@link PageLinks#read}). */
        public Scan scan(OutputFile page, PageLinks.Found found) {
            Scan all = LinkChecker.scan(page, found, id -> {
                String seen = ids.putIfAbsent(id, id);
                return seen == null ? id : seen;
            });
            int depth = depth(page.path());
            Map<String, Boolean> known = depth < DEPTHS ? broken.get(depth) : null;
            List<String> kept = new ArrayList<>();
            for (String link : all.links()) {
                if (held.heldAbsolute(link) != null) {
                    kept.add(link);
                    continue;
                }
                int hash = link.indexOf('#');
                if (hash >= 0 && hash < link.length() - 1) {
                    kept.add(link);
                    continue;
                }
                // one written with the site's address is checked as the link from the root it stands for
                String onSite = held.onSite(link, tops);
                // a notice's own pages tell nothing of links to it: what they find is theirs alone
                boolean same = known != null && climbs(link) >= depth && !held.notices().containsKey(page.path());
                Boolean leadsNowhere = same ? known.get(link) : null;
                if (leadsNowhere == null) {
                    leadsNowhere = problem(page.path(), onSite != null ? onSite : link, paths, Map.of(), notices,
                            tops) != null;
                    if (same) {
                        known.put(link, leadsNowhere);
                    }
                }
                if (leadsNowhere) {
                    kept.add(link);
                }
            }
            return new Scan(all.path(), all.source(), List.copyOf(kept), all.ids());
        }

        /** How many folders down a page is: "index.html" 0, "articles/a/index.html" 2. */
        private static int depth(String path) {
            int n = 0;
            for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
                n++;
            }
            return n;
        }

        /** How many {@code ../} a link starts with. */
        private static int climbs(String link) {
            int n = 0;
            while (link.startsWith("../", 3 * n)) {
                n++;
            }
            return n;
        }
    }

    /** {@link #check(Set, List, Function)} of pages scanned before, as they were rendered. */
    public static List<Diagnostic> checkScanned(Set<String> paths, List<Scan> pages, Function<String, String> sourceText) {
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach(p -> ids.put(p.path(), p.ids()));
        return checkScanned(paths, pages, ids, Sources.of(sourceText), Held.NONE, new TopNames(paths));
    }

    /**
     * The problems of the links of {@code pages} against {@code paths}, by page path, for the pages
     * that have any; a {@code #fragment} is looked up in {@code ids} (by output path), and not
     * checked on a page {@code ids} lacks. A link to a file {@code withheld} holds (an article not
     * published yet, say) is told with the reason given there instead of "no page", also when it is
     * written with the site's address ({@code https://news.example.org/articles/x/}).
     */
    public static Map<String, List<Diagnostic>> problemsByPage(Set<String> paths, List<Scan> pages,
            Map<String, Set<String>> ids, Sources sourceText, Held withheld) {
        Map<String, List<Diagnostic>> out = new java.util.concurrent.ConcurrentHashMap<>();
        TopNames tops = new TopNames(paths);
        pages.parallelStream().forEach(p -> {
            List<Diagnostic> problems = checkScanned(paths, List.of(p), ids, sourceText, withheld, tops);
            if (!problems.isEmpty()) {
                out.put(p.path(), problems);
            }
        });
        return out;
    }

    private static List<Diagnostic> checkScanned(Set<String> paths, List<Scan> pages, Map<String, Set<String>> ids,
            Sources sourceText, Held withheld, TopNames tops) {
        return pages.stream().flatMap(p -> {
            List<Diagnostic> problems = new ArrayList<>();
            for (String link : p.links()) {
                Problem problem = problem(p.path(), link, paths, ids, withheld, tops);
                if (problem != null) {
                    problems.addAll(diagnostic(p, link, problem, sourceText));
                }
            }
            return problems.stream();
        }).toList();
    }

    /** The anchors of an HTML page (ids, and names of {@code <a>} elements): what a {@code #fragment} can reach. */
    public static Set<String> ids(byte[] html) {
        Set<String> out = new HashSet<>();
        PageLinks.read(html, link -> { }, out::add);
        return out;
    }

    /** The output paths this page's links with a {@code #fragment} point into; a folder as itself and as its index.html. */
    public static Set<String> fragmentTargets(OutputFile page) {
        Set<String> out = new HashSet<>();
        PageLinks.read(page.bytes(), link -> {
            int hash = link.indexOf('#');
            if (hash <= 0 || external(link)) {
                return;
            }
            String target = link.substring(0, hash);
            int q = target.indexOf('?');
            if (q >= 0) {
                target = target.substring(0, q);
            }
            String resolved = resolve(page.path(), decode(target));
            if (resolved != null) {
                out.add(resolved);
                out.add(resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved + "/index.html");
            }
        }, id -> { });
        return out;
    }

    /**
     * The output path a link of the page at {@code page} names ("../x/" gives "articles/x/index.html",
     * "/files/r.pdf?v=2" gives "files/r.pdf"); null for a link that leaves the site or names the page itself.
     */
    public static String target(String page, String link) {
        if (link.isEmpty() || external(link) || pathEnd(link) == 0) {
            return null;
        }
        String resolved = pathOf(page, link);
        if (resolved == null) {
            return null;
        }
        return resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
    }

    /**
     * The output file a link of the page at {@code page} leads to when it names a fragment of
     * another page ("../x/#details" gives "articles/x/index.html"); null for any other link.
     */
    public static String fragmentTarget(String page, String link) {
        int hash = link.indexOf('#');
        if (hash <= 0 || link.startsWith("//") || hasScheme(link)) {
            return null;
        }
        String resolved = pathOf(page, link);
        if (resolved == null) {
            return null;
        }
        return resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
    }

    /**
     * As {@link #fragmentTarget(String, String)}, for a link written with the site's address too
     * ({@code https://news.example.org/articles/b/#launch}), as {@code held} checks one in the
     * folders {@code tops} names.
     */
    public static String fragmentTarget(String page, String link, Held held, TopNames tops) {
        String onSite = external(link) ? held.onSite(link, tops) : null;
        return fragmentTarget(page, onSite != null ? onSite : link);
    }

    private static boolean isPage(OutputFile f) {
        return f.isHtml() && f.bytes() != null;
    }

    /**
     * Every value of {@code <white space>name="value"} in {@code html}, in order: those of
     * {@code href} and {@code src} to {@code links}, those of {@code id} and {@code name} to
     * {@code ids}. For either, what the regex {@code \\s(?:name1|name2)="([^"]*)"} finds.
     *
     * <p>No longer used: the checker reads pages through {@link PageLinks}, which reads every
     * quoting, srcset and reference, and takes a {@code name} for an anchor only on {@code <a>}.
     * Kept while LinkCheckerPropertiesTest.scansLinksAndIdsAsTheRegexesDo still compares it with
     * the regexes; remove both together.
     */
    static void values(byte[] html, Consumer<String> links, Consumer<String> ids) {
        int n = html.length;
        // where each kind's search goes on after its last value (the other kind may still match inside it)
        int linksFrom = 0;
        int idsFrom = 0;
        for (int eq = indexOf(html, (byte) '=', 0); eq >= 0 && eq + 1 < n; eq = indexOf(html, (byte) '=', eq + 1)) {
            if (html[eq + 1] != '"') {
                continue;
            }
            boolean link = eq >= linksFrom && nameBefore(html, eq, LINK_NAMES);
            if (!link && !(eq >= idsFrom && nameBefore(html, eq, ID_NAMES))) {
                continue;
            }
            int close = indexOf(html, (byte) '"', eq + 2);
            if (close < 0) {
                // the regex would keep looking for a later start, but none can close either
                return;
            }
            String value = new String(html, eq + 2, close - eq - 2, StandardCharsets.UTF_8);
            if (link) {
                links.accept(value);
                linksFrom = close + 1;
            } else {
                ids.accept(value);
                idsFrom = close + 1;
            }
        }
    }

    /**
     * What is wrong with a link, with what to do about it.
     *
     * @param warning whether it is only a warning: a link to a page taken down on purpose (an
     *                expired story), so that the build that takes the story down is not stopped by
     *                the stories that link to it
     * @param reaches whether the link still leads to a page (a withdrawn story's notice): told as a
     *                link to mind, not a broken one
     */
    public record Problem(String reason, boolean warning, boolean reaches) {

        public Problem(String reason, boolean warning) {
            this(reason, warning, false);
        }

        static Problem error(String reason) {
            return new Problem(reason, false);
        }

        /** A warning about a link that leads to a page all the same, saying {@code reason}. */
        public static Problem notice(String reason) {
            return new Problem(reason, true, true);
        }

        /** How a message names the link: "link" when it still leads somewhere, else "broken link". */
        String what() {
            return reaches ? "link" : "broken link";
        }
    }

    /**
     * The files of the stories held back (by the clock, say), each with why a link to it leads
     * nowhere, and the addresses this site is published at ({@code https://news.example.org/}):
     * a published page's absolute link to a held-back story would name it before its time, so it
     * is a problem as the relative link is. Any other link written with the site's address
     * (pasted from the browser) is checked as the link from the root it stands for when it leads
     * into a folder the site makes, or to its home ({@code /articles/x/}, not {@code /shop/}: a site
     * may share its address with pages it does not make).
     */
    public record Held(List<String> self, Map<String, Problem> files, Map<String, Problem> notices,
            Set<String> absent) {

        public static final Held NONE = new Held(List.of(), Map.of());

        public Held {
            self = List.copyOf(self);
            notices = Map.copyOf(notices);
            absent = Set.copyOf(absent);
        }

        public Held(List<String> self, Map<String, Problem> files) {
            this(self, files, Map.of(), Set.of());
        }

        /**
         * The same, with {@code notices}: per output file that is there but shows a notice in place
         * of a story (a withdrawn one's address, and its old addresses), what a link to it is told.
         * A page that is itself one of them is told nothing.
         */
        public Held withNotices(Map<String, Problem> notices) {
            return new Held(self, files, notices, absent);
        }

        /**
         * The same, with {@code absent}: paths that the checked paths hold though no file is there
         * (a missing picture, told once where a story shows it), so that a link to one is not told
         * again. A broken link is never offered one of them as the address it meant.
         */
        public Held withAbsent(Set<String> absent) {
            return new Held(self, files, notices, absent);
        }

        /**
         * For a site published at {@code baseUrl} (an absolute URL ending in "/"): the files of the
         * {@code stories} held back, and {@code others} that are not published.
         */
        public static Held at(String baseUrl, Map<String, Problem> stories, Map<String, Problem> others) {
            Map<String, Problem> files = new HashMap<>(others);
            files.putAll(stories);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^https?:(//.*/)$").matcher(baseUrl);
            if (!m.matches()) {
                return new Held(List.of(), files);
            }
            String rest = m.group(1); // "//host/path/"
            return new Held(List.of("https:" + rest, "http:" + rest, rest), files);
        }

        /**
         * {@code link}, written with the site's address, as the link from the root it stands for
         * ({@code /articles/x/#y}) when it leads to the home page or into a folder or file of
         * {@code tops}; null for any other link.
         */
        String onSite(String link, TopNames tops) {
            for (String prefix : self) {
                if (link.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    String rest = link.substring(prefix.length());
                    int end = 0;
                    while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
                        end++;
                    }
                    String first = decode(rest.substring(0, end));
                    return first.isEmpty() || tops.has(first) ? "/" + rest : null;
                }
            }
            return null;
        }

        /** Why {@code link}, an absolute link to this site, leads to a file held back; null when it does not. */
        Problem heldAbsolute(String link) {
            if (self.isEmpty() || files.isEmpty()) {
                return null;
            }
            for (String prefix : self) {
                if (link.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    String file = target("", "/" + link.substring(prefix.length()));
                    if (file == null) {
                        return null;
                    }
                    Problem why = files.get(file);
                    return why != null ? why : files.get(file + "/index.html");
                }
            }
            return null;
        }
    }

    /**
     * The first segments of a site's files ({@code articles}, {@code feed.xml}): the folders and
     * files a link written with the site's address is checked in. Read from the paths when first
     * asked (most sites write no such link); safe to use from several threads.
     */
    public static final class TopNames {
        private final Set<String> paths;
        private volatile Set<String> names;

        public TopNames(Set<String> paths) {
            this.paths = paths;
        }

        boolean has(String first) {
            return names().contains(first);
        }

        /**
         * Whether the site has a folder or file at the top that the paths {@code before} had not
         * (the first series, a new folder of content/static/): a link written with the site's
         * address into it is checked from now on, on every page.
         */
        public boolean newBeside(Set<String> before) {
            return paths.size() != before.size() && !of(before).containsAll(names());
        }

        private Set<String> names() {
            Set<String> n = names;
            if (n == null) {
                n = of(paths);
                names = n;
            }
            return n;
        }

        private static Set<String> of(Set<String> paths) {
            Set<String> n = new HashSet<>();
            for (String p : paths) {
                int slash = p.indexOf('/');
                n.add(slash < 0 ? p : p.substring(0, slash));
            }
            return n;
        }
    }

    /** What is wrong with {@code link} on {@code page}; null when nothing is. */
    private static Problem problem(String page, String link, Set<String> paths, Map<String, Set<String>> ids,
            Held held, TopNames tops) {
        if (link.isEmpty()) {
            return null;
        }
        if (io.orbitpress.markdown.MarkdownFacts.tagTarget(link) != null) {
            // a tag that would have led to a story (one that does is its page's address by now)
            Problem why = held.files().get(link); // one naming two stories, told with them
            return why != null ? why : Problem.error("no story of this site has the name it gives (Hugo's ref and relref, Jekyll's"
                    + " post_url and link name a story by its file's path from content/articles/, or the end of it,"
                    + " like crew-11.md, 2024/crew-10 or 2019-03-13-docking); fix the name, or write the page's"
                    + " address in its place, like /articles/its-slug/");
        }
        if (external(link)) {
            Problem why = held.heldAbsolute(link);
            String onSite = why == null ? held.onSite(link, tops) : null;
            return onSite == null ? why : problem(page, onSite, paths, ids, held, tops);
        }
        Map<String, Problem> withheld = held.files();
        String fragment = null;
        String target = link;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash + 1);
            target = target.substring(0, hash);
        }
        int q = target.indexOf('?');
        if (q >= 0) {
            target = target.substring(0, q);
        }
        String file;
        if (target.isEmpty()) {
            file = page;
        } else {
            String resolved = resolve(page, decode(target));
            if (resolved == null) {
                return Problem.error("it leads outside the site" + FIX);
            }
            file = resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
            if (!paths.contains(file)) {
                if (!paths.contains(file + "/index.html")) {
                    Problem why = withheld.getOrDefault(file, withheld.get(file + "/index.html"));
                    Set<String> there = without(paths, held.absent());
                    return why != null ? why : Problem.error("no page or file /" + resolved + markdownFile(resolved)
                            + keptInStatic(resolved, there).map(m -> "; did you mean /" + m + "? The files of"
                                    + " content/static/ are at the site's root: their addresses start after static/")
                            .or(() -> meant(resolved, there, withheld.keySet()).map(m -> "; did you mean /" + m
                                    + "? Otherwise fix the link or add what it points to")).orElse(FIX));
                }
                file = file + "/index.html";
            }
        }
        Problem notice = held.notices().get(file);
        if (notice != null && !held.notices().containsKey(page)) {
            return notice; // before its fragments: the notice has none of the story's
        }
        // "#top" leads to the top of any page that has no such anchor (HTML, "the indicated part")
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(file)
                && !ids.get(file).contains(decode(fragment)) && !decode(fragment).equalsIgnoreCase("top")) {
            // a link to a part of its own page says so alike on every page (a layout's "#main" told once)
            String where = target.isEmpty() ? "this page" : "/" + file.replaceFirst("index\\.html$", "");
            String id = decode(fragment);
            Optional<String> meant = io.orbitpress.diag.Spelling.closest(id, ids.get(file)).filter(m -> !m.equals(id));
            return Problem.error("no element with id \"" + fragment + "\" on " + where + meant.map(m -> "; did you mean #"
                    + m + "? Otherwise fix the link or add what it points to").orElse(FIX));
        }
        return null;
    }

    /**
     * The paths of {@code paths} but those of {@code absent} (pictures told missing where a story
     * shows them, which the checked paths hold though no file is there): the addresses a broken
     * link or a style sheet's {@code url()} may be offered.
     */
    static Set<String> without(Set<String> paths, Set<String> absent) {
        return absent.isEmpty() ? paths : new Without(paths, absent);
    }

    /** The paths of a set but those of another, read through: a broken link's addresses to offer. */
    private static final class Without extends java.util.AbstractSet<String> {

        private final Set<String> all;
        private final Set<String> left;

        Without(Set<String> all, Set<String> left) {
            this.all = all;
            this.left = left;
        }

        @Override
        public boolean contains(Object o) {
            return all.contains(o) && !left.contains(o);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return all.stream().filter(p -> !left.contains(p)).iterator();
        }

        @Override
        public int size() {
            return (int) all.stream().filter(p -> !left.contains(p)).count();
        }
    }

    /**
     * The address beside {@code resolved} (a path, "articles/apolo-11-lands/") that it is one or
     * two letters off, as a page's folder ("articles/apollo-11-lands/") or a file ("images/moon.jpg");
     * not one whose name differs from it in its digits alone ("crew-11-lifts-off" for "crew-12-lifts-off").
     */
    static Optional<String> meant(String resolved, Set<String> paths) {
        return meant(resolved, paths, Set.of());
    }

    /**
     * The same among {@code paths} and {@code unpublished} (files the site holds but does not publish
     * as they are: a picture's original, published as resized copies only, a story held back), and
     * else the address with the same name ({@code b/}, {@code report.pdf}, in any capitals) in a folder
     * that {@code resolved}'s folder is one or two letters off ({@code /imagse/} for {@code /images/}).
     */
    static Optional<String> meant(String resolved, Set<String> paths, Set<String> unpublished) {
        List<Set<String>> all = unpublished.isEmpty() ? List.of(paths) : List.of(paths, unpublished);
        return beside(resolved, all).or(() -> inFolderOff(resolved, all));
    }

    private static Optional<String> beside(String resolved, List<Set<String>> all) {
        boolean folder = resolved.endsWith("/");
        String bare = folder ? resolved.substring(0, resolved.length() - 1) : resolved;
        int slash = bare.lastIndexOf('/');
        String parent = bare.substring(0, slash + 1);
        String name = bare.substring(slash + 1);
        if (name.length() < 3) {
            return Optional.empty();
        }
        Set<String> near = new HashSet<>();
        for (Set<String> paths : all) {
            for (String p : paths) {
                if (!p.startsWith(parent)) {
                    continue;
                }
                int end = p.indexOf('/', parent.length());
                String next = end < 0 ? p.substring(parent.length()) : p.substring(parent.length(), end);
                if (Math.abs(next.length() - name.length()) <= 2 && (end < 0 || p.startsWith("index.html", end + 1))) {
                    near.add(end < 0 ? next : next + "/");
                }
            }
        }
        near.remove(name);
        near.remove(name + "/");
        // a name with another number is another story, mission or year, not a slip: crew-12 is not crew-11
        String shape = name.replaceAll("[0-9]", "#");
        near.removeIf(x -> x.replaceAll("[0-9]", "#").replace("/", "").equals(shape));
        // measured without the folder's slash: two letters off a name of four ("safe", "page") is another name
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        near.forEach(x -> byName.put(x.endsWith("/") ? x.substring(0, x.length() - 1) : x, x));
        return io.orbitpress.diag.Spelling.closest(name, byName.keySet()).map(m -> parent + byName.get(m))
                .filter(m -> m.endsWith("/") == folder);
    }

    /**
     * The address named as {@code resolved} is ({@code articles/b/}, {@code images/liftoff.jpg}, in any
     * capitals) in a folder of as many levels one or two letters off its folder, one level alone
     * differing; not one whose folder differs in its digits alone ({@code /2025/b/} for {@code /2024/b/}).
     */
    private static Optional<String> inFolderOff(String resolved, List<Set<String>> all) {
        boolean folder = resolved.endsWith("/");
        String bare = folder ? resolved.substring(0, resolved.length() - 1) : resolved;
        int slash = bare.lastIndexOf('/');
        if (slash < 3) {
            return Optional.empty();
        }
        String parent = bare.substring(0, slash);
        String name = bare.substring(slash + 1);
        String[] levels = parent.split("/", -1);
        String shape = parent.replaceAll("[0-9]", "#");
        java.util.Map<String, String> byParent = new java.util.HashMap<>();
        for (Set<String> paths : all) {
            for (String p : paths) {
                String c = !folder ? p : p.endsWith("/index.html") ? p.substring(0, p.length() - "/index.html".length())
                        : null;
                int s = c == null ? -1 : c.lastIndexOf('/');
                if (s < 0 || !c.substring(s + 1).equalsIgnoreCase(name)) {
                    continue;
                }
                String other = c.substring(0, s);
                String[] its = other.split("/", -1);
                if (its.length != levels.length || other.replaceAll("[0-9]", "#").equals(shape)) {
                    continue;
                }
                int differing = 0;
                boolean longEnough = true;
                for (int i = 0; i < its.length; i++) {
                    if (!its[i].equals(levels[i])) {
                        differing++;
                        longEnough &= levels[i].length() >= 3;
                    }
                }
                if (differing == 1 && longEnough) {
                    byParent.put(other, c + (folder ? "/" : ""));
                }
            }
        }
        return io.orbitpress.diag.Spelling.closest(parent, byParent.keySet()).map(byParent::get);
    }

    /** A path written with the folder its file is kept in: {@code static/x}, {@code articles/a/content/static/x}. */
    private static final java.util.regex.Pattern KEPT_IN_STATIC = java.util.regex.Pattern.compile(
            "(?:.*/)?(?:content/)?static/(.+)");

    /**
     * The address of the site's file that {@code resolved} names with the folder it is kept in
     * ({@code static/files/report.pdf} for {@code files/report.pdf}, which content/static/ publishes at
     * the root), when the site has it.
     */
    static Optional<String> keptInStatic(String resolved, Set<String> paths) {
        java.util.regex.Matcher m = KEPT_IN_STATIC.matcher(resolved);
        if (!m.matches()) {
            return Optional.empty();
        }
        String meant = m.group(1);
        String file = meant.endsWith("/") ? meant + "index.html" : meant;
        return paths.contains(file) || paths.contains(file + "/index.html") ? Optional.of(meant) : Optional.empty();
    }

    /**
     * For a link to a Markdown file that is no story (a link to a story's file leads to its page):
     * how to link to a story; "" for another link.
     */
    private static String markdownFile(String resolved) {
        return resolved.endsWith(".md") ? " (a Markdown file, but no story of this site: link to a story's file by"
                + " its path from this one's, like crew-11.md or ../2024/crew-10.md, or to a page's address)" : "";
    }

    /** Where the path of {@code link} ends: at its query or fragment, whichever comes first. */
    private static int pathEnd(String link) {
        int hash = link.indexOf('#');
        int query = link.indexOf('?');
        return hash < 0 ? query < 0 ? link.length() : query : query < 0 ? hash : Math.min(hash, query);
    }

    /**
     * The path, from the site's root, that {@code link} of the page at {@code page} names, without its
     * query and fragment (decoded, resolved against the page's folder); null when it climbs above the root.
     */
    private static String pathOf(String page, String link) {
        return resolve(page, decode(link.substring(0, pathEnd(link))));
    }

    /** Resolves a relative link against the folder of {@code page}; null when it climbs above the root. */
    static String resolve(String page, String link) {
        // the resolved path so far, each segment followed by a slash
        StringBuilder out = new StringBuilder(page.length() + link.length());
        if (!link.startsWith("/")) {
            appendSegments(out, page, 0, page.lastIndexOf('/') + 1);
        }
        int n = link.length();
        for (int start = 0; start <= n; ) {
            int slash = link.indexOf('/', start);
            int end = slash < 0 ? n : slash;
            int len = end - start;
            if (len == 2 && link.charAt(start) == '.' && link.charAt(start + 1) == '.') {
                if (out.length() == 0) {
                    return null;
                }
                out.setLength(out.lastIndexOf("/", out.length() - 2) + 1);
            } else if (len > 0 && !(len == 1 && link.charAt(start) == '.')) {
                out.append(link, start, end).append('/');
            }
            start = end + 1;
        }
        boolean folder = link.endsWith("/") || link.endsWith("/.") || link.endsWith("/..") || link.equals(".")
                || link.equals("..");
        if (!folder && out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The non-empty segments of {@code s[from, to)}, each with a slash after it. */
    private static void appendSegments(StringBuilder out, String s, int from, int to) {
        for (int start = from; start < to; ) {
            int slash = s.indexOf('/', start);
            int end = slash < 0 || slash > to ? to : slash;
            if (end > start) {
                out.append(s, start, end).append('/');
            }
            start = end + 1;
        }
    }

    /** Whether a link leaves the site: it has a scheme, or starts with two slashes (a backslash counts as one). */
    private static boolean external(String link) {
        return hasScheme(link) || link.length() > 1 && (link.charAt(0) == '/' || link.charAt(0) == '\\')
                && (link.charAt(1) == '/' || link.charAt(1) == '\\');
    }

    /** What the regex {@code ^[a-zA-Z][a-zA-Z0-9+.-]*:} finds: a URL scheme such as {@code https:}. */
    static boolean hasScheme(String link) {
        if (link.isEmpty() || !isAsciiLetter(link.charAt(0))) {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The problem of {@code link} on the page {@code f}, told where its source writes it: at every
     * place the source writes it as a link's address ("](", "href=", not a picture's "![...]("), so
     * that two links to one missing page are both told; else where a picture or the prose has it;
     * else, on a page made from a registry file (a mission's crew), where the file names the page's
     * id; else where the site's own templates write it as a link; else at the file alone. A link a
     * template writes is told in the same words for every page it is wrong on (see {@link #inTemplate}).
     */
    private static List<Diagnostic> diagnostic(Scan f, String link, Problem problem, Sources sources) {
        String page = "/" + f.path().replaceFirst("index\\.html$", "");
        String source = f.source() == null || f.source().isEmpty() ? "site" + page : f.source();
        String text = f.source() == null || f.source().isEmpty() ? null : sources.text(f.source());
        io.orbitpress.diag.Severity severity = problem.warning() ? io.orbitpress.diag.Severity.WARNING
                : io.orbitpress.diag.Severity.ERROR;
        List<Diagnostic> out = new ArrayList<>();
        if (text != null && !external(link)) {
            // written in another form than the address (a link to a story's file): told where it is, as written
            int hash = link.indexOf('#');
            String path = pathOf(f.path(), link);
            for (Written w : path == null ? List.<Written>of()
                    : sources.writtenAs(source, "/" + path + (hash < 0 ? "" : link.substring(hash)))) {
                String message = problem.what() + " \"" + w.text() + "\" on page " + page + ": " + problem.reason();
                int at = addressAt(text, w);
                out.add(at < 0 ? new Diagnostic(source, w.line(), w.column(), severity, message)
                        : Diagnostic.at(source, text, at, severity, message));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Places found = text == null ? new Places(List.of(), null) : places(text, f.path(), link, true);
        if (found.links().isEmpty()) {
            // not written in the page's source: a link of the site's own templates, told where each writes it
            // (on a page whose links are absolute, the 404 page's, by its path too)
            for (String written : writtenAs(link)) {
                for (String template : sources.templates()) {
                    String templateText = template.equals(source) ? null : sources.text(template);
                    if (templateText != null) {
                        Places inTemplate = places(templateText, f.path(), written, false);
                        for (int[] place : inTemplate.links()) {
                            out.add(Diagnostic.at(template, templateText, place[0], severity,
                                    inTemplate(templateText, place, problem)));
                        }
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            // made by an expression (th:href="|${site.root}about/|"): told at the attribute that ends with its path
            for (String template : sources.templates()) {
                String templateText = template.equals(source) ? null : sources.text(template);
                int[] place = templateText == null ? null : expression(templateText, link);
                if (place != null) {
                    out.add(Diagnostic.at(template, templateText, place[0], severity, "broken link made by "
                            + templateText.substring(place[0], place[1]) + " on the pages made with this template: "
                            + problem.reason()));
                }
            }
            if (out.isEmpty()) {
                out.add(new Diagnostic(source, 0, 0, severity, problem.what() + " \"" + link + "\" on page " + page
                        + ": " + problem.reason()));
            }
            return out;
        }
        for (int[] place : found.links()) {
            // the link as the source writes it, unless only the page's id was found there
            boolean written = place != found.byId();
            out.add(Diagnostic.at(source, text, place[0], severity, source.startsWith("templates/") && written
                    ? inTemplate(text, place, problem)
                    : problem.what() + " \"" + (written ? text.substring(place[0], place[1]) : link) + "\" on page "
                            + page + ": " + problem.reason()));
        }
        return out;
    }

    /**
     * Where the address of the link {@code w} starts in {@code text}: after the first "](" from its
     * place that the whole address follows; -1 when none does (a link written by reference).
     */
    private static int addressAt(String text, Written w) {
        int at = 0;
        for (int line = 1; line < w.line() && at >= 0; line++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        if (at < 0) {
            return -1;
        }
        String written = "](" + w.text();
        for (int found = text.indexOf(written, Math.min(text.length(), at + Math.max(0, w.column() - 1))); found >= 0;
                found = text.indexOf(written, found + 1)) {
            int end = found + written.length();
            if (end == text.length() || ")>\"' \t\n".indexOf(text.charAt(end)) >= 0) {
                return found + 2;
            }
        }
        return -1;
    }

    /**
     * How a template may write {@code link}: as it is, and for an absolute link (the 404 page's, or
     * one written so), as its path and the shorter tails of its path (a site under a sub-path).
     */
    private static List<String> writtenAs(String link) {
        List<String> out = new ArrayList<>(List.of(link));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^https?://[^/?#]+(/[^?#]*).*$").matcher(link);
        if (m.matches()) {
            String path = m.group(1);
            for (int at = 0; at >= 0 && at < path.length() - 1; at = path.indexOf('/', at + 1)) {
                out.add(path.substring(at));
            }
        }
        return out;
    }

    /** A {@code th:} attribute. */
    private static final java.util.regex.Pattern TH_VALUE = java.util.regex.Pattern.compile(
            "(?:th:|data-th-)[A-Za-z][\\w-]*\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    /**
     * Where a {@code th:} attribute of {@code text} makes {@code link} by an expression: the
     * first whose value ends its address with the link's path, or its last segments
     * ({@code |${site.root}about/|} for {@code ../about/}); null when none does.
     */
    private static int[] expression(String text, String link) {
        String path = link.replaceFirst("(?i)^https?://[^/?#]+", "").replaceFirst("[?#].*$", "")
                .replaceFirst("^(\\.\\./)+", "").replaceFirst("^\\./", "").replaceFirst("^/+", "");
        if (path.length() < 2 || path.chars().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        java.util.regex.Matcher a = TH_VALUE.matcher(text);
        while (a.find()) {
            String value = a.group(1);
            for (String tail = path; tail.length() >= 2; ) {
                int at = value.indexOf(tail);
                while (at >= 0) {
                    char before = value.charAt(at - 1 < 0 ? 0 : at - 1);
                    int after = at + tail.length();
                    char next = after < value.length() ? value.charAt(after) : '"';
                    if (at > 0 && "/}|'{+".indexOf(before) >= 0 && "|'}\"?#)".indexOf(next) >= 0) {
                        return new int[] {a.start(), a.end()};
                    }
                    at = value.indexOf(tail, at + 1);
                }
                int slash = tail.indexOf('/');
                if (slash < 0 || slash == tail.length() - 1) {
                    break;
                }
                tail = tail.substring(slash + 1);
            }
        }
        return null;
    }

    /**
     * The message of a broken link a template writes at {@code place} of its {@code text}: the same
     * for every page the template makes that has it wrong in the same way, so told once for them all.
     */
    private static String inTemplate(String text, int[] place, Problem problem) {
        return "broken link \"" + text.substring(place[0], place[1]) + "\" on the pages made with this template: "
                + problem.reason();
    }

    /**
     * Where a text writes a link: {@code links}, the start and end of each place; {@code byId}, the
     * one of them found by the page's id alone, or null.
     */
    private record Places(List<int[]> links, int[] byId) {
    }

    /**
     * The places where {@code text} writes {@code link} of the page at {@code path}: as a link where
     * there are any; else ({@code anyMention}) as a picture's address, in prose, anywhere, or by the
     * page's id.
     */
    private static Places places(String text, String path, String link, boolean anyMention) {
        List<int[]> links = new ArrayList<>(); // start and end of each place, in text
        int[] picture = null;
        int[] prose = null;
        int[] first = null;
        int[] byId = null;
        String needle = link.replaceFirst("^(\\.\\./)+", "").replaceFirst("^\\./", "");
        int from = 0;
        for (int tries = 0; !needle.isEmpty() && tries < 1000; tries++) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            from = at + needle.length();
            if (continues(text, from)) {
                continue; // a longer address written there ("/x/" of "/x/#part", "/a" of "/a/")
            }
            while (at > 0 && ADDRESS_ENDS.indexOf(text.charAt(at - 1)) < 0) {
                at--; // to where the address starts as written (root-relative, say)
            }
            boolean expression = text.startsWith("@{", at); // a template's th:href="@{/contact/}"
            if (expression) {
                at += 2;
            }
            int[] place = {at, from};
            first = first == null ? place : first;
            if (!sameTarget(path, text.substring(at, from), link)) {
                continue;
            }
            if (expression || at > 0 && LINK_STARTS.indexOf(text.charAt(at - 1)) >= 0) {
                if (isPicture(text, at)) {
                    picture = picture == null ? place : picture;
                } else {
                    links.add(place);
                }
            } else if (prose == null) {
                prose = place;
            }
        }
        if (!anyMention) {
            return new Places(links, null);
        }
        if (first == null) {
            byId = idOf(text, needle);
            first = byId;
        }
        if (links.isEmpty()) {
            int[] one = picture != null ? picture : prose != null ? prose : first;
            if (one != null) {
                links.add(one);
            }
        }
        return new Places(links, byId);
    }

    /**
     * Whether an address written in {@code text} goes on at {@code at}: a letter, digit or a character
     * of a path, query or fragment; a full stop or comma only when more of the address follows it
     * (one at the end of a sentence is not the address's).
     */
    static boolean continues(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '.' || c == ',') {
            return at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
        }
        return Character.isLetterOrDigit(c) || "/#?-_%~&=+".indexOf(c) >= 0;
    }

    /** Whether the address at {@code at} in {@code text} is a Markdown picture's ("![alt](address"). */
    private static boolean isPicture(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != '(' || text.charAt(at - 2) != ']') {
            return false;
        }
        int open = text.lastIndexOf('[', at - 2);
        return open > 0 && text.charAt(open - 1) == '!' && text.indexOf('\n', open) >= at - 2;
    }

    /**
     * Where a registry file names the page an address leads to by its id ("people/zena-cardman/"
     * named as zena-cardman in a crew list): start and end of the id as a word; null when not there.
     */
    private static int[] idOf(String text, String address) {
        String[] parts = address.replaceFirst("index\\.html$", "").split("/");
        String id = parts.length == 0 ? "" : parts[parts.length - 1];
        if (id.isEmpty() || id.contains(".")) {
            return null;
        }
        // as written, else as a name the id is made of, in any case (a registry fact may name
        // "NASA" for the id nasa, "Bea Quill" for bea-quill)
        String asName = java.util.Arrays.stream(id.split("-")).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[\\s-]+"));
        for (String pattern : new String[] {java.util.regex.Pattern.quote(id), "(?i)" + asName}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])" + pattern + "(?![\\w-])")
                    .matcher(text);
            if (m.find()) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /**
     * Whether {@code written}, an address in the source of the page at {@code page}, names what the
     * page's {@code link} (made relative) names: the same output file and fragment. An address with
     * a host (the site's own) is compared by its path.
     */
    private static boolean sameTarget(String page, String written, String link) {
        String w = written;
        if (external(w)) {
            int host = w.indexOf("//");
            int path = host < 0 ? -1 : w.indexOf('/', host + 2);
            if (path < 0) {
                return false;
            }
            w = w.substring(path);
        }
        String a = target(page, w);
        String b = target(page, link);
        if (a == null ? b != null : !a.equals(b)) {
            return false;
        }
        int wh = w.indexOf('#');
        int lh = link.indexOf('#');
        return (wh < 0 ? "" : w.substring(wh)).equals(lh < 0 ? "" : link.substring(lh));
    }

    /** The characters before an address in a source file: Markdown's, HTML's and YAML's. */
    private static final String ADDRESS_ENDS = "(\"'< \t\n=";
    /** Those of them before a link's address (Markdown's "](", HTML's quotes and "="), not a word of the prose. */
    private static final String LINK_STARTS = "(\"'<=";

    /** {@code s} with its percent-encoded bytes as the letters they stand for (UTF-8); as it is when they are not. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
