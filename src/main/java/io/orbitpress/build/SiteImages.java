package io.orbitpress.build;

import io.orbitpress.config.ImageSettings;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.hash.Fingerprint;
import io.orbitpress.image.AsWritten;
import io.orbitpress.image.Encoded;
import io.orbitpress.image.ImageHeader;
import io.orbitpress.image.ImageHeaders;
import io.orbitpress.image.ImageProblem;
import io.orbitpress.image.Resizer;
import io.orbitpress.image.Widths;
import io.orbitpress.markdown.MediaNodes;
import io.orbitpress.media.FigureHtml;
import io.orbitpress.media.Media;
import io.orbitpress.media.Picture;
import io.orbitpress.media.SitePaths;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.Pictures;
import io.orbitpress.session.Session;
import io.orbitpress.session.SourceRead;
import io.orbitpress.session.Step;
import io.orbitpress.source.ContentFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The image step of a build: every JPEG or PNG picture of {@code content/static/} that an
 * article, a registry file or site.yaml names is read, measured and resized once, and published
 * as its resized copies only (the original, which may carry the camera's GPS position, is not
 * copied). Each picture is remembered under its file's fingerprint and the image settings: a
 * warm build resizes nothing, and keeps the copies the published site already has.
 *
 * <p>A picture that only stories the clock holds back show is checked (it is there, its header
 * reads), not resized: nothing of it is published before the story is.
 *
 * <p>An article's pictures are measured in a step of their own ({@link #resolve}), remembered
 * under the article's key and the fingerprints of the pictures it shows, so that a replaced
 * picture gives its articles new sizes and copies, as a cold build does.
 */
final class SiteImages {

    /** Raise when copies are made differently from the same file and settings (their names change with it). */
    static final String VERSION = "images-1";

    private final Path root;
    private final Path folder;
    private final ContentFolder content;
    private final Session session;
    private final Steps steps;
    private final ImageSettings settings;
    /** The site's first language: a registry file's texts written per language are read in it here. */
    private final String language;
    private final Target target;
    private final boolean lenient;
    private final Resizer resizer = new Resizer();
    /** The files beside the stories, each at its story's address: pictures of the site there too. */
    private final Bundles bundles;
    private final Fingerprint settingsKey;
    /** Each picture of this build, by its path below the site root, made once. */
    private final Map<String, FutureTask<ImageResult>> made = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger resized = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * Pictures only articles the clock holds back show, checked (the file is there, its header
     * reads) but neither resized nor copied: their copies would name them in a listing of the
     * site's folder before the story is out, and a warm build would resize them again each time.
     */
    private final Map<String, ImageResult> checked = new ConcurrentHashMap<>();
    /** The pictures each article shows, by the article's file: only those of published articles are published. */
    private final Map<String, List<String>> byArticle = new ConcurrentHashMap<>();
    /** The pictures of the drafts left out of the build: not published as files no page shows. */
    private final java.util.Set<String> heldByDrafts = ConcurrentHashMap.newKeySet();
    /** The pictures of registry entities and of site.yaml: published with the pages of the site. */
    private final java.util.Set<String> forSite = ConcurrentHashMap.newKeySet();

    SiteImages(Path root, ContentFolder content, Session session, Steps steps, ImageSettings settings, String language,
            Target target, boolean lenient, Bundles bundles) {
        this.root = root;
        this.language = language;
        this.bundles = bundles;
        this.folder = root.resolve("content/static");
        this.content = content;
        this.session = session;
        this.steps = steps;
        this.settings = settings;
        this.target = target;
        this.lenient = lenient;
        this.settingsKey = Fingerprint.of(VERSION + "/q" + settings.quality() + "/w" + settings.widths() + "/max"
                + settings.maxPixels());
    }

