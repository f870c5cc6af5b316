package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.Values;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.DateValue;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.frontmatter.FrontMatterSplitter;
import io.orbitpress.frontmatter.Split;
import io.orbitpress.model.Entity;
import io.orbitpress.model.SourceLink;
import io.orbitpress.source.SourceFile;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads registry files (people, missions, organizations, ...) in two steps: {@link #read} checks
 * one file on its own; {@link #resolve} turns it into an {@link Entity} once every id of every
 * kind is known, linking facts that name other entities ({@code crew}, {@code organization}).
 */
public final class EntityReader {

    private static final Set<String> NOT_FACTS = Set.of("name", "aliases", "image", "image_alt", "image_caption", "image_credit", "image_copyright", "links", "draft",
            "role", "summary", "title", "bio", "sort_as", "publishDate", "publishdate", "expiryDate", "expirydate",
            "redirect_from");
    /** The facts the built-in theme names (the keys of its messages' fact.*, in every language it has). */
    private static final Set<String> KNOWN_FACTS = knownFacts();

    private static Set<String> knownFacts() {
        Set<String> out = new java.util.TreeSet<>();
        io.orbitpress.theme.Theme.builtIn().messageKeys().stream().filter(k -> k.startsWith("fact."))
                .forEach(k -> out.add(k.substring(5)));
        return Set.copyOf(out);
    }
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final SiteConfig config;
    private final FrontMatterParser parser;

    public EntityReader(SiteConfig config, FrontMatterParser parser) {
        this.config = config;
        this.parser = parser;
    }

    public Optional<RegistryEntry> read(EntityKind kind, SourceFile file, Diagnostics d) {
        if (!ArticleReader.fileWithinLimit(file, config.limits(), d)) {
            return Optional.empty();
        }
        Split split = FrontMatterSplitter.split(file.text());
        FrontMatter fm = parser.parse(split, file.path(), d);
        String id = Slugs.fromFileName(file.file().getFileName().toString());
        if (!Slugs.isSafe(id)) {
            d.error(file.path(), 1, 1, "the file name must be a safe id of letters, digits and hyphens, like zena-cardman.md");
            return Optional.empty();
        }
        if (Slugs.isWindowsDevice(id)) {
            d.error(file.path(), 1, 1, "the file name gives the id \"" + id + "\", " + Slugs.WINDOWS_DEVICES
                    + "; rename the file");
            return Optional.empty();
        }
        Optional<io.orbitpress.config.Language> named = ArticleReader.nameLanguage(file.file().getFileName().toString(), config);
        if (named.isPresent()) {
            languageInName(kind, file, id, named.get().code(), d);
            return Optional.empty();
        }
        languageNotListed(kind, file, id, d);
        Optional<String> name = localized(fm, "name", d).or(() -> fm.text("title", d));
        if (name.isEmpty()) {
            // a name written otherwise than as text (per language without the first one, a list) is told as that
            boolean written = fm.node("name").filter(n -> !n.isNull() && !(n.isValueNode() && n.asString().isBlank()))
                    .isPresent();
            if (fm.intact() && !written) {
                d.error(file.path(), fm.place("name").line(), fm.place("name").column(), "missing name; add a line like name: Zena Cardman to the front matter");
            }
            // read on under its id (the build fails all the same): the file's other problems are told
            // now, and the stories naming the id are not told of an unknown one
            name = Optional.of(id);
        }
        if (config.multilingual() && fm.node("name").filter(JsonNode::isValueNode).isPresent()) {
            otherScript(fm, name.get(), d);
        }
        if (!ArticleReader.bodyWithinLimits(split, file.path(), config.limits(), d)) {
            return Optional.empty();
        }
        slips(fm, d);
        int placeholder = io.orbitpress.scaffold.Scaffold.entryPlaceholderLine(split.body());
        if (placeholder > 0) {
            d.warning(file.path(), placeholder + split.bodyLine() - 1, 1, "this is still the introduction that"
                    + " orbitpress new wrote; write the " + kind.singular().toLowerCase(java.util.Locale.ROOT)
                    + "'s introduction in its place, or remove it (the page then shows the facts and the stories alone)");
        }
        redirects(fm, d);
        List<String> aliases = fm.node("aliases").filter(JsonNode::isObject).isPresent()
                ? texts(fm.node("aliases").get().path(config.defaultLanguage().code()))
                : fm.textList("aliases", false, d);
        return Optional.of(new RegistryEntry(kind, id, file.path(), name.get(), aliases, fm, split.body(),
                split.bodyLine(), publishDate(fm, d), fm.flag("draft", d)));
    }

    /**
     * A registry file named like a story's version in a language of the site ({@code anna.ru.md}):
     * an error, for it would make a second entity; what it says in that language goes in the front
     * matter of the entity's one file, per language.
     */
    private void languageInName(EntityKind kind, SourceFile file, String id, String code, Diagnostics d) {
        String folder = file.path().substring(0, file.path().lastIndexOf('/') + 1);
        String one = ArticleReader.withoutLanguage(file.file().getFileName().toString(), config);
        String language = io.orbitpress.config.Language.englishName(code);
        String first = config.defaultLanguage().code();
        String entity = kind.singular().toLowerCase(Locale.ROOT);
        d.error(file.path(), 1, 1, "this file's name ends in ." + code + ".md, as Hugo names a story's " + language
                + " version, but a registry file is one per " + entity + ", whatever the language: this one would"
                + " make another " + entity + ", \"" + id + "\"; write its " + language + " in " + folder + one
                + ", per language (name: {" + (first.equals(code) ? "" : first + ": ..., ") + code + ": ...}, bio: {"
                + code + ": ...}), and remove this file (or name it " + one + " when there is none)");
    }

    /**
     * A registry file named like a story's version in a language the site does not list
     * ({@code anna.de.md} on a site of English and Russian): a warning, as for such a story, for it
     * makes an entity of that id ({@code anna.de}) beside the one it was likely written for. A name
     * whose last dot starts no language's code ({@code gibson.jr.md}) says nothing.
     */
    private void languageNotListed(EntityKind kind, SourceFile file, String id, Diagnostics d) {
        String fileName = file.file().getFileName().toString();
        String code = ArticleReader.nameCode(fileName);
        if (code == null || !ArticleReader.LANGUAGE_CODES.contains(code)) {
            return;
        }
        String folder = file.path().substring(0, file.path().lastIndexOf('/') + 1);
        String language = io.orbitpress.config.Language.englishName(code);
        d.warning(file.path(), 1, 1, "this file's name ends in ." + code + ArticleReader.markdownEnding(fileName)
                + ", as Hugo and Zola name a story's " + language + " version, but site.yaml's languages: do not list "
                + code + " (" + ArticleReader.listedLanguages(config) + "), so it makes another "
                + kind.singular().toLowerCase(Locale.ROOT) + ", \"" + id + "\"; add \"- code: " + code
                + "\" to languages: and write its " + language + " in " + folder + ArticleReader.withoutCode(fileName, code)
                + ", per language, or rename the file");
    }

    /**
     * Checks {@code redirect_from}, the old addresses of the entity's page (one, or a list), as a
     * story's are: each a safe path ({@link Entity#redirectFrom} gives them to the page plan).
     */
    private static void redirects(FrontMatter fm, Diagnostics d) {
        String key = "redirect_from";
        if (!fm.has(key)) {
            return;
        }
        boolean one = fm.node(key).map(JsonNode::isString).orElse(false);
        for (String from : one ? fm.text(key, d).stream().toList() : fm.textList(key, false, d)) {
            if (!io.orbitpress.config.SafePath.isRoute(from)) {
                FrontMatter.Place at = one ? fm.place(key) : fm.placeOfItem(key, from);
                d.error(fm.path(), at.line(), at.column(), "redirect \"" + ArticleReader.printable(from) + "\" is not a"
                        + " safe path; use letters, digits and hyphens between slashes, like /people/christina-koch/");
            }
        }
    }

    /**
     * Warns of a key a letter or two from one this file's keys have a meaning for ({@code aliasses},
     * {@code organisation}, {@code rol}): as written it is shown on the page as a fact, and what it
     * was to do (an alias found in the stories, a link to the organization) is not done. The keys
     * that hold a page back are {@link FrontMatterKeys#registryHoldMeant}'s.
     */
    private void slips(FrontMatter fm, Diagnostics d) {
        Set<String> meant = new java.util.TreeSet<>(NOT_FACTS);
        meant.removeAll(List.of("draft", "publishDate", "publishdate", "expiryDate", "expirydate"));
        meant.addAll(List.of("type", "crew", "agency"));
        for (EntityKind k : config.kinds()) {
            meant.add(k.key());
            meant.add(k.singular().toLowerCase(Locale.ROOT));
            k.frontMatterKeys().stream().filter(key -> !key.contains(".")).forEach(meant::add);
        }
        for (String key : fm.fields().keySet()) {
            if (meant.contains(key) || FrontMatterKeys.registryHoldMeant(key, fm.fields().get(key)).isPresent()) {
                continue;
            }
            // one letter off, not a plural: crewed:, agent:, titles: are facts of their own; of a fact the
            // theme names, two letters swapped (bron: for born:), as founder: and county: are facts too
            io.orbitpress.diag.Spelling.closest(key, meant)
                    .filter(m -> io.orbitpress.diag.Spelling.distance(io.orbitpress.diag.Spelling.normal(key),
                            io.orbitpress.diag.Spelling.normal(m)) <= 1 && !key.equals(m + "s"))
                    .or(() -> io.orbitpress.diag.Spelling.closest(key, KNOWN_FACTS).filter(m -> swapped(key, m)))
                    .ifPresent(m -> fm.warning(d, key, "unknown key \"" + key + "\"; did you mean \"" + m + "\"? As"
                            + " written it is shown on the page as the fact \"" + Slugs.label(key) + "\""));
        }
    }

    /** Whether {@code a} is {@code b} with two neighbouring letters swapped. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /**
     * When the entity's page may first be seen ({@code publishDate:}, as a story's), in the site's
     * zone; null for at once. A registry file takes no expiry: its page stays while the file is there.
     */
    private java.time.ZonedDateTime publishDate(FrontMatter fm, Diagnostics d) {
        for (String key : List.of("expiryDate", "expirydate")) {
            if (fm.has(key)) {
                fm.error(d, key, "a registry file takes no " + key + ": its page stays while the file is there;"
                        + " delete the line, and the file when the page is to go");
            }
        }
        // a slip in a key that holds the page back would show it at once, the key as a fact beside it
        fm.fields().forEach((key, value) -> FrontMatterKeys.registryHoldMeant(key, value)
                .filter(meant -> !key.equals("expiryDate") && !key.equals("expirydate")).ifPresent(meant -> {
            if (meant.equals("expiryDate")) {
                fm.error(d, key, "\"" + key + "\" reads as an expiry, which a registry file does not take: its page"
                        + " stays while the file is there; delete the line, or give the fact another name");
            } else {
                fm.error(d, key, "unknown key \"" + key + "\"; did you mean " + (meant.equals("draft") ? "draft: true"
                        : "publishDate:") + "? It would decide when the page may be seen, and as written it is a fact"
                        + " shown on the page at once: write " + (meant.equals("draft") ? "draft: true" : "publishDate:")
                        + ", or give the fact another name");
            }
        }));
        String key = ArticleReader.only(fm, d, "publishDate", "publishdate");
        return ArticleReader.date(fm, key, config.timeZone(), d).map(t -> t.withZoneSameInstant(config.timeZone()))
                .orElse(null);
    }

    /**
     * A value of a fact as an English page shows it, with the day it names and the word it is:
     * a date written out, and a value of a fixed set written like a key ({@code active},
     * {@code in_flight}) as a label ("Active", "In flight").
     */
    private Entity.FactValue value(String text) {
        java.time.LocalDate day = day(text);
        boolean word = text.matches(WORD);
        return new Entity.FactValue(word ? Slugs.label(text) : day != null ? SHOWN.format(day) : text,
                text.matches("https?://\\S+") ? text : null, day, word ? text : null);
    }

    /** A value of a fixed set, written like a key. */
    private static final String WORD = "[a-z]+(?:[_-][a-z]+)*";

    /** The day {@code text} names when it is written as one ({@code 2025-08-01}); null otherwise. */
    private java.time.LocalDate day(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            DateValue.Result r = DateValue.parse(text, config.timeZone());
            if (r.ok()) {
                return r.value().toLocalDate();
            }
        }
        return null;
    }

        /**
     * The entity of {@code entry}, with facts referring to other entities linked to their pages.
     *
     * @param ids    every registered id, per kind key
     * @param names  display name per "kind/id"
     * @param named  per kind key, the id of every registered name and alias, in lower case ("" for
     *               one that two entities share): a fact may name an entity as well as give its id
     * @param renamed the ids the registered files may have had, for an id no file has now
     * @param html   the rendered introduction
     */
    public Entity resolve(RegistryEntry entry, Map<String, Set<String>> ids, Map<String, String> names,
            Map<String, Map<String, String>> named, RenamedIds renamed, String html, String summary, Diagnostics d) {
        FrontMatter fm = entry.frontMatter();
        List<Entity.Fact> facts = new ArrayList<>();
        Map<String, List<String>> refs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : fm.fields().entrySet()) {
            String key = field.getKey();
            if (NOT_FACTS.contains(key) || field.getValue().isNull()) {
                continue;
            }
            if (key.equals("type") && field.getValue().isString()
                    && field.getValue().asString().matches("(?i)person|organization")) {
                continue; // the schema.org type of the entity, not a fact to show
            }
            Optional<EntityKind> target = referencedKind(key);
            List<Entity.FactValue> values = new ArrayList<>();
            if (target.isPresent()) {
                String kindKey = target.get().key();
                List<String> list = fm.textList(key, true, d);
                for (String written : list) {
                    // an id, or a name or alias of one (organization: NASA)
                    Map<String, String> ofKind = named.getOrDefault(kindKey, Map.of());
                    String byName = ofKind.get(written.toLowerCase(Locale.ROOT));
                    String ref = ids.getOrDefault(kindKey, Set.of()).contains(written) || byName == null
                            || byName.isEmpty() ? written : byName;
                    if (ids.getOrDefault(kindKey, Set.of()).contains(ref)) {
                        values.add(new Entity.FactValue(names.get(kindKey + "/" + ref),
                                "/" + target.get().urlPrefix() + "/" + ref + "/"));
                        refs.computeIfAbsent(kindKey, k -> new ArrayList<>()).add(ref);
                    } else if (ref.equals(Slugs.make(ref))) {
                        FrontMatter.Place at = fm.placeOfItem(key, ref);
                        d.error(fm.path(), at.line(), at.column(), renamed.unknownId(target.get(), ref)
                                .orElseGet(() -> target.get().unknownId(ref, ids.getOrDefault(kindKey, Set.of()))));
                    } else {
                        nearName(fm, key, ref, target.get(), ofKind, names, d);
                        values.add(new Entity.FactValue(ref, null));
                    }
                }
            } else {
                JsonNode value = field.getValue();
                boolean perLanguage = perLanguage(value);
                if (perLanguage) {
                    // written per language: the default language's here, the others' on their pages; the
                    // days of every language are checked here
                    String own = config.defaultLanguage().code();
                    for (var e : value.properties()) {
                        if (!e.getKey().equals(own)) {
                            for (Object v : flatten(Values.written(e.getValue()))) {
                                notADay(fm, key, String.valueOf(v), fm.valuePlace(key, e.getKey()), d);
                            }
                        }
                    }
                    value = value.path(own);
                }
                for (Object v : flatten(Values.written(value))) {
                    String text = String.valueOf(v);
                    FrontMatter.Place at = perLanguage ? fm.valuePlace(key, config.defaultLanguage().code())
                            : field.getValue().isArray() ? fm.placeOfItem(key, text) : fm.valuePlace(key);
                    if (!notADay(fm, key, text, at, d)) {
                        values.add(value(text));
                    }
                }
            }
            if (!values.isEmpty()) {
                facts.add(new Entity.Fact(key, Slugs.label(key), values));
            }
        }
        List<SourceLink> links = new ArrayList<>();
        fm.node("links").ifPresent(n -> {
            int index = 0;
            for (JsonNode l : n.isArray() ? n : List.of(n)) {
                String url = l.isValueNode() ? l.asString() : l.path("url").asString("");
                String label = l.isValueNode() ? url : l.path("name").asString(url);
                if (url.matches("https?://\\S+")) {
                    links.add(new SourceLink(label, url));
                } else {
                    // at the link's url: (or the link) of a list, where the writer finds which one
                    String message = "each link needs an http(s) url, like - name: NASA biography / url: https://..."
                            + (url.isBlank() ? "" : "; this one has \"" + url + "\"");
                    if (!n.isArray()) {
                        fm.error(d, "links", message);
                    } else if (l.has("url")) {
                        fm.errorAt(d, message, "links", String.valueOf(index), "url");
                    } else {
                        fm.errorAt(d, message, "links", String.valueOf(index));
                    }
                }
                index++;
            }
        });
        String image = Addresses.image(fm, d);
        String imageAlt = localized(fm, "image_alt", d).orElse("");
        for (String key : List.of("image_caption", "image_credit", "image_copyright")) {
            localized(fm, key, d); // written once or per language, as image_alt (see Pictures#of)
        }
        if (!image.isEmpty() && !Addresses.isImage(image)) {
            fm.error(d, "image", Addresses.notAnImage(image, "/images/" + entry.id() + ".jpg"));
            image = "";
        } else if (!image.isEmpty() && imageAlt.isEmpty() && !fm.has("image_alt")) {
            fm.warning(d, "image", "image has no alt text; add image_alt: describing what the picture shows"
                    + " (image_alt: \"\" marks a picture that is only decoration)");
        }
        sortAs(fm, d);
        Map<String, Object> raw = new LinkedHashMap<>();
        fm.fields().forEach((k, v) -> raw.put(k, Values.plain(v)));
        if (!fm.has("image_alt")) {
            // image_alt: with no value (as new person writes it) is no alt text, not image_alt: "" (decoration)
            raw.remove("image_alt");
        }
        EntityKind kind = entry.kind();
        return new Entity(kind, entry.id(), entry.name(), entry.aliases(), "/" + kind.urlPrefix() + "/" + entry.id() + "/",
                entry.path(), true, localized(fm, "role", d).orElse(""), facts, html,
                fm.text("summary", d).orElse(summary), image, imageAlt, links, refs, raw);
    }

    /**
     * Checks {@code sort_as}, the name as alphabetical lists file it ({@link Entity#sortName}): a
     * text, or a text for each of some of the site's languages (a page in a language it leaves out
     * files the name by the surname rule).
     */
    private void sortAs(FrontMatter fm, Diagnostics d) {
        JsonNode n = fm.node("sort_as").orElse(null);
        if (n == null || n.isNull()) {
            return;
        }
        String like = "the name as lists file it, like sort_as: \"De Winne Frank\"";
        if (!n.isObject()) {
            if (!n.isString() || n.asString().isBlank()) {
                fm.error(d, "sort_as", "sort_as is " + like);
            }
            return;
        }
        for (var e : n.properties()) {
            if (siteLanguage(fm, "sort_as", e.getKey(), d)
                    && (!e.getValue().isString() || e.getValue().asString().isBlank())) {
                fm.errorAt(d, "sort_as in \"" + e.getKey() + "\" is " + like, "sort_as", e.getKey());
            }
        }
    }

    /**
     * Warns of a fact's value that names no registered entity of {@code kind} but is a letter or two
     * from one's name or alias ({@code named}: the kind's, in lower case, with their ids) ("Nassa"):
     * as written it is shown as text, not linked to the page. A value of four letters or fewer is
     * not warned of.
     */
    private static void nearName(FrontMatter fm, String key, String value, EntityKind kind, Map<String, String> named,
            Map<String, String> names, Diagnostics d) {
        if (value.codePoints().filter(Character::isLetter).count() <= 4) {
            return; // an acronym a letter from another is another (CSA, ESA; KASA, NASA)
        }
        io.orbitpress.diag.Spelling.closest(value, named.keySet()).ifPresent(meant -> {
            String id = named.get(meant);
            FrontMatter.Place at = fm.placeOfItem(key, value);
            d.warning(fm.path(), at.line(), at.column(), kind.singular().toLowerCase(Locale.ROOT) + " \"" + value
                    + "\" is not a registered name; did you mean \"" + (id.isEmpty() ? meant
                            : names.get(kind.key() + "/" + id)) + "\"? As written it is shown as text, not linked to a page");
        });
    }

    /** Whether {@code code}, written under {@code key}, is one of the site's languages; an error at it if not. */
    private boolean siteLanguage(FrontMatter fm, String key, String code, Diagnostics d) {
        if (config.language(code).isPresent()) {
            return true;
        }
        fm.errorAt(d, key + " in \"" + code + "\": not one of the site's languages (" + String.join(", ",
                config.languages().stream().map(io.orbitpress.config.Language::code).toList())
                + "); add it to languages: in site.yaml or fix the code", key, code);
        return false;
    }

    /**
     * A warning at a name written once, on a site of several languages whose first one writes Latin
     * letters, in other letters ({@code name: Иван Вагнер} on a site in English first): every page
     * shows it so, English ones too, and stories in that language, which write it in Latin letters
     * ("Ivan Vagner"), do not find it. A Latin name on a site in Russian first is no slip (NASA).
     */
    private void otherScript(FrontMatter fm, String name, Diagnostics d) {
        io.orbitpress.config.Language first = config.defaultLanguage();
        int[] own = com.ibm.icu.lang.UScript.getCode(com.ibm.icu.util.ULocale.forLanguageTag(first.code()));
        if (own == null || java.util.Arrays.stream(own).noneMatch(o -> o == com.ibm.icu.lang.UScript.LATIN)) {
            return; // a site in Russian first writes NASA and SpaceX in Latin letters, as other languages do
        }
        int script = -1;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int s = com.ibm.icu.lang.UScript.getScript(cp);
            for (int o : own) {
                if (o == s) {
                    return; // a letter of the first language's own
                }
            }
            script = s;
        }
        if (script < 0) {
            return;
        }
        String letters = com.ibm.icu.lang.UScript.getName(script);
        String latin = Slugs.ascii(name);
        fm.warning(d, "name", "the name is written once, in " + letters + " letters: the " + first.code() + " pages"
                + " show it so, and " + first.code() + " stories that write it in Latin letters do not find it;"
                + " write it per language, like name: {" + first.code() + ": " + latin + ", "
                + config.languages().stream().map(io.orbitpress.config.Language::code)
                        .filter(c -> !c.equals(first.code())).findFirst().orElse("ru") + ": " + name + "}");
    }

    /**
     * A text that may be written once or per language ({@code name: {en: Oleg Platonov, ru: Олег
     * Платонов}}): the text, or the default language's; a map without it is a diagnostic.
     */
    private Optional<String> localized(FrontMatter fm, String key, Diagnostics d) {
        Optional<JsonNode> n = fm.node(key);
        if (n.isPresent() && n.get().isObject()) {
            String code = config.defaultLanguage().code();
            JsonNode v = n.get().path(code);
            for (var e : n.get().properties()) {
                siteLanguage(fm, key, e.getKey(), d);
            }
            if (!v.isValueNode() || v.asString().isBlank()) {
                fm.error(d, key, key + " per language needs the site's language \"" + code + "\", like " + key + ": {"
                        + code + ": ..., ru: ...}");
                return Optional.empty();
            }
            return Optional.of(v.asString().strip());
        }
        return fm.text(key, d);
    }

    /**
     * Whether {@code text} is written as a day (YYYY-MM-DD) that is not on the calendar (February
     * 30), which would go into the page and its JSON-LD: an error at {@code at}.
     */
    private boolean notADay(FrontMatter fm, String key, String text, FrontMatter.Place at, Diagnostics d) {
        if (text.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])") && day(text) == null) {
            d.error(fm.path(), at.line(), at.column(), key + ": " + text + " is not a day on the calendar;"
                    + " write the day as YYYY-MM-DD, like 2025-08-01");
            return true;
        }
        return false;
    }

    /** Whether {@code n} is a map of the site's languages to values ({@code {en: American, ru: американка}}). */
    private boolean perLanguage(JsonNode n) {
        if (!n.isObject() || n.isEmpty() || !config.multilingual()) {
            return false;
        }
        for (var e : n.properties()) {
            if (config.language(e.getKey()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The texts of a list or of one value; none for anything else. */
    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> {
                if (x.isValueNode() && !x.asString().isBlank()) {
                    out.add(x.asString().strip());
                }
            });
        } else if (n.isValueNode() && !n.asString().isBlank()) {
            out.add(n.asString().strip());
        }
        return out;
    }

    /** The kind a fact key refers to: a kind's key, singular name or front matter key; "crew" means people. */
    Optional<EntityKind> referencedKind(String key) {
        for (EntityKind k : config.kinds()) {
            if (k.key().equals(key) || k.singular().toLowerCase(Locale.ROOT).equals(key) || k.frontMatterKeys().contains(key)
                    || (key.equals("crew") && k.person()) || (key.equals("agency") && k.key().equals("organizations"))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static List<Object> flatten(Object v) {
        if (v instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (v instanceof Map<?, ?> map) {
            List<Object> out = new ArrayList<>();
            map.forEach((k, x) -> out.add(k + ": " + x));
            return out;
        }
        return List.of(v);
    }
}
