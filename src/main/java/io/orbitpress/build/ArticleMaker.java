package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.content.Slugs;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.entity.Extraction;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.markdown.MoreMarker;
import io.orbitpress.markdown.Sections;
import io.orbitpress.markdown.MediaNodes;
import io.orbitpress.media.Media;
import io.orbitpress.media.Picture;
import io.orbitpress.content.LeadImages;
import io.orbitpress.model.Article;
import io.orbitpress.model.Desk;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Section;
import io.orbitpress.model.Tag;
import io.orbitpress.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Makes one article from its file: front matter read and checked (unknown entity ids
 * included), Markdown parsed, entities extracted and the first mention of each linked, HTML
 * rendered. A pure function of the file's text, the settings and the registry.
 */
final class ArticleMaker {

    private final SiteConfig config;
    private final boolean drafts;
    private final Registry registry;
    private final ArticleReader reader;
    /** Per language code, the engine that names a story's tables in its language. */
    private final Map<String, MarkdownEngine> engines;
    /** Per language code, the entities as articles in that language name them. */
    private final Map<String, ArticleEntities> entities = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> kindOrder;

    ArticleMaker(SiteConfig config, boolean drafts, Registry registry, Map<String, MarkdownEngine> engines) {
        this.config = config;
        this.drafts = drafts;
        this.registry = registry;
        this.reader = new ArticleReader(config, new FrontMatterParser());
        this.engines = Map.copyOf(engines);
        this.kindOrder = config.kinds().stream().map(io.orbitpress.config.EntityKind::key).toList();
    }

    /** The engine of a story in {@code lang}: the site's first language's for one it does not have. */
    private MarkdownEngine markdown(String lang) {
        return engines.get(config.languageOrDefault(lang).code());
    }

    private ArticleEntities entities(String lang) {
        return entities.computeIfAbsent(lang, code -> {
            io.orbitpress.config.Language l = config.languageOrDefault(code);
            return new ArticleEntities(config, registry.in(l), l);
        });
    }

    /**
     * A draft left out, with the pictures it shows (paths below the site root) and the output
     * paths its body links to: made as it would be, its problems unsaid (a draft may point at a
     * picture not uploaded yet).
     */
    private MadeArticle leftOut(ArticleMeta m, List<io.orbitpress.diag.Diagnostic> problems) {
        Diagnostics unsaid = new Diagnostics();
        Article a = article(m, markdown(m.lang()).parse(m.body()), unsaid, new ArrayList<>(), new ArrayList<>());
        return MadeArticle.draftLeftOut(problems, pictures(a), HeldFiles.links(a), new MadeArticle.Draft(a.url(), a.title(),
                a.path(), a.lang(), a.translationKey(), m.frontMatter().has("translationKey")));
    }

    /** The pictures an article shows, as paths below the site root. */
    static List<String> pictures(Article a) {
        List<io.orbitpress.media.Picture> all = new ArrayList<>(a.media().pictures());
        if (a.media().lead() != null) {
            all.add(0, a.media().lead());
        }
        List<String> out = new ArrayList<>();
        for (io.orbitpress.media.Picture p : all) {
            String path = io.orbitpress.media.SitePaths.picture(a.url(), p.src());
            if (path != null) {
                out.add(path);
            }
        }
        return out;
    }