    /** The picture at {@code path} below the site root: measured and resized once per build. */
    ImageResult image(String path) {
        FutureTask<ImageResult> task = new FutureTask<>(() -> find(path));
        FutureTask<ImageResult> before = made.putIfAbsent(path, task);
        if (before == null) {
            task.run();
        } else {
            task = before;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ImageResult find(String path) {
        Path file = fileOf(path);
        if (missing(path, file)) {
            return notInTheSite(path);
        }
        String display = content.display(file);
        SourceRead read = read(file, display);
        boolean[] fresh = new boolean[1];
        // where it is published too: a bundle's picture moves with its story's address
        ImageResult r = session.remember(target.imageStep(), () -> Fingerprint.of(read.fingerprint(), settingsKey,
                        Fingerprint.of(path)),
                () -> {
                    fresh[0] = true;
                    return make(file, path, display);
                }, this::usable);
        if (!fresh[0]) {
            r.files().forEach(target::reused);
        }
        return r;
    }

    /** A picture file, read by the session (its fingerprint, in a session that remembers). */
    private SourceRead read(Path file, String display) {
        return session.source(file, display, f -> {
            try {
                return new Session.FileRead(Optional.empty(), List.of(), Fingerprint.of(f));
            } catch (IOException e) {
                return new Session.FileRead(Optional.empty(),
                        List.of(io.orbitpress.source.ContentFolder.unreadable(display, e)), Fingerprint.NONE);
            }
        });
    }

    /** The file of the picture published at {@code path}: a story's bundle's, else content/static/'s. */
    private Path fileOf(String path) {
        return bundles.at(path).map(Bundles.Resource::file).orElseGet(() -> folder.resolve(path).normalize());
    }

    /** Whether the picture published at {@code path}, from {@code file}, is not in the site. */
    private boolean missing(String path, Path file) {
        if (bundles.at(path).isPresent()) {
            return !Files.isRegularFile(file); // found by the walk of content/articles/, inside the site
        }
        return !file.startsWith(folder) || !Files.isRegularFile(file) || !inside(file);
    }

    private ImageResult notInTheSite(String path) {
        // a story in a page bundle looks beside itself first: say where
        Optional<Bundles.Place> inBundle = bundles.placeOf(path);
        String looked = inBundle.map(b -> b.display() + " beside the story, nor content/static/" + path)
                .orElse("content/static/" + path);
        Path file = folder.resolve(path).normalize();
        if (file.startsWith(folder) && Files.isRegularFile(file)) {
            // there, through a link that leads out of content/static/: what it leads to is not published
            String target;
            try {
                target = content.display(file.toRealPath());
            } catch (IOException e) {
                target = "a file it cannot follow";
            }
            return ImageResult.failed("is not in the site: content/static/" + path + " is a link to " + target
                    + ", outside content/static/, whose files alone are published; copy the picture there in place of"
                    + " the link");
        }
        // the files beside where it was looked for, in the bundle first: one whose name differs in capitals
        // alone, else one a letter or two off
        if (inBundle.isPresent()) {
            String suggested = bundleSuggestion(inBundle.get());
            if (suggested != null) {
                return ImageResult.failed("is not in the site: there is no file " + looked + suggested);
            }
        }
        String meant = meant(file.getFileName().toString(), filesBeside(file), n -> "/" + beside(file, n));
        return ImageResult.failed("is not in the site: there is no file " + looked
                + (meant != null ? meant : "; add it there or fix the address"));
    }

    /**
     * What to say of a missing file {@code name} when a file of {@code names} (those beside where it
     * was looked for) is likely the one meant, written as {@code written} gives it: one whose name
     * differs in capitals alone, else one a letter or two off; null when none is.
     */
    private static String meant(String name, List<String> names, java.util.function.UnaryOperator<String> written) {
        Optional<String> alike = names.stream().filter(n -> !n.equals(name) && n.equalsIgnoreCase(name)).findFirst();
        if (alike.isPresent()) {
            return "; did you mean " + written.apply(alike.get()) + "? (the names differ in capitals: a Mac's or"
                    + " Windows' disk finds it, a web server does not)";
        }
        return io.orbitpress.diag.Spelling.closest(name, names.stream().filter(n -> !n.startsWith(".")).toList())
                .map(c -> "; did you mean " + written.apply(c) + "? Otherwise add it there or fix the address")
                .orElse(null);
    }

    /**
     * What to say of a picture missing from a story's bundle when a file of its folder there is
     * likely the one meant ({@code "; did you mean gallery/Step-1.jpg? ..."}), as the story writes it; else null.
     */
    private static String bundleSuggestion(Bundles.Place place) {
        List<String> names;
        try (java.util.stream.Stream<Path> entries = Files.list(place.file().getParent())) {
            names = entries.filter(Files::isRegularFile).map(e -> e.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !io.orbitpress.source.ContentFolder.isMarkdown(Path.of(n)))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String name = place.file().getFileName().toString();
        String folder = place.written().substring(0, place.written().length() - name.length());
        return meant(name, names, n -> folder + n);
    }

    /** The names of the files in the folder of {@code file}, in order; none when it is not a folder of content/static/. */
    private List<String> filesBeside(Path file) {
        Path parent = file.getParent();
        if (parent == null || !parent.startsWith(folder) || !Files.isDirectory(parent)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> entries = Files.list(parent)) {
            return entries.filter(Files::isRegularFile).map(e -> e.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The path below the site root of the file {@code name} in the folder of {@code file}. */
    private String beside(Path file, String name) {
        return folder.relativize(file.resolveSibling(name)).toString().replace('\\', '/');
    }

    /**
     * The picture at {@code path} for an article not published yet: as made for a published one
     * when it is, else checked, with no size or copies (the article's page is not written, so its
     * pictures are left as written). Checked by decoding the whole picture, as resizing it will,
     * so that a damaged one is an error now rather than at the scheduled build that publishes the
     * story; remembered by the file's fingerprint.
     */
    private ImageResult checkedImage(String path) {
        if (made.containsKey(path)) {
            return image(path);
        }
        return checked.computeIfAbsent(path, p -> {
            Path file = fileOf(p);
            if (missing(p, file)) {
                return notInTheSite(p);
            }
            if (AsWritten.applies(p)) {
                return new ImageResult(null, 0, 0, List.of(), List.of());
            }
            String display = content.display(file);
            SourceRead read = read(file, display);
            return session.remember(steps.imageCheck, () -> Fingerprint.of(read.fingerprint(), settingsKey), () -> {
                try {
                    ImageHeader h = ImageHeaders.read(file, settings.maxPixels());
                    resizer.check(file, h);
                    return new ImageResult(null, 0, 0, List.of(), List.of(), h.credit(), h.copyright());
                } catch (ImageProblem e) {
                    return ImageResult.failed("(" + display + ") " + e.getMessage());
                }
            });
        });
    }

    /** Whether the file is inside content/static/ once links are followed (a link out of the site is not read). */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private boolean usable(ImageResult r) {
        for (PageResult f : r.files()) {
            if (!target.usable(f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads, measures and resizes one picture; its copies go to the target as they are made. A
     * GIF, WebP or SVG is measured only: it is published as it is, and its one "copy" is itself.
     */
    private ImageResult make(Path file, String path, String display) {
        if (AsWritten.applies(path)) {
            int[] size = AsWritten.size(file);
            return size == null ? new ImageResult(null, 0, 0, List.of(), List.of())
                    : new ImageResult(null, size[0], size[1], List.of(new Picture.Variant(SitePaths.url(path), size[0],
                            size[1])), List.of());
        }
        resized.incrementAndGet();
        try {
            ImageHeader h = ImageHeaders.read(file, settings.maxPixels());
            String hash;
            try {
                // the path too: two pictures of one content whose names clean up alike ("a b.jpg", "a-b.jpg") get two names
                hash = Fingerprint.of(Fingerprint.of(file), settingsKey, Fingerprint.of(path)).hex().substring(0, 10);
            } catch (IOException e) {
                throw new ImageProblem("cannot be read (" + e.getMessage() + ")");
            }
            List<Integer> widths = Widths.of(h.width(), settings.widths());
            List<Encoded> copies = resizer.copies(file, h, widths, settings.quality());
            List<Picture.Variant> variants = new ArrayList<>();
            List<PageResult> files = new ArrayList<>();
            for (int i = copies.size() - 1; i >= 0; i--) {
                Encoded c = copies.get(i);
                // the copies' names in Latin letters, as the site's addresses are: фото-старт gives foto-start
                String out = SitePaths.variant(path.substring(0, path.lastIndexOf('/') + 1)
                        + io.orbitpress.content.Slugs.ascii(path.substring(path.lastIndexOf('/') + 1)), c.width(), hash,
                        h.extension());
                variants.add(new Picture.Variant(SitePaths.url(out), c.width(), c.height()));
                files.add(target.rendered(OutputFile.rendered(out, c.bytes(), display), session.contents(c.bytes())));
            }
            return new ImageResult(null, h.width(), h.height(), variants, files, h.credit(), h.copyright());
        } catch (ImageProblem p) {
            return ImageResult.failed("(" + display + ") " + p.getMessage());
        }
    }

    /**
     * An article with its pictures measured and their markup in its body, and a problem for each
     * picture that cannot be published (an error at the line that names it; a warning, and the
     * picture left as written, under {@code migration.skipInvalid}). Remembered under the
     * article's fingerprint (the key it was made from, or, for an article changed after it was made,
     * such as a translation given its original's withdrawal, its contents) and the fingerprints of
     * its pictures.
     */
    MadeArticle resolve(MadeArticle m, boolean published) {
        Article a = m.article();
        heldByDrafts.addAll(m.heldPictures());
        if (a == null || a.media().isEmpty()) {
            return m;
        }
        List<Picture> all = new ArrayList<>();
        if (a.media().lead() != null) {
            all.add(a.media().lead());
        }
        all.addAll(a.media().pictures());
        List<ImageResult> results = new ArrayList<>(all.size());
        List<String> paths = new ArrayList<>(all.size());
        for (Picture p : all) {
            String path = SitePaths.picture(a.url(), p.src());
            results.add(path == null ? null : published ? image(path) : checkedImage(path));
            if (path != null) {
                paths.add(path);
            }
        }
        byArticle.put(a.path(), paths);
        Fingerprint mediaKey = session.remembers() ? Fingerprint.of(session.fingerprint(a), session.fingerprint(
                results.stream().map(r -> r == null ? (Object) Fingerprint.NONE : r).toList())) : Fingerprint.NONE;
        MadeArticle out = session.remember(steps.articleMedia, () -> mediaKey, () -> measured(m, all, results));
        if (out.article() != null && out != m) {
            // the measured article is known by the key it was made from, as the article it was made of
            session.known(out.article(), mediaKey);
        }
        return out;
    }

    private MadeArticle measured(MadeArticle m, List<Picture> all, List<ImageResult> results) {
        Article a = m.article();
        List<Diagnostic> problems = new ArrayList<>(m.problems());
        List<Picture> done = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            done.add(measured(all.get(i), results.get(i), SitePaths.picture(a.url(), all.get(i).src()), a.path(),
                    problems));
        }
        Picture lead = a.media().lead() == null ? null : done.get(0);
        List<Picture> pictures = done.subList(lead == null ? 0 : 1, done.size());
        Media media = new Media(lead, pictures, a.media().embeds());
        String html = FigureHtml.fill(a.html(), media, settings.sizes());
        Article filled = a.withMedia(html, media);
        List<io.orbitpress.model.Section> sections = a.desk().sections();
        if (!sections.isEmpty()) {
            // a layout's parts (an explainer's, a live blog's entries) hold the pictures' markers too
            List<String> parts = FigureHtml.fill(sections.stream().map(io.orbitpress.model.Section::html).toList(),
                    media, settings.sizes());
            List<io.orbitpress.model.Section> shown = new ArrayList<>(sections.size());
            for (int i = 0; i < sections.size(); i++) {
                io.orbitpress.model.Section x = sections.get(i);
                shown.add(new io.orbitpress.model.Section(x.id(), x.title(), x.time(), x.timeIso(), parts.get(i)));
            }
            filled = filled.withDesk(a.desk().withSections(shown));
        }
        return m.with(filled, problems);
    }

    /**
     * {@code p}, at {@code path} below the site root, measured by {@code r}; a problem with it is
     * told at its line of {@code source}, and it is then shown at the address it stands for (so that
     * every page that shows it, a list's as the story's, names the one file the problem was told of).
     */
    private Picture measured(Picture p, ImageResult r, String path, String source, List<Diagnostic> problems) {
        if (r == null) {
            return p;
        }
        if (r.problem() != null) {
            problems.add(problem(source, p.line(), p.column(), p.src(), r.problem()));
            return p.at("/" + path);
        }
        if (p.credit().isEmpty() && !r.credit().isEmpty() || p.copyright().isEmpty() && !r.copyright().isEmpty()) {
            // who made it, as the file says, where the text does not: the warning of a missing credit goes
            p = p.withCredits(p.credit().isEmpty() ? r.credit() : p.credit(),
                    p.copyright().isEmpty() ? r.copyright() : p.copyright());
            Picture credited = p;
            problems.removeIf(d -> !d.isError() && d.line() == credited.line() && d.column() == credited.column()
                    && d.message().contains(MediaNodes.NO_CREDIT));
        }
        // a picture published as it is whose size its file does not give is shown as written
        return r.width() == 0 ? p : p.measured(r.width(), r.height(), r.variants());
    }

    /**
     * What is told of the picture written {@code src} at {@code line}:{@code column} of {@code source}
     * that cannot be published, for {@code why}: an error, or a warning under {@code migration.skipInvalid}.
     */
    private Diagnostic problem(String source, int line, int column, String src, String why) {
        String message = "image " + src + " " + why + fromTheRoot(src);
        return lenient ? Diagnostic.warning(source, line, column, message + " (shown as written: migration.skipInvalid)")
                : Diagnostic.error(source, line, column, message);
    }

    /** A picture's address written with the folder it is kept in: {@code /static/x}, {@code ../../content/static/x}. */
    private static final java.util.regex.Pattern KEPT_IN_STATIC = java.util.regex.Pattern.compile(
            "(?:\\.{1,2}/|/)*(?:content/)?static/(.+)");

    /**
     * For a picture written without a {@code /} in front ({@code images/dock.jpg}), read from the
     * folder of its page, that is not there but is in {@code content/static/} from the top: the
     * address meant; so too for one written with the folder it is kept in ({@code
     * /static/images/dock.jpg}). "" otherwise.
     */
    private String fromTheRoot(String src) {
        java.util.regex.Matcher kept = KEPT_IN_STATIC.matcher(src);
        if (kept.matches()) {
            // written with the folder it is kept in (/static/images/x.jpg, content/static/images/x.jpg)
            String meant = "/" + kept.group(1);
            String path = SitePaths.picture("/", meant);
            return path == null || missing(path, fileOf(path)) ? "" : " (did you mean " + meant
                    + "? The files of content/static/ are at the site's root: their addresses start after static/)";
        }
        if (src.startsWith("/") || src.startsWith(".")) {
            return "";
        }
        String path = SitePaths.picture("/", src);
        return path == null || missing(path, fileOf(path)) ? "" : " (did you mean /" + src
                + "? An address without a / in front is read from the folder of its page)";
    }

    /**
     * The pictures of the registry's entities and the site's default picture, measured; a
     * problem with one is an error at the line of the file that names it.
     */
    Pictures pictures(Collection<Entity> entities, Diagnostics d, java.util.function.Function<String, String> text) {
        List<Entity> shown = entities.stream().filter(e -> !e.image().isEmpty() && e.described()).toList();
        Map<String, String> homes = homes(entities);
        // on every core, as the articles' pictures are
        List<Picture> measured = io.orbitpress.work.Batch.map(shown, e -> portrait(e, homes.get(e.path()), d, text));
        Map<String, Picture> out = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            if (measured.get(i) != null) {
                out.put(shown.get(i).key(), measured.get(i));
            }
        }
        Picture fallback = siteWide("default", settings.fallback(), settings.fallbackAlt(), "card", d, text);
        unseenCard(fallback, d);
        // a logo is its name's picture: the site's title says what it shows
        Picture logo = siteWide("logo", settings.logo(), "", "logo", d, text);
        Map<String, String> texts = new HashMap<>();
        for (Entity e : entities) {
            if (e.described() && e.html().contains("<img")) {
                String html = measuredText(e, homes.get(e.path()), d, text);
                if (!html.equals(e.html())) {
                    texts.put(e.url(), html); // one entity per language, each with its own text
                }
            }
        }
        return new Pictures(new TreeMap<>(out), fallback, texts, logo);
    }

    /** A warning when link previews do not show the site's card {@code card}, an SVG or a small picture. */
    private static void unseenCard(Picture card, Diagnostics d) {
        if (card == null) {
            return;
        }
        boolean svg = io.orbitpress.render.SocialImage.isSvg(card);
        if (svg || io.orbitpress.render.SocialImage.small(card)) {
            int least = io.orbitpress.render.SocialImage.LEAST;
            d.warning("content/site.yaml", card.line(), 1, "images.default " + card.src() + " is " + (svg ? "an SVG,"
                    + " which link previews do not show" : card.width() + " × " + card.height() + " pixels, smaller"
                    + " than link previews show") + ", so a page without a picture of its own is shared without one;"
                    + " make the card a JPEG or PNG of at least " + least + " × " + least + " pixels (1200 × 630 fills"
                    + " a preview)");
        }
    }

    /**
     * A picture site.yaml names for the whole site ({@code images.default}, {@code images.logo}),
     * measured; null for none. One the site does not have is an error at its line: not left out
     * without a word, as every page would lose it.
     */
    private Picture siteWide(String key, String src, String alt, String example, Diagnostics d,
            java.util.function.Function<String, String> text) {
        if (src.isEmpty()) {
            return null;
        }
        String site = "content/site.yaml";
        int line = lineOf(text.apply(site), src);
        Picture p = Picture.written(Picture.CARD, src, alt, alt.isEmpty(), "", "", "", line, 1);
        if (!p.src().matches("(?i)https?://.*") && (SitePaths.picture("/", p.src()) == null
                || p.src().indexOf('?') >= 0 || p.src().indexOf('#') >= 0)) {
            d.error(site, line, 1, "images." + key + " \"" + p.src() + "\" is no picture of this site: write the"
                    + " address of a file in content/static/ from the site's root, like /images/" + example
                    + ".png (no .., ? or #), or an https:// address");
        }
        return measure(p, "/", site, d);
    }

    /**
     * Checks the portraits of entities whose registry files hold their pages back, as a held-back
     * story's pictures are checked: a missing or unreadable one is an error now, not at the page's
     * time, and none is published (their originals are among those {@link #originals} keeps out of
     * the site) unless a page out now shows it too.
     */
    void heldPortraits(Collection<Entity> held, Diagnostics d, java.util.function.Function<String, String> text) {
        Map<String, String> homes = homes(held);
        for (Entity e : held) {
            if (e.image().isEmpty()) {
                continue;
            }
            String path = SitePaths.picture(homes.get(e.path()), e.image());
            if (path == null) {
                continue;
            }
            ImageResult r = checkedImage(path);
            if (r.problem() != null) {
                d.error(e.path(), Math.max(1, lineOf(text.apply(e.path()), "image:")), 1, "image " + e.image() + " "
                        + r.problem());
            }
        }
    }

    /**
     * The text of {@code e} with each picture of the site it shows (a figure or a picture within
     * text, as {@link FigureHtml} wrote it when the registry was read, at its address as written)
     * measured: its resized copies, {@code srcset}, width and height, as a story's pictures have.
     * A picture that cannot be published is an error at the line that shows it.
     */
    private String measuredText(Entity e, String home, Diagnostics d, java.util.function.Function<String, String> text) {
        java.util.regex.Matcher m = TEXT_IMG.matcher(e.html());
        StringBuilder out = new StringBuilder(e.html().length() + 256);
        int copied = 0;
        while (m.find()) {
            String src = org.jsoup.parser.Parser.unescapeEntities(m.group(3), true);
            String path = SitePaths.picture(home, src);
            if (path == null) {
                continue;
            }
            forSite.add(path);
            ImageResult r = image(path);
            if (r.problem() != null) {
                // told as written: the address in the page is percent-encoded (/images/%D0%BF...), and
                // found where a picture writes it ("](" before it), not where the prose names it
                String written = LinkChecker.decode(src);
                String file = text.apply(e.path());
                String needle = file != null && file.contains("](" + written) ? "](" + written : "(" + written;
                d.add(problem(e.path(), Math.max(1, lineOf(file, needle)), Math.max(1, columnOf(file, needle)),
                        written, r.problem()));
                continue;
            }
            if (r.width() == 0) {
                continue; // published as it is, its size not known: as written
            }
            Picture p = Picture.written(Picture.FIGURE, src, "", false, "", "", "", 0, 0).measured(r.width(),
                    r.height(), r.variants());
            out.append(e.html(), copied, m.start(2));
            FigureHtml.source(out, p, settings.sizes());
            copied = m.end(2);
            copied = fileCredits(e.html(), m.start(), m.end(), r, out, copied);
        }
        return copied == 0 ? e.html() : out.append(e.html(), copied, e.html().length()).toString();
    }

    /**
     * The credit and copyright notice the picture's file holds, put in the caption of the figure
     * whose {@code <img>} lies from {@code start} to {@code end} of {@code html} when the text
     * gives none, as a story's figure has them: {@code html} up to where they go is copied to
     * {@code out} from {@code copied}; returns how far it is copied now.
     */
    private static int fileCredits(String html, int start, int end, ImageResult r, StringBuilder out, int copied) {
        if (r.credit().isEmpty() && r.copyright().isEmpty() || !html.startsWith("<figure class=\"figure\">",
                start - "<figure class=\"figure\">".length())) {
            return copied;
        }
        String caption = "";
        int at = end;
        if (html.startsWith("<figcaption>", end)) {
            at = html.indexOf("</figcaption>", end);
            if (at < 0) {
                return copied;
            }
            caption = html.substring(end, at);
        } else if (!html.startsWith("</figure>", end)) {
            return copied;
        }
        StringBuilder add = new StringBuilder();
        if (!r.credit().isEmpty() && !caption.contains("<span class=\"credit\">")) {
            add.append(" <span class=\"credit\">").append(io.orbitpress.media.Html.escape(r.credit())).append("</span>");
        }
        if (!r.copyright().isEmpty() && !caption.contains("<span class=\"credit copyright\">")) {
            add.append(" <span class=\"credit copyright\">").append(io.orbitpress.media.Html.escape(r.copyright()))
                    .append("</span>");
        }
        if (add.isEmpty()) {
            return copied;
        }
        out.append(html, copied, at);
        if (at == end) { // no caption yet: one of the credits alone
            out.append("<figcaption>").append(add, 1, add.length()).append("</figcaption>");
        } else {
            out.append(caption.isEmpty() ? add.substring(1) : add);
        }
        return at;
    }

    /** An {@code <img>} as {@link FigureHtml} writes one not measured: its address, with no {@code srcset} after it. */
    private static final java.util.regex.Pattern TEXT_IMG = java.util.regex.Pattern.compile(
            "<img( class=\"[^\"]*\")?( src=\"([^\"]*)\")(?! srcset=)[^>]* decoding=\"async\">");

    /** The 1-based column of the {@code ![} before {@code needle} on the first line that holds it (else of it), or 0. */
    private static int columnOf(String text, String needle) {
        if (text == null) {
            return 0;
        }
        for (String line : text.split("\n", -1)) {
            int at = line.indexOf(needle);
            if (at >= 0) {
                int image = line.lastIndexOf("![", at);
                return (image >= 0 ? image : at) + 1;
            }
        }
        return 0;
    }

    /** The portrait or patch of {@code e}, measured; null (and a problem) when it cannot be published. */
    private Picture portrait(Entity e, String home, Diagnostics d, java.util.function.Function<String, String> text) {
        // the site language's texts; a page in another language shows its own (see Pictures#of)
        Picture p = Picture.written(Picture.PORTRAIT, e.image(), e.imageAlt(),
                e.imageAlt().isEmpty() && e.raw().get("image_alt") != null, written(e, "image_caption"),
                written(e, "image_credit"), written(e, "image_copyright"), lineOf(text.apply(e.path()), "image:"), 1);
        return measure(p, home, e.path(), d);
    }

    /**
     * What {@code e}'s file writes for {@code key}, in the site's first language when written per
     * language; "" when nothing.
     */
    private String written(Entity e, String key) {
        Object v = e.raw().get(key);
        return v == null ? "" : io.orbitpress.config.Values.inLanguage(v, language,
                v instanceof Map ? "" : v.toString());
    }

    /**
     * The address of each registry file's page in the first of its languages (the site's first
     * language, whose entities come first), by the file: one file is one entity in every language, so
     * a picture it names without a / in front ({@code ada.jpg}) is read from there on each of its pages.
     */
    private static Map<String, String> homes(Collection<Entity> entities) {
        Map<String, String> out = new HashMap<>();
        for (Entity e : entities) {
            out.putIfAbsent(e.path(), e.url());
        }
        return out;
    }

    /** {@code p} measured, or null (and a problem) when it is a picture of the site that cannot be published. */
    private Picture measure(Picture p, String pageUrl, String source, Diagnostics d) {
        String path = SitePaths.picture(pageUrl, p.src());
        if (path == null) {
            return p.src().matches("(?i)https?://.*") ? p : null;
        }
        forSite.add(path);
        List<Diagnostic> problems = new ArrayList<>();
        Picture out = measured(p, image(path), path, source, problems);
        d.addAll(problems);
        return out.isMeasured() ? out : null;
    }

    /** The 1-based line of the first line of {@code text} that starts with (or holds) {@code needle}; 0 when none. */
    static int lineOf(String text, String needle) {
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        // a line that begins with it (a key), else one that holds it; never a comment (a starter's
        // site.yaml shows its settings in comments)
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (!l.startsWith("#") && (pass == 0 ? l.startsWith(needle) : l.contains(needle))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** How many pictures this build read and resized (the others were remembered). */
    int resized() {
        return resized.get();
    }

    /**
     * The paths below the site root of the pictures this build resized, of those it only checked
     * for stories not out yet, and of those drafts left out show: their originals are not copied,
     * but for those in {@code asWritten}, which a page shows at their own address.
     */
    java.util.Set<String> originals(java.util.Set<String> asWritten) {
        java.util.Set<String> out = new java.util.HashSet<>(checked.keySet());
        out.addAll(heldByDrafts);
        if (settings.publishOriginals()) {
            // images.publishOriginals: those a published page shows are published at their own address
            // too (without their metadata); those of stories not out still wait with them
            out.removeAll(resizedOriginals());
        } else {
            out.addAll(resizedOriginals());
        }
        out.removeAll(asWritten);
        return out;
    }

    /**
     * The paths below the site root of the pictures whose problem (missing, unreadable) this build
     * told at the picture itself: a link to one is not told again by the link check.
     */
    java.util.Set<String> told() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String path : made.keySet()) {
            if (image(path).problem() != null) {
                out.add(path);
            }
        }
        checked.forEach((path, r) -> {
            if (r.problem() != null) {
                out.add(path);
            }
        });
        return out;
    }

    /**
     * Of {@code told} (what {@link #told()} gave), the pictures that have no file to publish
     * (missing, or a link out of content/static/): no address for a broken link to have meant.
     */
    java.util.Set<String> absent(java.util.Set<String> told) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String path : told) {
            if (missing(path, fileOf(path))) {
                out.add(path);
            }
        }
        return out;
    }

    /** The paths below the site root of the pictures this build published as resized copies. */
    java.util.Set<String> resizedOriginals() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String path : made.keySet()) {
            ImageResult r = image(path);
            if (r.problem() == null && !r.files().isEmpty()) {
                out.add(path);
            }
        }
        return out;
    }

    /**
     * The paths below the site root of the pictures only stories the clock holds back show, to be
     * published as resized copies when they come out: a link to one's original is as broken now as
     * it will be then, and said so the same way.
     */
    java.util.Set<String> heldOriginals() {
        java.util.Set<String> out = new java.util.HashSet<>();
        checked.forEach((path, r) -> {
            if (r.problem() == null && !made.containsKey(path) && !AsWritten.applies(path)) {
                out.add(path);
            }
        });
        return out;
    }

    /** A picture in HTML: its address as written. */
    private static final java.util.regex.Pattern IMG_SRC = java.util.regex.Pattern.compile("<img\\s[^>]*?src=\"([^\"]*)\"");

    /**
     * The paths below the site root of the pictures the registry's texts (a person's bio) show at
     * their own address: a bio's picture is shown as written, so its file is published, without
     * its metadata, even when a story's figure shows it too (or it is the entity's own portrait).
     * Each address is resolved against the entity's page as an article's pictures are ({@link SitePaths#picture}).
     */
    static java.util.Set<String> shownInText(List<Entity> entities) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Entity e : entities) {
            java.util.regex.Matcher m = IMG_SRC.matcher(e.html());
            while (m.find()) {
                String path = SitePaths.picture(e.url(), org.jsoup.parser.Parser.unescapeEntities(m.group(1), true));
                if (path != null) {
                    out.add(path);
                }
            }
        }
        return out;
    }

    /**
     * Every copy this build publishes, in the order of their pictures' paths: those of the pictures
     * that {@code published} articles, the registry's entities or site.yaml show. The pictures of
     * articles the clock holds back are only checked ({@link #checkedImage}); copies made for an
     * article that the checks after this step leave out are taken back from the target.
     */
    List<PageResult> copies(Collection<Article> published) {
        java.util.Set<String> shown = new java.util.HashSet<>(forSite);
        for (Article a : published) {
            shown.addAll(byArticle.getOrDefault(a.path(), List.of()));
        }
        List<PageResult> out = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(made.keySet())) {
            if (shown.contains(path)) {
                out.addAll(image(path).files());
            } else {
                image(path).files().forEach(f -> target.withdraw(f.path()));
            }
        }
        return out;
    }
}
