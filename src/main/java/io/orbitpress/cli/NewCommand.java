package io.orbitpress.cli;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.content.Slugs;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.scaffold.NewFile;
import io.orbitpress.scaffold.Scaffold;
import io.orbitpress.scaffold.StarterSite;
import io.orbitpress.source.ContentFolder;
import io.orbitpress.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code orbitpress new}: starts a content file with its front matter filled in; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new site, article, person, mission or organization file. An existing file is never replaced.",
        subcommands = {NewCommand.NewSite.class, NewCommand.Article.class, NewCommand.Person.class, NewCommand.Mission.class,
                NewCommand.Organization.class})
final class NewCommand implements Runnable {

    Path source = Path.of(".");

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "the site folder holding content/ (default: .)")
    void source(Path dir) {
        source = SiteOptions.existingFolder(spec.commandLine(), dir);
    }

    /** {@code new} alone names nothing to create: a usage error (exit 2), with the usage on stderr. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing required subcommand: site, article, person, mission or organization");
    }

    @Command(name = "site", mixinStandardHelpOptions = true,
            description = {"Start a site in FOLDER (new, empty, or holding none of the starter's files): content/ with site.yaml, an example article, person"
                    + " and mission; a pom.xml that builds it with the Orbitpress Maven plugin; .gitignore; a GitHub"
                    + " Pages workflow. No templates/: the built-in theme has them all.",
                    "Then: cd FOLDER && mvn orbitpress:serve (or orbitpress serve)."})
    static final class NewSite implements Callable<Integer> {

        @ParentCommand
        NewCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FOLDER", description = "the site folder to make")
        Path folder;

        @Option(names = "--title", paramLabel = "TITLE", description = "the site's title (default: made from the folder's name)")
        String title;

        /** Run by {@code mvn orbitpress:new}: the next steps are Maven goals. */
        @Option(names = "--maven-goals", hidden = true)
        boolean mavenGoals;

        @Override
        public Integer call() throws IOException {
            Path root = folder.toAbsolutePath().normalize();
            String name = root.getFileName() == null ? "site" : root.getFileName().toString();
            java.util.Map<String, String> files = StarterSite.files(title == null || title.isBlank()
                    ? StarterSite.title(name) : title.strip(), StarterSite.artifactId(name), Version.version());
            String shown = folder.toString();
            if (Files.exists(root) && !Files.isDirectory(root)) {
                return parent.fail(spec, shown + " is a file; give a folder to make the site in");
            }
            // a repository made on GitHub with its README and .gitignore: both kept, the ignores added to it
            List<String> kept = new ArrayList<>();
            if (Files.isRegularFile(root.resolve("README.md"))) {
                files.remove("README.md");
                kept.add("kept README.md");
            }
            String ignores = null;
            if (Files.isRegularFile(root.resolve(".gitignore"))) {
                ignores = files.remove(".gitignore");
            }
            List<String> there = new ArrayList<>();
            for (String f : files.keySet()) {
                if (Files.exists(root.resolve(f))) {
                    there.add(f);
                }
            }
            if (Files.isDirectory(root.resolve("content")) && !there.contains("content/site.yaml")) {
                there.add("content/");
            }
            if (!there.isEmpty()) {
                return parent.fail(spec, shown + " already holds " + String.join(", ", there)
                        + "; nothing was written (give a new or empty folder)");
            }
            int written = 0;
            for (java.util.Map.Entry<String, String> f : files.entrySet()) {
                try {
                    if (!NewFile.write(root.resolve(f.getKey()), f.getValue())) {
                        return parent.fail(spec, shown + "/" + f.getKey() + " appeared while the site was written; left"
                                + " as it is");
                    }
                } catch (IOException e) {
                    return parent.fail(spec, "cannot write " + shown + "/" + f.getKey() + " (" + reason(e) + "); "
                            + (written == 0 ? "nothing was written" : "the " + written + " files before it were")
                            + "; give a folder you can write in");
                }
                written++;
            }
            if (ignores != null) {
                try {
                    if (addLines(root.resolve(".gitignore"), ignores)) {
                        kept.add("added Orbitpress's lines to .gitignore");
                    }
                } catch (IOException e) {
                    return parent.fail(spec, "cannot add to " + shown + "/.gitignore (" + reason(e) + "); the site's"
                            + " other files were written: add these lines to it: " + String.join(" ", ignores.lines()
                                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList()));
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created a site in " + shown + ": " + String.join(", ", files.keySet())
                    + (kept.isEmpty() ? "" : "; " + String.join(", ", kept)));
            // the site made in the current folder ("new site ."): no folder to change to
            boolean here = root.equals(Path.of("").toAbsolutePath().normalize());
            out.println("Next: " + (here ? "" : "cd " + shellWord(shown) + ", then ") + (mavenGoals
                    ? "mvn orbitpress:serve to preview it and mvn orbitpress:build to build site/"
                    : "orbitpress serve to preview it and orbitpress build to build site/; or, once mvn install in the"
                            + " Orbitpress folder has installed the plugin, mvn orbitpress:serve and mvn"
                            + " orbitpress:build"));
            if (kept.contains("kept README.md")) {
                // the starter's README, not written, is where a newsroom reads how the site gets published
                out.println("To publish on GitHub Pages: set the repository's Settings > Pages > Source to \"GitHub"
                        + " Actions\" before the first push, and see the first lines of .github/workflows/pages.yml"
                        + " for the plugin its runner needs");
            }
            out.flush();
            return 0;
        }
    }

    /** Adds to {@code file} the lines of {@code text} it lacks (in order, comments left out); whether it added any. */
    static boolean addLines(Path file, String text) throws IOException {
        String have = Files.readString(file);
        java.util.Set<String> lines = new java.util.HashSet<>(have.lines().map(String::strip).toList());
        StringBuilder add = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#") && !lines.contains(line.strip())) {
                add.append(line).append('\n');
            }
        }
        if (add.isEmpty()) {
            return false;
        }
        Files.writeString(file, (have.isEmpty() || have.endsWith("\n") ? "" : "\n") + "\n# Orbitpress\n" + add,
                java.nio.file.StandardOpenOption.APPEND);
        return true;
    }

    @Command(name = "article", mixinStandardHelpOptions = true,
            description = "Write content/articles/<slug>.md (content/articles/<lang>/<slug>.md in another language"
                    + " than the default), the slug made from the title.")
    static final class Article implements Callable<Integer> {

        @ParentCommand
        NewCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TITLE", description = "the headline, in quotes")
        String title;

        @Option(names = "--date", paramLabel = "DATE", description = "the article's date, a day (2025-07-30) or a time"
                + " (2025-07-30T14:05:00-04:00; without an offset, in the site's time zone) (default: now, to the minute)")
        String date;

        @Option(names = "--people", split = ",", paramLabel = "ID", description = "ids of people the article is about")
        List<String> people = new ArrayList<>();

        @Option(names = "--missions", split = ",", paramLabel = "ID", description = "ids of missions the article is about")
        List<String> missions = new ArrayList<>();

        @Option(names = "--organizations", split = ",", paramLabel = "ID", description = "ids of organizations")
        List<String> organizations = new ArrayList<>();

        @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "topics")
        List<String> tags = new ArrayList<>();

        @Option(names = "--authors", split = ",", paramLabel = "ID", description = "ids of the registered authors who"
                + " sign it (content/authors/<id>.md)")
        List<String> authors = new ArrayList<>();

        @Option(names = "--author", paramLabel = "TEXT", description = "its byline as text: guests with no file beside"
                + " --authors (\"Jane Guest\"), or names (\"Jane Guest and Mira Castell\"; registered ones are linked)")
        String author;

        @Option(names = "--lang", paramLabel = "CODE", description = "the article's language, one of site.yaml's"
                + " languages (default: the site's)")
        String lang;

        @Option(names = "--translation-of", paramLabel = "FILE", description = "the story this one translates, in"
                + " another language: its file name (without .md), its path (ru/gagarin, content/articles/ru/gagarin.md)"
                + " or the last part of its address; the two link to each other")
        String translationOf;

        @Option(names = "--follow-up", paramLabel = "FILE", description = "the story this one follows up, named as"
                + " for --translation-of: the new one is in its language, with its topics, series (the next part),"
                + " people, missions and organizations unless given")
        String followUp;

        @Option(names = "--layout", paramLabel = "NAME", description = "the layout it is told in: liveblog (timed"
                + " entries), explainer, or one of the site's templates/article-NAME.html")
        String layout;

        @Override
        public Integer call() throws IOException {
            Site site = parent.site(spec);
            if (site == null) {
                return Failures.CONTENT;
            }
            if (followUp != null && translationOf != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--follow-up and --translation-of:"
                        + " give one; a follow-up is a story of its own, a translation the same story in another language");
            }
            if (layout != null) {
                layout = layout.strip();
                java.util.Set<String> layouts = layouts(site.root());
                if (!layouts.contains(layout)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--layout: no layout \""
                            + layout + "\"; " + io.orbitpress.diag.Spelling.closest(layout, List.copyOf(layouts))
                            .map(m -> "did you mean \"" + m + "\"? ").orElse("") + "The site's layouts: "
                            + String.join(", ", layouts) + " (or add templates/article-" + layout + ".html)");
                }
            }
            Path articles = site.root().resolve("content/articles");
            io.orbitpress.frontmatter.FrontMatter followedFm = null;
            io.orbitpress.config.Language followedLanguage = null;
            Path followedFile = null;
            if (followUp != null) {
                followUp = followUp.strip().replaceFirst("(?i)\\.(md|markdown)$", "");
                Optional<Path> followed = original(articles, followUp);
                if (followed.isEmpty()) {
                    return parent.fail(spec, "--follow-up: no story content/articles/" + followUp
                            + ".md (or in a language folder); give the file name of the story this one follows, its"
                            + " path below content/articles/, or the last part of its address");
                }
                followedFile = followed.get();
                followedFm = frontMatter(followed.get());
                followedLanguage = languageOf(articles, followed.get(), followedFm, site.config());
            }
            io.orbitpress.config.Language language = followedLanguage != null ? followedLanguage
                    : site.config().defaultLanguage();
            if (lang != null) {
                Optional<io.orbitpress.config.Language> l = site.config().language(lang.strip());
                if (l.isEmpty()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang: "
                            + site.config().notALanguage(lang, lang));
                }
                language = l.get();
            }
            Path folder = language.isDefault() ? articles : articles.resolve(language.code());
            String key = "";
            String embargo = null;
            io.orbitpress.frontmatter.FrontMatter originalFm = null;
            if (translationOf != null) {
                // its file name, with its ending (.md, .markdown, in any case) or without
                translationOf = translationOf.strip().replaceFirst("(?i)\\.(md|markdown)$", "");
                Optional<Path> original = original(articles, translationOf);
                if (original.isEmpty()) {
                    return parent.fail(spec, "--translation-of: no story content/articles/" + translationOf.strip()
                            + ".md (or in a language folder); give the file name of the story this one translates, its"
                            + " path below content/articles/, or the last part of its address");
                }
                io.orbitpress.frontmatter.FrontMatter fm = frontMatter(original.get());
                originalFm = fm;
                key = translationKey(site.root(), original.get(), fm, site.config());
                embargo = embargo(fm, site.config().timeZone());
                Optional<Path> version = version(articles, key, language, site.config());
                if (version.isPresent()) {
                    return parent.fail(spec, "--translation-of: " + site.root().relativize(version.get()).toString()
                            .replace('\\', '/') + " is already the " + language.code() + " version of "
                            + translationOf.strip() + " (translationKey \"" + key + "\"); edit it, or give another --lang");
                }
            }
            String slug = Slugs.make(title);
            if (slug.isEmpty()) {
                return parent.fail(spec, "cannot make a file name from \"" + title + "\"; use a title with letters or digits");
            }
            Map<String, List<String>> given = Map.of("people", people, "missions", missions, "organizations", organizations);
            // --authors sign it as the first kind of authors (a kind with byline keys) does
            EntityKind authorsKind = site.config().kinds().stream().filter(EntityKind::bylines).findFirst().orElse(null);
            List<String> signers = authors.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!signers.isEmpty() && authorsKind == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--authors: this site has no kind"
                        + " of authors (a kind with bylineKeys in site.yaml); sign the story with --author \"Name\"");
            }
            Map<EntityKind, List<String>> ids = new LinkedHashMap<>();
            Map<EntityKind, List<String>> signedIds = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (EntityKind kind : site.config().kinds()) {
                List<String> list = kind.bylinesOnly() ? List.of() : given.getOrDefault(kind.key(), List.of()).stream()
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (list.isEmpty() && originalFm != null && !kind.bylinesOnly()) {
                    list = idsIn(originalFm, kind.frontMatterKeys()); // a translation is about what its original is about
                }
                if (list.isEmpty() && followedFm != null && !kind.bylinesOnly()) {
                    list = idsIn(followedFm, kind.frontMatterKeys()); // and a follow-up about what the story before it is
                }
                List<String> signing = kind == authorsKind ? signers : List.of();
                if (signing.isEmpty() && originalFm != null && kind.bylines()) {
                    signing = idsIn(originalFm, kind.bylineKeys()); // and signed by its authors
                }
                ids.put(kind, list);
                signedIds.put(kind, signing);
                List<String> known = site.ids(kind);
                io.orbitpress.content.RenamedIds renamed = null;
                for (String id : java.util.stream.Stream.concat(list.stream(), signing.stream()).distinct().toList()) {
                    if (!known.contains(id)) {
                        // what a build would say: the id the file has now, or the id meant
                        renamed = renamed == null ? site.renamed(kind) : renamed;
                        unknown.add(renamed.unknownId(kind, id).orElseGet(() -> io.orbitpress.diag.Spelling
                                .closest(id, known).isPresent() ? kind.unknownId(id, known) : "unknown "
                                + kind.singular().toLowerCase(java.util.Locale.ROOT) + " \"" + id + "\"; add content/"
                                + kind.folder() + "/" + id + ".md (orbitpress new " + NewCommand.command(kind)
                                + " \"Name\") or fix the id"));
                    }
                }
            }
            if (!unknown.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                unknown.forEach(err::println);
                err.println("nothing was written");
                err.flush();
                return Failures.CONTENT;
            }
            // the time it is written, as a newsroom dates a story: it sorts after the stories before it that day
            String when = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    java.time.ZonedDateTime.now(site.config().timeZone()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            if (date != null) {
                io.orbitpress.frontmatter.DateValue.Result r = io.orbitpress.frontmatter.DateValue.parse(date,
                        site.config().timeZone());
                if (!r.ok()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--date: " + r.problem());
                }
                when = date.strip();
            } else if (originalFm != null) {
                // a translation is the same story: dated as its original, not when it is written (a later
                // time would show the version as news of its own, or, with an embargo, a time before it)
                String originalDate = originalFm.text("date", new io.orbitpress.diag.Diagnostics()).orElse("").strip();
                if (!originalDate.isEmpty() && io.orbitpress.frontmatter.DateValue.parse(originalDate,
                        site.config().timeZone()).ok()) {
                    when = originalDate;
                }
            }
            Path file = folder.resolve(slug + ".md");
            // "crew-12, ISS": the topics as written, without the spaces after the commas
            List<String> topics = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
            if (topics.isEmpty() && followedFm != null) {
                // a list's topics as they are ("обмен местами"), a text's apart at commas, else at spaces
                io.orbitpress.frontmatter.FrontMatter before = followedFm;
                topics = before.node("tags").map(n -> n.isString()
                        ? java.util.Arrays.stream(n.asString().split(n.asString().contains(",") ? "," : "\\s+"))
                                .map(String::strip).filter(t -> !t.isEmpty()).toList()
                        : idsIn(before, List.of("tags"))).orElse(List.of());
            }
            // a translation is signed as its original is: its author: text too, the guests beside its authors'
            // ids; but the site's own byline (site.yaml's author in any language) is the site's in its language
            String byline = author != null ? author.strip() : originalFm == null ? ""
                    : originalFm.text("author", new io.orbitpress.diag.Diagnostics()).orElse("").strip();
            if (author == null && siteByline(site.config(), byline)) {
                byline = "";
            }
            String text = Scaffold.article(title, when, topics, ids, new Scaffold.Signed(signedIds, byline),
                    language.code(), key);
            String after = (followedFm == null ? "" : series(followedFm, articles))
                    + (layout == null ? "" : "layout: " + layout + "\n");
            if (!after.isEmpty()) {
                text = text.replaceFirst("\ntags: [^\n]*\n", "$0" + java.util.regex.Matcher.quoteReplacement(after));
            }
            if (embargo != null) {
                // a translation of an embargoed story waits with it: else it would tell the story first
                text = text.replaceFirst("\ndate: [^\n]*\n", "$0" + java.util.regex.Matcher.quoteReplacement(
                        "publishDate: " + embargo + "   # " + translationOf.strip() + "'s embargo\n"));
            }
            if (followedFile != null) {
                // a link back, by the earlier story's file: the build writes its address, and keeps it when it moves
                String path = file.getParent().relativize(followedFile).toString().replace('\\', '/');
                text += "\n" + Scaffold.earlier(followedFm.text("title", new Diagnostics()).orElse(followUp).strip(),
                        path, language.code()) + "\n";
            }
            return parent.create(spec, file, text,
                    " as a draft: builds leave it out until you remove its line draft: true"
                    + " (the preview, serve, shows drafts)");
        }

        /**
         * The {@code series:} line of a follow-up to a story with front matter {@code fm}: its series,
         * the part after the highest of the series' stories in {@code articles} when its part is
         * numbered (a follow-up to part 2 of a series of three is part 4); "" for a story in no series.
         */
        private static String series(io.orbitpress.frontmatter.FrontMatter fm, Path articles) throws IOException {
            tools.jackson.databind.JsonNode n = seriesNode(fm);
            if (n == null) {
                return "";
            }
            if (n.isString() && !n.asString().isBlank()) {
                return "series: " + Scaffold.quoted(n.asString().strip()) + "\n";
            }
            tools.jackson.databind.JsonNode name = n.isObject() ? n.get("name") : null;
            if (name == null || !name.isString() || name.asString().isBlank()) {
                return "";
            }
            tools.jackson.databind.JsonNode part = n.get("part");
            return part != null && part.canConvertToInt()
                    ? "series: {name: " + Scaffold.quoted(name.asString().strip()) + ", part: "
                            + (Math.max(part.asInt(), highestPart(articles, name.asString().strip())) + 1) + "}\n"
                    : "series: " + Scaffold.quoted(name.asString().strip()) + "\n";
        }

        /** A story's {@code series:} as written: a name or a map, the one of Hugo's list of one; null for none. */
        private static tools.jackson.databind.JsonNode seriesNode(io.orbitpress.frontmatter.FrontMatter fm) {
            tools.jackson.databind.JsonNode n = fm.node("series").orElse(null);
            if (n != null && n.isArray()) {
                n = n.isEmpty() ? null : n.get(0); // Hugo's list of one
            }
            return n;
        }

        /** The highest numbered part of the series {@code name} among the stories in {@code articles}; 0 for none. */
        private static int highestPart(Path articles, String name) throws IOException {
            int highest = 0;
            for (Path f : storyFiles(articles)) {
                io.orbitpress.frontmatter.FrontMatter other;
                try {
                    String text = Files.readString(f);
                    if (!text.contains(name)) {
                        continue; // most stories: not read as front matter
                    }
                    other = frontMatter(text, f);
                } catch (IOException | RuntimeException e) {
                    continue; // a file the build tells of; it numbers no part here
                }
                tools.jackson.databind.JsonNode n = seriesNode(other);
                tools.jackson.databind.JsonNode named = n != null && n.isObject() ? n.get("name") : null;
                tools.jackson.databind.JsonNode part = n != null && n.isObject() ? n.get("part") : null;
                if (named != null && named.isString() && named.asString().strip().equals(name) && part != null
                        && part.canConvertToInt()) {
                    highest = Math.max(highest, part.asInt());
                }
            }
            return highest;
        }

        /**
         * The language of the story {@code file}: its {@code lang:}, else its language folder
         * ({@code content/articles/ru/...}), else the site's.
         */
        private static io.orbitpress.config.Language languageOf(Path articles, Path file,
                io.orbitpress.frontmatter.FrontMatter fm, SiteConfig config) {
            Optional<io.orbitpress.config.Language> written = fm.text("lang", new Diagnostics())
                    .flatMap(l -> config.language(l.strip()));
            if (written.isPresent()) {
                return written.get();
            }
            Path below = articles.relativize(file);
            return below.getNameCount() > 1 ? config.languageOrDefault(below.getName(0).toString())
                    : config.defaultLanguage();
        }

        /** The layouts a site offers: its own templates/article-NAME.html and the built-in theme's. */
        private static java.util.Set<String> layouts(Path root) throws IOException {
            java.util.Set<String> out = new java.util.TreeSet<>();
            java.util.regex.Pattern layout = java.util.regex.Pattern.compile("article-([a-z0-9_-]+)\\.html");
            List<String> names = new ArrayList<>(io.orbitpress.theme.Theme.builtIn().templates());
            if (Files.isDirectory(root.resolve("templates"))) {
                try (java.util.stream.Stream<Path> files = Files.list(root.resolve("templates"))) {
                    files.forEach(f -> names.add(f.getFileName().toString()));
                }
            }
            for (String name : names) {
                java.util.regex.Matcher m = layout.matcher(name);
                if (m.matches()) {
                    out.add(m.group(1));
                }
            }
            return out;
        }

        /**
         * The ids that front matter {@code fm} lists under {@code keys}: a kind's keys ({@code people: [...]}) or its
         * byline keys ({@code authors: [...]}), for a translation about what its original is about, signed as it is.
         */
        private static List<String> idsIn(io.orbitpress.frontmatter.FrontMatter fm, List<String> keys) {
            List<String> out = new ArrayList<>();
            for (String k : keys) {
                fm.node(k).ifPresent(n -> {
                    for (tools.jackson.databind.JsonNode v : n.isArray() ? n : List.of(n)) {
                        if (v.isString() && !v.asString().isBlank() && !out.contains(v.asString().strip())) {
                            out.add(v.asString().strip());
                        }
                    }
                });
            }
            return out;
        }

        /**
         * The story {@code name}.md (or {@code name}/index.md, a page bundle) in the articles' folder,
         * else in one of its language folders.
         */
        private static Optional<Path> original(Path articles, String given) throws IOException {
            // as a shell completes it (content/articles/ru/gagarin.md), below the articles (ru/gagarin), or its name
            String name = given.replace('\\', '/').replaceFirst("^(\\./)+", "").replaceFirst("^content/articles/", "");
            if (name.isEmpty() || name.startsWith(".") || name.startsWith("/") || name.contains("/../")
                    || name.contains("//")) {
                return Optional.empty();
            }
            if (name.contains("/")) {
                return story(articles, name).map(Path::normalize).filter(p -> p.startsWith(articles));
            }
            Optional<Path> byName = byName(articles, name);
            return byName.isPresent() ? byName : bySlug(articles, name);
        }

        private static Optional<Path> byName(Path articles, String name) throws IOException {
            Optional<Path> here = story(articles, name);
            if (here.isPresent() || !Files.isDirectory(articles)) {
                return here;
            }
            try (java.util.stream.Stream<Path> folders = Files.list(articles)) {
                return folders.flatMap(f -> story(f, name).stream()).sorted().findFirst();
            }
        }

        /**
         * The story {@code name} in {@code folder}: {@code name}.md, else the page bundle {@code
         * name}/index.md; either with the ending {@code .markdown} or in capitals, as builds read them.
         */
        private static Optional<Path> story(Path folder, String name) {
            Path file = folder.resolve(name);
            return storyFile(file.getParent(), file.getFileName().toString()).or(() -> storyFile(file, "index"));
        }

        /** The Markdown file {@code base}.md in {@code folder}, else {@code base} with another Markdown ending. */
        private static Optional<Path> storyFile(Path folder, String base) {
            if (folder == null || !Files.isDirectory(folder)) {
                return Optional.empty();
            }
            if (Files.isRegularFile(folder.resolve(base + ".md"))) {
                return Optional.of(folder.resolve(base + ".md"));
            }
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> {
                    String n = f.getFileName().toString();
                    return n.length() > base.length() && n.startsWith(base)
                            && n.substring(base.length()).matches("(?i)\\.(md|markdown)") && Files.isRegularFile(f);
                }).sorted().findFirst();
            } catch (IOException | java.io.UncheckedIOException e) {
                return Optional.empty();
            }
        }

        /**
         * The story whose address ends in {@code slug}, as an editor copies it from the page
         * ({@code yelka} for {@code ru/ёлка.md}): by its {@code slug:} line, else by its file name;
         * else a story renamed since, whose {@code aliases:} (or {@code redirect_from:}) keep that
         * address.
         */
        private static Optional<Path> bySlug(Path articles, String slug) throws IOException {
            if (!Files.isDirectory(articles) || !slug.matches("[\\p{L}\\p{N}-]+")) {
                return Optional.empty();
            }
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("(?m)^slug:\\s*[\"']?"
                    + java.util.regex.Pattern.quote(slug) + "[\"']?\\s*$");
            try (java.util.stream.Stream<Path> files = Files.walk(articles, 3)) {
                for (Path f : files.filter(io.orbitpress.source.ContentFolder::isMarkdown).sorted().toList()) {
                    String base = f.getFileName().toString().replaceFirst("(?i)\\.(md|markdown)$", "");
                    base = base.equalsIgnoreCase("index") ? f.getParent().getFileName().toString() : base;
                    if (io.orbitpress.content.Slugs.make(base).equals(slug) || line.matcher(head(f)).find()) {
                        return Optional.of(f);
                    }
                }
                return renamed(articles, slug);
            } catch (java.io.UncheckedIOException | java.nio.charset.MalformedInputException e) {
                return Optional.empty();
            }
        }

        /** The story whose {@code aliases:} (or {@code redirect_from:}) keep an address ending in {@code slug}. */
        private static Optional<Path> renamed(Path articles, String slug) throws IOException {
            java.util.regex.Pattern address = java.util.regex.Pattern.compile("/" + java.util.regex.Pattern.quote(slug)
                    + "/?(?=[\"'\\],\\s]|$)");
            try (java.util.stream.Stream<Path> files = Files.walk(articles, 3)) {
                for (Path f : files.filter(io.orbitpress.source.ContentFolder::isMarkdown).sorted().toList()) {
                    boolean inList = false;
                    for (String l : head(f).split("\n")) {
                        boolean key = l.matches("(aliases|redirect_from):.*");
                        inList = key || (inList && l.matches("\\s*-\\s.*")); // not the closing ---
                        if (inList && address.matcher(key ? l.substring(l.indexOf(':')) : l).find()) {
                            return Optional.of(f);
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /** The first 40 lines of {@code file}, where its front matter's {@code slug:} stands: not the whole story. */
        private static String head(Path file) throws IOException {
            StringBuilder out = new StringBuilder();
            try (java.io.BufferedReader in = Files.newBufferedReader(file)) {
                String l;
                for (int n = 0; n < 40 && (l = in.readLine()) != null; n++) {
                    out.append(l).append('\n');
                }
            }
            return out.toString();
        }

        /**
         * When the story at {@code original} comes out (its {@code publishDate}, else its {@code date}),
         * as an ISO date-time, when that is still to come; null for a story out already.
         */
        private static String embargo(io.orbitpress.frontmatter.FrontMatter fm, java.time.ZoneId zone) {
            io.orbitpress.diag.Diagnostics ignored = new io.orbitpress.diag.Diagnostics();
            Optional<String> when = fm.text("publishDate", ignored).or(() -> fm.text("publishdate", ignored))
                    .or(() -> fm.text("date", ignored));
            if (when.isEmpty()) {
                return null;
            }
            io.orbitpress.frontmatter.DateValue.Result r = io.orbitpress.frontmatter.DateValue.parse(when.get(), zone);
            if (!r.ok() || !r.value().toInstant().isAfter(java.time.Instant.now())) {
                return null;
            }
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.value());
        }

        /** The story in {@code language} whose versions share {@code key}, if one is written. */
        private static Optional<Path> version(Path articles, String key, io.orbitpress.config.Language language,
                io.orbitpress.config.SiteConfig config) throws IOException {
            for (Path f : storyFiles(articles)) {
                io.orbitpress.diag.Diagnostics ignored = new io.orbitpress.diag.Diagnostics();
                io.orbitpress.frontmatter.FrontMatter fm;
                try {
                    fm = frontMatter(f);
                } catch (IOException | RuntimeException e) {
                    continue; // a file the build will tell about
                }
                // its language: lang:, else the language folder it is in, else the site's
                Path folder = articles.relativize(f).getNameCount() > 1 ? articles.relativize(f).getName(0) : null;
                String lang = fm.text("lang", ignored).map(String::strip).orElse(folder != null
                        && config.language(folder.toString()).isPresent() ? folder.toString()
                                : config.defaultLanguage().code());
                if (lang.equals(language.code()) && translationKey(articles.getParent().getParent(), f, fm, config)
                        .equals(key)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** The story files below {@code articles}, in order; none when there is no such folder. */
        private static List<Path> storyFiles(Path articles) throws IOException {
            if (!Files.isDirectory(articles)) {
                return List.of();
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(articles)) {
                return walk.filter(f -> ContentFolder.isMarkdown(f) && Files.isRegularFile(f)).sorted().toList();
            }
        }

        /** The front matter of the story at {@code file}, its problems left to the build. */
        private static io.orbitpress.frontmatter.FrontMatter frontMatter(Path file) throws IOException {
            return frontMatter(Files.readString(file), file);
        }

        /** The front matter of {@code text}, the story at {@code file}, its problems left to the build. */
        private static io.orbitpress.frontmatter.FrontMatter frontMatter(String text, Path file) {
            return new io.orbitpress.frontmatter.FrontMatterParser().parse(io.orbitpress.frontmatter.FrontMatterSplitter
                    .split(text), file.toString(), new io.orbitpress.diag.Diagnostics());
        }

        /**
         * What links a story's versions, as its front matter {@code fm} gives it: its {@code translationKey}, else its
         * {@code slug}, else the slug its file name makes.
         */
        private static String translationKey(Path root, Path original, io.orbitpress.frontmatter.FrontMatter fm,
                io.orbitpress.config.SiteConfig config) {
            io.orbitpress.diag.Diagnostics ignored = new io.orbitpress.diag.Diagnostics();
            Optional<String> given = fm.text("translationKey", ignored).or(() -> fm.text("slug", ignored))
                    .map(String::strip).filter(s -> !s.isEmpty());
            if (given.isPresent()) {
                return given.get();
            }
            return Slugs.ofFile(io.orbitpress.content.ArticleReader.storyName(root.relativize(original).toString()
                    .replace('\\', '/'), config), config.unicodeSlugs());
        }
    }

    @Command(name = "person", mixinStandardHelpOptions = true, description = "Write content/people/<id>.md.")
    static final class Person extends Entry {
        Person() {
            super("people");
        }
    }

    @Command(name = "mission", mixinStandardHelpOptions = true, description = "Write content/missions/<id>.md.")
    static final class Mission extends Entry {
        Mission() {
            super("missions");
        }
    }

    @Command(name = "organization", mixinStandardHelpOptions = true, description = "Write content/organizations/<id>.md.")
    static final class Organization extends Entry {
        Organization() {
            super("organizations");
        }
    }

    /** A registry file: the id is made from the name. */
    abstract static class Entry implements Callable<Integer> {

        private final String kindKey;

        @ParentCommand
        NewCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the full name, in quotes")
        String name;

        Entry(String kindKey) {
            this.kindKey = kindKey;
        }

        @Override
        public Integer call() throws IOException {
            Site site = parent.site(spec);
            if (site == null) {
                return Failures.CONTENT;
            }
            Optional<EntityKind> kind = site.config().kind(kindKey);
            if (kind.isEmpty()) {
                return parent.fail(spec, "site.yaml has no entity kind \"" + kindKey + "\"");
            }
            String id = Slugs.make(name);
            if (id.isEmpty()) {
                return parent.fail(spec, "cannot make an id from \"" + name + "\"; use a name with letters or digits");
            }
            Path file = site.root().resolve("content").resolve(kind.get().folder()).resolve(id + ".md");
            return parent.create(spec, file, Scaffold.entity(kind.get(), name, site.config().defaultLanguage().code(),
                    site.config().languages().stream().map(io.orbitpress.config.Language::code).toList()), "");
        }
    }

    /** The site folder and its configuration. */
    record Site(Path root, SiteConfig config) {
        List<String> ids(EntityKind kind) {
            Path dir = root.resolve("content").resolve(kind.folder());
            return new ContentFolder(root).markdownFiles(dir).stream()
                    .map(p -> Slugs.fromFileName(p.getFileName().toString())).toList();
        }

        /** The ids the registry files of {@code kind} may have had: their names' slugs, their old addresses. */
        io.orbitpress.content.RenamedIds renamed(EntityKind kind) {
            ContentFolder folder = new ContentFolder(root);
            io.orbitpress.frontmatter.FrontMatterParser parser = new io.orbitpress.frontmatter.FrontMatterParser();
            io.orbitpress.content.RenamedIds.Builder b = io.orbitpress.content.RenamedIds.builder();
            Path dir = root.resolve("content").resolve(kind.folder());
            for (Path p : folder.markdownFiles(dir)) {
                Diagnostics ignored = new Diagnostics(); // the build tells the file's problems
                Optional<SourceFile> file = folder.read(root.resolve("content"), p, ignored);
                if (file.isEmpty()) {
                    continue;
                }
                io.orbitpress.frontmatter.FrontMatter fm = parser.parse(io.orbitpress.frontmatter.FrontMatterSplitter
                        .split(file.get().text()), file.get().path(), ignored);
                b.add(kind, Slugs.fromFileName(p.getFileName().toString()), file.get().path(), fm);
            }
            return b.build();
        }
    }

    static String command(EntityKind kind) {
        return switch (kind.key()) {
            case "people" -> "person";
            case "missions" -> "mission";
            case "organizations" -> "organization";
            default -> kind.key();
        };
    }

    /** The site at --source, or null after printing why there is none. */
    Site site(CommandSpec sub) {
        Path root = source.toAbsolutePath().normalize();
        PrintWriter err = sub.commandLine().getErr();
        if (!Files.isDirectory(root.resolve("content"))) {
            fail(sub, "no content/ folder in " + root + "; run this in a site folder or pass --source DIR");
            return null;
        }
        Path yaml = root.resolve("content/site.yaml");
        if (!Files.isRegularFile(yaml) && !Files.isSymbolicLink(yaml)) {
            return new Site(root, SiteConfigParser.defaults());
        }
        Diagnostics d = new Diagnostics();
        ContentFolder folder = new ContentFolder(root);
        Optional<SourceFile> text = folder.readNamed(root.resolve("content"), yaml, d);
        SiteConfig config = new SiteConfigParser().parse(text.map(SourceFile::text).orElse(""), folder.display(yaml), d);
        if (d.hasErrors()) {
            Failures.print(err, d.list());
            err.flush();
            return null;
        }
        return new Site(root, config);
    }

    /** Writes {@code file} unless it exists; prints "Created" and the path, then {@code note}. */
    int create(CommandSpec sub, Path file, String text, String note) {
        String shown = source.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
        try {
            if (!NewFile.write(file, text)) {
                return fail(sub, shown + " already exists; it was left as it is (pick another title or name, or edit"
                        + " that file)");
            }
        } catch (IOException e) {
            return fail(sub, "cannot write " + shown + " (" + reason(e) + "); nothing was written; check that you"
                    + " can write in the site's content/ folder");
        }
        sub.commandLine().getOut().println("Created " + shown + note);
        sub.commandLine().getOut().flush();
        return 0;
    }

    /** {@code word} as a shell reads it back: in single quotes when it holds a space or a sign the shell reads. */
    static String shellWord(String word) {
        return word.matches("[\\p{L}\\p{N}._/+:@%=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Why a file could not be written, as people say it: "permission denied", "read-only file system". */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file where a folder is needed"; // from creating the file's folders
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    int fail(CommandSpec sub, String message) {
        PrintWriter err = sub.commandLine().getErr();
        err.println("orbitpress new: " + message);
        err.flush();
        return Failures.CONTENT;
    }

    /** Whether {@code text} is the site's own byline: site.yaml's {@code author}, or a language's. */
    private static boolean siteByline(SiteConfig config, String text) {
        return !text.isEmpty() && (text.equals(config.author())
                || config.languages().stream().anyMatch(l -> text.equals(l.author())));
    }
}