    MadeArticle make(Optional<SourceFile> file, List<io.orbitpress.diag.Diagnostic> readProblems) {
        if (file.isEmpty()) {
            return MadeArticle.failed(readProblems);
        }
        Diagnostics d = new Diagnostics();
        d.addAll(readProblems);
        List<MadeArticle.KeyPlace> asked = new ArrayList<>(1);
        Optional<ArticleMeta> read = reader.read(file.get(), d, named -> {
            unknownIds(named.frontMatter(), named.ids(), named.bylineIds(), d);
            asked.addAll(layoutAsked(named.frontMatter(), named.layout()));
        });
        if (read.isEmpty()) {
            return MadeArticle.failed(d.list(), asked);
        }
        if (!drafts && read.get().draft()) {
            return leftOut(read.get(), d.list());
        }
        ArticleMeta m = read.get();
        if (d.hasErrors()) {
            // a story that cannot be made (an unreadable date, a series part that is no number) is
            // still checked for the ids it names: every problem of its front matter told at once
            unknownIds(m.frontMatter(), m.entityIds(), m.desk().bylineIds(), d);
            return MadeArticle.failed(d.list(), layoutAsked(m.frontMatter(), m.desk().layout()));
        }
        // an unknown id is an error the story is still made with (the id left out), so that the
        // build goes on to tell its links and pictures with it, and fails before it publishes
        unknownIds(m.frontMatter(), m.entityIds(), m.desk().bylineIds(), d);
        List<SiteBuild.SuggestionRef> suggestions = new ArrayList<>();
        List<MadeArticle.KeyPlace> places = new ArrayList<>();
        Article a = article(m, markdown(m.lang()).parse(m.body()), d, suggestions, places);
        // a link to a story's file written as HTML (markdown.unsafe), placed where its text has it
        for (String written : StoryFileLinks.writtenIn(a)) {
            String key = MadeArticle.FILE_LINK + written;
            if (places.stream().noneMatch(p -> p.key().equals(key))) {
                int at = m.body().indexOf(written);
                places.add(new MadeArticle.KeyPlace(key, at < 0 ? m.bodyLine()
                        : m.bodyLine() - 1 + io.orbitpress.diag.Diagnostic.lineOf(m.body(), at),
                        at < 0 ? 1 : at - m.body().lastIndexOf('\n', at - 1)));
            }
        }
        FrontMatter fm = m.frontMatter();
        // where the keys that checks across articles point at stand, and those that lead to an output path
        List<String> placed = new ArrayList<>(List.of("slug", "series", "layout", "translationKey", "lang",
                "corrections", "date", "updated", "lastmod", "last_modified_at", "image_credit"));
        placed.addAll(ArticleReader.URL_KEYS);
        placed.addAll(ArticleReader.REDIRECT_KEYS);
        for (String key : placed) {
            if (fm.has(key)) {
                places.add(new MadeArticle.KeyPlace(key, fm.place(key).line(), fm.place(key).column()));
            }
        }
        // where a series' part number is written, for a message about a part given twice (ArticleChecks)
        if (fm.has("series")) {
            FrontMatter.Place part = fm.place("series", "part");
            if (!part.equals(fm.place("series"))) {
                places.add(new MadeArticle.KeyPlace(SERIES_PART_PLACE, part.line(), part.column()));
            }
        }
        // where the ids of names and bylines are written, for a message about one whose page waits (EntryHolds)
        for (io.orbitpress.config.EntityKind k : config.kinds()) {
            List<String> keys = new ArrayList<>(k.frontMatterKeys());
            keys.addAll(k.bylineKeys());
            keys.add("author");
            for (String key : keys) {
                if (key.contains(".") || !fm.has(key) || places.stream().anyMatch(p -> p.key().equals(key))) {
                    continue;
                }
                places.add(new MadeArticle.KeyPlace(key, fm.place(key).line(), fm.place(key).column()));
                fm.node(key).filter(tools.jackson.databind.JsonNode::isArray).ifPresent(list -> list.forEach(item -> {
                    if (item.isValueNode()) {
                        FrontMatter.Place p = fm.placeOfItem(key, item.asString());
                        places.add(new MadeArticle.KeyPlace(key + ":" + item.asString(), p.line(), p.column()));
                    }
                }));
            }
        }
        // where each correction's date is written, for a message about one still to come (Schedule.datesAhead)
        fm.node("corrections").filter(tools.jackson.databind.JsonNode::isArray).ifPresent(list -> {
            for (io.orbitpress.model.Correction c : a.desk().corrections()) {
                for (int i = 0; i < list.size(); i++) {
                    tools.jackson.databind.JsonNode text = list.get(i).path("text");
                    if (text.isValueNode() && text.asString().strip().equals(c.text())) {
                        FrontMatter.Place p = fm.place("corrections", String.valueOf(i), "date");
                        places.add(new MadeArticle.KeyPlace(CORRECTION_PLACE + c.id(), p.line(), p.column()));
                        break;
                    }
                }
            }
        });
        // where each topic is written, for a message about two topics that would share a page
        for (String t : m.tags()) {
            FrontMatter.Place p = fm.placeOfItem("tags", t);
            places.add(new MadeArticle.KeyPlace("tag:" + t, p.line(), p.column()));
        }
        return MadeArticle.of(a, d.list(), suggestions, places, kindOrder);
    }

    /**
     * What to say of {@code id}, named in front matter, that no registry file of {@code kind} has:
     * when it is the name of one, in any language of the site ("Юрий Гагарин" for yuri-gagarin),
     * which id to write; else the id meant, or the file to add (its name in Latin letters).
     */
    private String unknownId(EntityKind kind, String id) {
        for (io.orbitpress.config.Language l : config.languages()) {
            Optional<Entity> named = registry.in(l).named(kind.key(), id);
            if (named.isPresent()) {
                return "unknown " + kind.singular().toLowerCase(java.util.Locale.ROOT) + " \"" + id + "\": it is the"
                        + " name of " + named.get().id() + " (" + named.get().path() + "), and front matter names one by"
                        + " its id; write " + named.get().id();
            }
        }
        Optional<String> renamed = registry.renamed().unknownId(kind, id);
        if (renamed.isPresent()) {
            return renamed.get();
        }
        boolean latin = id.chars().allMatch(c -> c < 128);
        return latin ? kind.unknownId(id, registry.ids(kind.key()))
                : kind.unknownId(id, registry.ids(kind.key()), Slugs.make(id));
    }

    /** Where a story that cannot be made asks for {@code layout}, for {@link ArticleChecks} to check it with the others. */
    private static List<MadeArticle.KeyPlace> layoutAsked(FrontMatter fm, String layout) {
        if (layout.isEmpty() || !fm.has("layout")) {
            return List.of();
        }
        FrontMatter.Place at = fm.place("layout");
        return List.of(new MadeArticle.KeyPlace(MadeArticle.LAYOUT_ASKED + layout, at.line(), at.column()));
    }

    /** The entity ids front matter names that no registry file has: errors (warnings, and left out, under migration.skipInvalid). */
    private void unknownIds(FrontMatter fm, Map<String, List<String>> named, Map<String, List<String>> bylines,
            Diagnostics d) {
        boolean lenient = config.migration().skipInvalid();
        for (EntityKind kind : config.kinds()) {
            List<String> ids = new ArrayList<>(named.getOrDefault(kind.key(), List.of()));
            ids.addAll(bylines.getOrDefault(kind.key(), List.of()));
            List<String> keys = new ArrayList<>(kind.frontMatterKeys());
            keys.addAll(kind.bylineKeys());
            for (String id : ids) {
                if (registry.get(kind.key(), id).isEmpty()) {
                    String key = keys.stream().filter(k -> fm.has(k.contains(".")
                            ? k.substring(0, k.indexOf('.')) : k)).findFirst().orElse(kind.key());
                    String message = unknownId(kind, id);
                    FrontMatter.Place at = fm.placeOfItem(key.contains(".")
                            ? key.substring(0, key.indexOf('.')) : key, id);
                    if (lenient) {
                        d.warning(fm.path(), at.line(), at.column(), message
                                + " (id left out: migration.skipInvalid)");
                    } else {
                        d.error(fm.path(), at.line(), at.column(), message);
                    }
                }
            }
        }
    }

    /** What is said of {@code tag}, written {@code n} times in a story, which another generator would have run. */
    static String tagMessage(String tag, int n, String advice) {
        return "\"" + ArticleReader.printable(tag) + "\" is a " + MarkdownFacts.tagKind(tag) + ", which Orbitpress does not"
                + " run: it is published as written" + (n == 1 ? "" : " (here and " + (n - 1) + " more time"
                + (n == 2 ? "" : "s") + " in this story)") + "; " + advice;
    }

    /** The article of {@code m}; where its live entries' headings stand is added to {@code places} ({@link #ENTRY_PLACE}). */
    private Article article(ArticleMeta m, Node doc, Diagnostics d, List<SiteBuild.SuggestionRef> suggest,
            List<MadeArticle.KeyPlace> places) {
        Optional<String> beforeMore = MoreMarker.cut(doc);
        // raw HTML that would take the rest of the page in, told where it is written
        BodyWarnings.unclosed(doc, m.path(), m.bodyLine(), config.unsafeHtml(),
                config.migration().skipInvalid(), "story", d);
        // the writers' and editors' notes: published nowhere
        BodyWarnings.comments(doc, m.path(), m.bodyLine(), config.unsafeHtml(), d);
        BodyWarnings.controls(m.body(), m.path(), m.bodyLine(), d);
        // read before the pictures become figures: what sums up a story without a paragraph
        String firstText = MarkdownFacts.firstText(doc);
        ArticleEntities entities = entities(m.lang());
        io.orbitpress.config.Language language = config.languageOrDefault(m.lang());
        // read before the mentions are linked, which splits the text where their places are kept
        BodyWarnings.tell(doc, m.path(), m.bodyLine(), config.unsafeHtml(), "story", d);
        // what another generator would have run: published as written here
        // each tag told once, at its first place, with how often the story has it
        Map<String, Integer> times = new java.util.HashMap<>();
        List<MarkdownFacts.Found> written = MarkdownFacts.templateTags(doc);
        written.forEach(tag -> times.merge(tag.text(), 1, Integer::sum));
        for (MarkdownFacts.Found tag : written) {
            if (MarkdownFacts.refTarget(tag.text()) != null) {
                // told with the story it leads to, once every story is made
                places.add(new MadeArticle.KeyPlace(MadeArticle.REF + tag.text(), tag.line() + m.bodyLine() - 1,
                        tag.column()));
                continue;
            }
            Integer n = times.remove(tag.text());
            if (n == null) {
                continue;
            }
            d.warning(m.path(), tag.line() + m.bodyLine() - 1, tag.column(), tagMessage(tag.text(), n,
                    MarkdownFacts.tagAdvice(tag.text())));
        }
        for (MarkdownFacts.Found link : MarkdownFacts.fileLinks(doc)) {
            // led to the story made of that file, once every story is made
            places.add(new MadeArticle.KeyPlace(MadeArticle.FILE_LINK + link.text(), link.line() + m.bodyLine() - 1,
                    link.column()));
        }
        // one scan finds the mentions and links the first of each (linking splits text nodes, after the scan)
        Extraction found = config.linkFirstMention()
                ? entities.extractor().extractAndLink(doc, (kind, id) -> entities.url(kind, id), shownAt(m, doc))
                : entities.extractor().extract(doc);
        found.suggestions().forEach(sg -> suggest.add(new SiteBuild.SuggestionRef(sg.kind(), sg.name(), m.path(),
                sg.line() + m.bodyLine() - 1, sg.column())));
        var uses = entities.uses(m, found);
        for (int[] at : MarkdownFacts.imagesWithoutAlt(doc)) {
            d.warning(m.path(), at[0] + m.bodyLine() - 1, at[1], "image has no alt text; write ![what it shows](file),"
                    + " or ![\"\"](file) for a picture that is only decoration");
        }
        int placeholder = m.draft() ? 0 : io.orbitpress.scaffold.Scaffold.placeholderLine(m.body());
        if (placeholder > 0) {
            d.warning(m.path(), placeholder + m.bodyLine() - 1, 1, "this is still the placeholder text that orbitpress"
                    + " new article wrote; write the story in its place (or mark the story draft: true until it is written)");
        }
        Media media = media(m, doc, d);
        MarkdownEngine markdown = markdown(m.lang());
        if (m.desk().layout().equals("liveblog")) {
            timedHeadingsOfOtherLevels(m, doc, d);
        }
        Sections.Cut cut = m.desk().layout().isEmpty() ? null : Sections.cut(doc, markdown);
        String html = cut == null ? markdown.render(doc) : cut.html();
        String summary = !m.summary().isEmpty() ? m.summary()
                : beforeMore.orElseGet(() -> io.orbitpress.render.Shortened.of(MarkdownFacts.firstParagraph(doc), 320));
        if (summary.isBlank()) {
            // no paragraph of its own: a list's first item, a picture's caption
            summary = io.orbitpress.render.Shortened.of(firstText, 320);
        }
        if (summary.isBlank() && !m.draft()) {
            // what search engines, link previews and feeds show of the story: nothing
            d.warning(m.path(), 1, 1, "this story has no summary, and no text to take one from (no paragraph,"
                    + " list or picture caption); add a line like summary: \"The crew docked at 2:27 a.m.\" to the"
                    + " front matter: search engines, link previews and feeds show it");
        }
        int words = MarkdownFacts.wordCount(doc);
        List<Tag> tags = m.tags().stream().map(t -> tag(t, language)).distinct().toList();
        Bylines.Read byline = new Bylines(config.kinds(), entities.registry()).read(m, d);
        return new Article(m.path(), m.slug(), m.url(), m.title(), m.date(), m.updated(), summary,
                byline.names().isEmpty() ? m.author() : byline.text(language.locale()), m.dateline(), m.source(),
                m.image(), m.imageAlt(), m.imageCaption(), tags, m.draft(), html, words, Math.max(1, (words + 219) / 220),
                uses, m.redirectFrom(), m.params(), desk(m, byline, cut, d, places), media, m.lang(), m.translationKey());
    }

    /** A topic and its page in the article's language: "Роскосмос" at /ru/tags/roskosmos/ (or /ru/tags/роскосмос/). */
    Tag tag(String name, io.orbitpress.config.Language language) {
        String slug = Slugs.make(name, config.unicodeSlugs());
        if (slug.isEmpty()) {
            slug = "tag";
        }
        return new Tag(name, slug, language.url("/tags/" + slug + "/"));
    }

    private Desk desk(ArticleMeta m, Bylines.Read byline, Sections.Cut cut, Diagnostics d,
            List<MadeArticle.KeyPlace> places) {
        String type = !byline.authors().isEmpty() || m.author().isEmpty() ? ""
                : m.desk().siteAuthor() ? "Organization" : "Person";
        return new Desk(m.desk().publishDate(), m.desk().expiryDate(), byline.authors(), byline.names(), type,
                m.desk().corrections(), m.desk().series(), m.desk().layout(),
                cut == null ? List.of() : sections(m, cut, d, places), m.desk().withdrawal(), m.desk().retraction());
    }

    /**
     * How long before a live blog opens an entry without a day may be put on the blog's own day
     * without a word: a blog opened at 11:43 may begin with an entry of 09:00 that morning; one of
     * 00:15 in a blog opened at 10:00 most likely came after the night's midnight.
     */
    private static final java.time.Duration EARLY = java.time.Duration.ofHours(6);

    /** The months as a Russian date names them ({@code 27 ноября}), in their order. */
    private static final List<String> RUSSIAN_MONTH_NAMES = List.of("января", "февраля", "марта", "апреля", "мая",
            "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final String RUSSIAN_MONTHS = String.join("|", RUSSIAN_MONTH_NAMES);

    /**
     * A live blog's entry and its time: {@code ## 14:05 Hatch open}, {@code ## 2:05 p.m. ...},
     * {@code ## 14:05:30 ...}, {@code ## 2025-08-02 06:27 ...}, {@code ## 2025-08-02T07:30:00Z ...},
     * {@code ## 02.08.2025 06:27 ...}, {@code ## 2 августа 2025, 06:27 ...} (the year of the blog's
     * day when the day gives none; a day, seconds, a.m. or p.m., and an offset, {@code Z},
     * {@code UTC}, {@code +03:00} or one from UTC or GMT, {@code UTC+3}, in parentheses or not, a whole
     * hour's {@code +3}, or a Russian desk's {@code по Москве}, {@code по московскому времени},
     * {@code по Гринвичу}, may each be given).
     */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile(
            "(?:(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2} (?:" + RUSSIAN_MONTHS + ")(?: \\d{4})?)"
                    + "(?:[ T]|,\\s*))?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
                    + "(?:\\s?([AaPp])\\.?\\s?[Mm]\\.?(?![A-Za-z]))?"
                    + "(?:(Z|\\s?\\((?:UTC|GMT)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?\\)|\\s?(?:UTC|GMT)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?"
                    + "|\\s?[+-]\\d{2}:?\\d{2}|\\s[+-]\\d{1,2}(?=\\s*$|\\s*[-–—:·|]\\s)"
                    + "|\\s?\\(?по\\s(?:Москве|московскому\\sвремени|Гринвичу)\\)?)(?![A-Za-z0-9]))?(?!\\d)"
                    + "\\s*(?:[–—:·|]|-(?!\\d))?\\s*(.*)"); // -15 after the time is a number of the title's

    /**
     * The parts of an article with a layout. A heading that starts with a time is an entry at that
     * time (in the site's time zone unless it gives an offset), on the day the heading gives or
     * else on the article's date, or on the next day when that puts it nearer the article's own time
     * (a blog opened at 22:00 reaches 00:10 after midnight; one opened at 11:43 may begin with an
     * entry of 09:00 the same morning). A heading that starts like a time but is not one
     * ({@code ## 25:00}) warns, and is a part without a time.
     */
    private List<Section> sections(ArticleMeta m, Sections.Cut cut, Diagnostics d, List<MadeArticle.KeyPlace> places) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("", "", null, "", cut.intro()));
        java.time.ZonedDateTime opened = m.date().withZoneSameInstant(config.timeZone());
        java.time.LocalDate day = opened.toLocalDate();
        // each heading read as an entry once; a blog of timed entries tells a heading whose time is written otherwise
        List<java.util.regex.Matcher> entries = new ArrayList<>();
        boolean timed = m.desk().layout().equals("liveblog");
        for (Sections.Part p : cut.parts()) {
            java.util.regex.Matcher e = ENTRY.matcher(p.heading());
            boolean entry = e.matches();
            timed |= entry;
            entries.add(entry ? e : null);
        }
        // the body's lines, split once: where each entry's heading stands is asked of every timed entry
        String[] lines = m.body().split("\n", -1);
        for (int i = 0; i < cut.parts().size(); i++) {
            Sections.Part p = cut.parts().get(i);
            java.util.regex.Matcher e = entries.get(i); // null for a heading that is no entry's time
            java.time.ZonedDateTime time = null;
            String title = p.heading();
            java.util.regex.Matcher dotted = DOTTED_TIME.matcher(p.heading());
            if (e == null && timed && dotted.lookingAt() && Integer.parseInt(dotted.group(1)) < 24
                    && Integer.parseInt(dotted.group(2)) < 60) {
                // 13.05, as a Russian desk writes a time (or a day of May): a part without a time, said so
                int[] at = headingPlace(m, lines, p.heading());
                d.warning(m.path(), at[0], at[1], "the heading \"" + p.heading() + "\" starts with " + dotted.group()
                        + ", which is read as no time, so it is a part without a time; write an entry's time with a"
                        + " colon, " + dotted.group(1) + ":" + dotted.group(2));
            }
            if (e != null) {
                try {
                    time = entryTime(e, day, opened);
                    title = e.group(7).strip();
                    if (e.group(1) == null && time.isBefore(opened.minus(EARLY))) {
                        // 00:15 in a blog opened at 10:00 that ran through the night: nearer the same morning
                        int[] at = headingPlace(m, lines, p.heading());
                        d.warning(m.path(), at[0], at[1], "the entry \"" + p.heading() + "\" is put on the blog's own"
                                + " day, " + java.time.Duration.between(time, opened).toHours() + " hours before it opened ("
                                + opened.toLocalTime() + "); if it came after midnight, give its day, like ## "
                                + time.toLocalDate().plusDays(1) + " " + writtenTime(e) + " " + title);
                    }
                    if (e.group(1) != null && time.withZoneSameInstant(config.timeZone()).toLocalDate().isBefore(day)) {
                        // a day written before the blog opened: most likely a slip of the year or the month
                        int[] at = headingPlace(m, lines, p.heading());
                        d.warning(m.path(), at[0], at[1], "the entry \"" + p.heading() + "\" is dated before the live"
                                + " blog's own date (" + day + "), and is shown below its first entries; check its day");
                    }
                    // written without an offset: the time as written, on the day it came to
                    String change = e.group(6) != null ? null : io.orbitpress.frontmatter.DateValue.clockChange(
                            java.time.LocalDateTime.of(time.toLocalDate(), writtenTime(e)), config.timeZone());
                    if (change != null) {
                        int[] at = headingPlace(m, lines, p.heading());
                        d.warning(m.path(), at[0], at[1], "the entry \"" + p.heading() + "\": " + change);
                    }
                    String named = e.group(6) == null && OTHER_CLOCK.matcher(title).lookingAt()
                            ? otherClock(e, OTHER_CLOCK.matcher(title))
                            : e.group(6) == null && SIGNED_WORDS.matcher(title).lookingAt() ? signedWords(e, title)
                            : e.group(6) == null && CLOCK_AT_END.matcher(title).find() ? clockAtEnd(e, title)
                            : zoneNamedInTitle(e, time, title);
                    if (named != null) {
                        int[] at = headingPlace(m, lines, p.heading());
                        d.warning(m.path(), at[0], at[1], "the entry \"" + p.heading() + "\" " + named);
                    }
                } catch (java.time.DateTimeException | NumberFormatException ex) {
                    time = null;
                    int[] at = headingPlace(m, lines, p.heading());
                    d.warning(m.path(), at[0], at[1], "the heading \"" + p.heading() + "\" starts like a time but is"
                            + " not one, so it is a part without a time; write the time as 14:05, 2:05 pm or"
                            + " 2025-08-02 06:27");
                }
            }
            if (time != null) {
                int[] at = headingPlace(m, lines, p.heading());
                places.add(new MadeArticle.KeyPlace(ENTRY_PLACE + p.id(), at[0], at[1]));
            }
            out.add(new Section(p.id(), title, time,
                    time == null ? "" : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), p.html()));
        }
        return out;
    }

    /**
     * An entry's time ({@link #ENTRY}) in a blog opened at {@code opened}: on the day it gives, else on
     * the blog's day, or the next one when that is nearer the blog's opening (past midnight).
     */
    private java.time.ZonedDateTime entryTime(java.util.regex.Matcher e, java.time.LocalDate day,
            java.time.ZonedDateTime opened) {
        java.time.ZonedDateTime time = entryTime(e, day);
        if (e.group(1) == null && time.isBefore(opened) && java.time.Duration.between(time, opened)
                .compareTo(java.time.Duration.between(opened, time.plusDays(1))) > 0) {
            time = time.plusDays(1); // nearer the blog's opening on the next day: past midnight
        }
        return time;
    }

    /**
     * A live blog's order on its page, for the first mention a reader meets: each line of its body
     * (from 1) gives its place, 0 for what stays at the top (the introduction, parts without a time),
     * then the entries newest first, as the page shows them; null for any other article.
     */
    private java.util.function.IntUnaryOperator shownAt(ArticleMeta m, Node doc) {
        if (!m.desk().layout().equals("liveblog")) {
            return null;
        }
        java.time.ZonedDateTime opened = m.date().withZoneSameInstant(config.timeZone());
        List<Integer> lines = new ArrayList<>();
        List<java.time.ZonedDateTime> times = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Heading h && h.getLevel() == 2 && !h.getSourceSpans().isEmpty()) {
                java.util.regex.Matcher e = ENTRY.matcher(io.orbitpress.markdown.MarkdownFacts.plainText(h).strip());
                java.time.ZonedDateTime time = null;
                try {
                    time = e.matches() ? entryTime(e, opened.toLocalDate(), opened) : null;
                } catch (java.time.DateTimeException | NumberFormatException ex) {
                    // no time: told where the parts are made
                }
                lines.add(h.getSourceSpans().get(0).getLineIndex() + 1);
                times.add(time);
            }
        }
        List<Integer> newest = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i) != null) {
                newest.add(i);
            }
        }
        newest.sort(java.util.Comparator.comparing((Integer i) -> times.get(i).toInstant()).reversed());
        int[] place = new int[times.size()];
        for (int i = 0; i < newest.size(); i++) {
            place[newest.get(i)] = i + 1;
        }
        return line -> {
            int part = -1;
            while (part + 1 < lines.size() && lines.get(part + 1) <= line) {
                part++;
            }
            return part < 0 ? 0 : place[part];
        };
    }

    /**
     * Warns of each heading of a live blog that starts with an entry's time but is not of level 2
     * ({@code ### 12:00 ...}): no entry, only part of the one above it, which may be shown far from
     * its time.
     */
    private static void timedHeadingsOfOtherLevels(ArticleMeta m, Node doc, Diagnostics d) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Heading h && h.getLevel() != 2 && !h.getSourceSpans().isEmpty()) {
                String text = io.orbitpress.markdown.MarkdownFacts.plainText(h).strip();
                if (ENTRY.matcher(text).matches()) {
                    org.commonmark.node.SourceSpan at = h.getSourceSpans().get(0);
                    d.warning(m.path(), at.getLineIndex() + m.bodyLine(), at.getColumnIndex() + 1, "the heading \""
                            + text + "\" starts with a time but is a level-" + h.getLevel() + " heading, so it is no"
                            + " entry of the live blog, only part of the one above it; write an entry as a level-2"
                            + " heading: ## " + text);
                }
            }
        }
    }

    /** The key of the place of a live entry's heading, by the entry's id: {@code entry:1143-liftoff}. */
    static final String ENTRY_PLACE = "entry:";

    /** The key of the place of a correction's date, by the correction's id. */
    static final String CORRECTION_PLACE = "correction:";

    /** The key of the place of a series' part number ({@code part:} inside {@code series:}). */
    static final String SERIES_PART_PLACE = "series:part";

    /** A heading that starts with a time written with a dot, {@code 13.05}: not an entry's time. */
    private static final java.util.regex.Pattern DOTTED_TIME =
            java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{2})(?=\\s|$)");

    /** The offset an entry's heading writes ({@code +03:00}, {@code -0400}, {@code UTC+3}): sign, hours, minutes. */
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");

    /**
     * A zone's abbreviation that starts an entry's title ({@code MSK} in {@code ## 14:55 MSK Docking},
     * or a Russian desk's {@code мск}), and the rest.
     */
    private static final java.util.regex.Pattern ZONE_WORD =
            java.util.regex.Pattern.compile("\\(?([A-Z]{2,4}|[Мм][Сс][Кк])\\)?(?![\\p{L}\\d])\\s*[-–—:·|,]?\\s*(.*)");

    /**
     * What to say of an entry whose time, written without an offset, is followed by a zone's
     * abbreviation ({@code ## 14:55 MSK Docking}): the time is read in the site's time zone and the
     * abbreviation stays in the title, so the heading to write instead; null for any other entry.
     */
    private String zoneNamedInTitle(java.util.regex.Matcher e, java.time.ZonedDateTime time, String title) {
        java.util.regex.Matcher z = ZONE_WORD.matcher(title);
        if (e.group(6) != null || !z.matches()) {
            return null;
        }
        String word = z.group(1);
        String latin = word.equalsIgnoreCase("мск") ? "MSK" : word; // a Russian desk's Moscow time
        List<java.util.Map.Entry<String, String>> places = io.orbitpress.frontmatter.ZoneAbbreviations.places(latin);
        java.util.Optional<io.orbitpress.frontmatter.ZoneAbbreviations.Meaning> meaning =
                io.orbitpress.frontmatter.ZoneAbbreviations.meaning(latin);
        if (places.isEmpty() && meaning.isEmpty()) {
            return null;
        }
        String clock = writtenTime(e).toString();
        java.time.LocalDateTime local = java.time.LocalDateTime.of(time.toLocalDate(), writtenTime(e));
        String rest = z.group(2).isEmpty() ? "" : " " + z.group(2);
        String said = "gives its time in " + word + ", which a heading's time does not read: it is read as " + clock
                + " in the site's time zone (" + config.timeZone().getId() + "), and \"" + word + "\" is left in its title; ";
        if (!places.isEmpty()) {
            List<String> each = new ArrayList<>();
            for (java.util.Map.Entry<String, String> place : places) {
                each.add("## " + local.toLocalDate() + "T" + clock
                        + java.time.ZoneId.of(place.getValue()).getRules().getOffset(local) + rest + " for " + place.getKey());
            }
            return said + "write the time with its offset, like " + String.join(", ", each.subList(0, each.size() - 1))
                    + ", or " + each.get(each.size() - 1);
        }
        java.time.ZoneId place = java.time.ZoneId.of(meaning.get().zone());
        if (!word.equals(latin) && !place.equals(config.timeZone())) {
            // a Russian desk's мск: the words a heading reads for Moscow's clock, right on any day
            return said + "write Moscow's clock as a heading reads it, like ## " + clock + " по Москве" + rest;
        }
        java.time.ZoneOffset shown = place.getRules().getOffset(local);
        java.time.ZoneOffset offset = meaning.get().offset() != null ? meaning.get().offset() : shown;
        if (!offset.equals(shown)) {
            // EDT in December, as a desk writes its clock all year: the place's clock that day, or the offset as said
            String city = place.getId().substring(place.getId().lastIndexOf('/') + 1).replace('_', ' ');
            return said + city + "'s clock is at " + shown + " on " + local.toLocalDate() + ", not " + offset
                    + ": for its time, " + (shown.equals(time.getOffset())
                            ? "which is the site's clock, leave \"" + word + "\" out, like ## " + clock + rest
                            : "write ## " + local.toLocalDate() + "T" + clock + shown + rest)
                    + "; for " + offset + " write ## " + local.toLocalDate() + "T" + clock + offset + rest;
        }
        if (offset.equals(time.getOffset())) {
            return said + "that is the site's clock, so leave it out, like ## " + clock + rest;
        }
        return said + "write the time with its offset, like ## " + local.toLocalDate() + "T" + clock + offset + rest;
    }

    /** A clock a heading's time does not read, in Russian: {@code по местному времени}, {@code по Новосибирску}. */
    private static final java.util.regex.Pattern OTHER_CLOCK = java.util.regex.Pattern.compile(
            "\\(?по\\s+(?:\\p{L}+ому\\s+времени|\\p{Lu}\\p{L}+у)\\)?(?![\\p{L}\\d])");

    /**
     * What to say of an entry whose time is followed by a clock it does not read ({@code ## 18:00 по
     * местному времени}): the time is read in the site's time zone, and the forms that are read.
     */
    private String otherClock(java.util.regex.Matcher e, java.util.regex.Matcher clock) {
        clock.lookingAt();
        String at = writtenTime(e).toString();
        return "gives its time by a clock a heading's time does not read (\"" + clock.group() + "\"): it is read as "
                + at + " in the site's time zone (" + config.timeZone().getId() + "); write the clock it is on as one of"
                + " ## " + at + " по Москве, ## " + at + " по Гринвичу, ## " + at + " UTC+3 or ## " + at + " +3, or for"
                + " the site's own clock the time alone";
    }

    /**
     * A title that starts with a sign and a whole hour an offset may be ({@code +3 Стыковка}): words
     * follow, so it may as well be a number of the title's ({@code -15 градусов}, {@code +30 секунд}),
     * and is read as one.
     */
    private static final java.util.regex.Pattern SIGNED_WORDS = java.util.regex.Pattern.compile(
            "([+-])(1[0-4]|0?\\d)\\s+\\p{L}");

    /**
     * What to say of an entry whose title starts with what may be an offset ({@link #SIGNED_WORDS}):
     * it is read as the title's, the time in the site's time zone, and how to write it as the clock.
     */
    private String signedWords(java.util.regex.Matcher e, String title) {
        java.util.regex.Matcher signed = SIGNED_WORDS.matcher(title);
        signed.lookingAt();
        String at = writtenTime(e).toString();
        String offset = signed.group(1) + Integer.parseInt(signed.group(2));
        String rest = title.substring(signed.end(2)).strip();
        return "is read as " + at + " in the site's time zone (" + config.timeZone().getId() + "), \""
                + title.substring(0, signed.end(2)) + "\" starting its title; if " + offset + " is the clock it is on,"
                + " write ## " + at + " " + offset + " — " + rest + " or ## " + at + " UTC" + offset + " " + rest;
    }

    /**
     * A clock named in parentheses at the end of an entry's title ({@code ## 08:27 Стыковка (по
     * Москве)}, {@code (MSK)}, {@code (UTC+3)}), where a heading's time does not read it.
     */
    private static final java.util.regex.Pattern CLOCK_AT_END = java.util.regex.Pattern.compile(
            "\\s\\((по\\s+(?:Москве|московскому\\s+времени|Гринвичу)|[Мм][Сс][Кк]|MSK|(?:UTC|GMT)\\s?[+-]\\d{1,2}(?::?\\d{2})?)\\)\\s*$");

    /**
     * What to say of an entry whose clock is named after its title ({@link #CLOCK_AT_END}): the time is
     * read in the site's time zone, and the clock is read when written right after the time.
     */
    private String clockAtEnd(java.util.regex.Matcher e, String title) {
        java.util.regex.Matcher clock = CLOCK_AT_END.matcher(title);
        clock.find();
        String at = writtenTime(e).toString();
        String named = clock.group(1);
        String written = named.equalsIgnoreCase("мск") || named.equals("MSK") ? "по Москве" : named;
        return "names its clock after its title (\"" + named + "\"), where a heading's time does not read it: it is"
                + " read as " + at + " in the site's time zone (" + config.timeZone().getId() + "); write the clock"
                + " right after the time, like ## " + at + " " + written + " " + title.substring(0, clock.start()).strip();
    }

    /** The time of day an entry's heading gives ({@link #ENTRY}), as written. */
    private static java.time.LocalTime writtenTime(java.util.regex.Matcher e) {
        int hour = Integer.parseInt(e.group(2));
        if (e.group(5) != null) { // 12:30 a.m. is 00:30, 2:05 p.m. is 14:05
            if (hour < 1 || hour > 12) {
                throw new java.time.DateTimeException("hour " + hour + " with a.m. or p.m.");
            }
            hour = hour % 12 + (Character.toLowerCase(e.group(5).charAt(0)) == 'p' ? 12 : 0);
        }
        return java.time.LocalTime.of(hour, Integer.parseInt(e.group(3)), e.group(4) == null ? 0 : Integer.parseInt(e.group(4)));
    }

    /** The time an entry's heading gives ({@link #ENTRY}), on {@code day} when it gives no day. */
    private java.time.ZonedDateTime entryTime(java.util.regex.Matcher e, java.time.LocalDate day) {
        String[] named = e.group(1) == null ? new String[0] : e.group(1).split(" ");
        java.time.LocalDate on = named.length > 1 // 27 ноября, 27 ноября 2025
                ? java.time.LocalDate.of(named.length > 2 ? Integer.parseInt(named[2]) : day.getYear(),
                        RUSSIAN_MONTH_NAMES.indexOf(named[1]) + 1, Integer.parseInt(named[0]))
                : e.group(1) == null ? day : e.group(1).contains(".")
                ? java.time.LocalDate.parse(e.group(1), java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                : java.time.LocalDate.parse(e.group(1));
        java.time.LocalTime at = writtenTime(e);
        String zone = e.group(6) == null ? null : e.group(6).strip();
        if (zone == null) {
            return java.time.ZonedDateTime.of(on, at, config.timeZone());
        }
        if (zone.contains("Москв") || zone.contains("московск")) { // по Москве: Moscow's clock
            return java.time.ZonedDateTime.of(on, at, java.time.ZoneId.of("Europe/Moscow"))
                    .withZoneSameInstant(config.timeZone());
        }
        java.util.regex.Matcher o = OFFSET.matcher(zone);
        java.time.ZoneOffset offset = !o.find() ? java.time.ZoneOffset.UTC // Z, UTC, GMT
                : java.time.ZoneOffset.ofHoursMinutes((o.group(1).equals("-") ? -1 : 1) * Integer.parseInt(o.group(2)),
                        (o.group(1).equals("-") ? -1 : 1) * (o.group(3) == null ? 0 : Integer.parseInt(o.group(3))));
        return java.time.OffsetDateTime.of(on, at, offset).atZoneSameInstant(config.timeZone());
    }

    /** Where the heading {@code text} stands in the article's file (its first line when not found). */
    private static int[] headingPlace(ArticleMeta m, String[] lines, String text) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#") && line.contains(text)) {
                return new int[] {m.bodyLine() + i, lines[i].indexOf('#') + 1};
            }
        }
        return new int[] {1, 1};
    }

    /** The lead picture and the body's pictures and embeds, each in the body replaced by its marker. */
    private static Media media(ArticleMeta m, Node doc, Diagnostics d) {
        MediaNodes.Found found = MediaNodes.replace(doc, m.bodyLine());
        for (MediaNodes.Problem p : found.problems()) {
            if (p.error()) {
                d.error(m.path(), p.line(), p.column(), p.message());
            } else {
                d.warning(m.path(), p.line(), p.column(), p.message());
            }
        }
        Picture lead = LeadImages.read(m, d);
        return lead == null && found.pictures().isEmpty() && found.embeds().isEmpty() ? Media.NONE
                : new Media(lead, found.pictures(), found.embeds());
    }
}
