package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.EntityReader;
import io.orbitpress.content.RegistryEntry;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.entity.EntityName;
import io.orbitpress.entity.MentionExtractor;
import io.orbitpress.entity.RussianNames;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.markdown.MarkdownFacts;
import io.orbitpress.markdown.MediaNodes;
import io.orbitpress.media.FigureHtml;
import io.orbitpress.media.Media;
import io.orbitpress.model.Entity;
import io.orbitpress.session.Session;
import io.orbitpress.session.SourceRead;
import io.orbitpress.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * The registered entities of every kind, checked, with references between them resolved, and
 * the mention extractor that finds them in article text (made when first asked for: a build
 * that makes no article needs none); with the problems reading the registry files gave.
 */
final class Registry {

    /**
     * What holds an entity's page back, as its registry file says: a {@code publishDate} (null for
     * none) and {@code draft}.
     */
    record Hold(String path, java.time.ZonedDateTime publishDate, boolean draft) {

        /** Whether the page waits at {@code now}: a draft without {@code drafts}, a time to come without {@code future}. */
        boolean holds(java.time.Instant now, boolean future, boolean drafts) {
            return draft && !drafts || publishDate != null && !future && publishDate.toInstant().isAfter(now);
        }

        /** What holds the page, as a message says it: "is a draft (draft: true in ...)", "waits until ...". */
        String told() {
            return draft ? "is a draft (draft: true in " + path + ")"
                    : "waits until " + Schedule.shown(publishDate) + " (publishDate: in " + path + ")";
        }
    }

    private final SiteConfig config;
    private final Map<String, Entity> entities;
    private final List<Diagnostic> problems;
    /** By "kind/id", the entities whose files hold their pages back at some time (or as drafts). */
    private final Map<String, Hold> holds;
    /** The keys of the entities held back in this build: no page, not found in text. */
    private final Set<String> held;
    private volatile Map<String, Entity> shown;
    /** This registry with each set of entities held back, made when first asked for. */
    private final Map<Set<String>, Registry> views = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile MentionExtractor extractor;
    private volatile io.orbitpress.content.RenamedIds renamed;
    /** The entities by kind and loose name or alias ("people/tomas reyes"), made when first asked for. */
    private volatile Map<String, List<Entity>> folded;
    /** The registry as each other language reads it, made when first asked for. */
    private final Map<String, Registry> languages = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param entities by "kind/id", in kind order then file order */
    Registry(SiteConfig config, Map<String, Entity> entities, List<Diagnostic> problems, Map<String, Hold> holds) {
        this(config, entities, problems, holds, Set.of());
    }

    private Registry(SiteConfig config, Map<String, Entity> entities, List<Diagnostic> problems,
            Map<String, Hold> holds, Set<String> held) {
        this.config = config;
        this.entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        this.problems = List.copyOf(problems);
        this.holds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(holds));
        this.held = Set.copyOf(held);
    }

    SiteConfig config() {
        return config;
    }

    /** Every registered entity, held back or not: what a story's front matter may name. */
    Map<String, Entity> entities() {
        return entities;
    }

    /** The registered entities whose pages this build publishes: all but those {@link #held}. */
    Map<String, Entity> shown() {
        Map<String, Entity> s = shown;
        if (s == null) {
            Map<String, Entity> out = new LinkedHashMap<>();
            entities.forEach((key, e) -> {
                if (!held.contains(key)) {
                    out.put(key, e);
                }
            });
            s = java.util.Collections.unmodifiableMap(out);
            shown = s;
        }
        return s;
    }

    /**
     * The entity of {@code kind} and {@code id} when this build publishes its page: what a name
     * found in a story's text (by a pattern too) stands for; a held one is text as any other name.
     */
    Optional<Entity> shown(String kind, String id) {
        String key = kind + "/" + id;
        return held.contains(key) ? Optional.empty() : Optional.ofNullable(entities.get(key));
    }

    /** Every entity whose file holds its page back at some time or as a draft, by "kind/id". */
    Map<String, Hold> holds() {
        return holds;
    }

    /** The entities held back in this build, by "kind/id": no page of theirs, and text does not link them. */
    Set<String> held() {
        return held;
    }

    /**
     * This registry as the clock {@code now} sees it: the entities whose files hold them back then
     * ({@link Hold#holds}) are {@link #held}.
     */
    Registry at(java.time.Instant now, boolean future, boolean drafts) {
        Set<String> out = new java.util.TreeSet<>();
        holds.forEach((key, h) -> {
            if (h.holds(now, future, drafts)) {
                out.add(key);
            }
        });
        return out.equals(held) ? this : views.computeIfAbsent(out, k -> new Registry(config, entities, problems,
                holds, k));
    }

    List<Diagnostic> problems() {
        return problems;
    }

    /** The ids of the registered entities of {@code kind}. */
    List<String> ids(String kind) {
        String prefix = kind + "/";
        return entities.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
    }

    Optional<Entity> get(String kind, String id) {
        return Optional.ofNullable(entities.get(kind + "/" + id));
    }

    /**
     * The entity of {@code kind} whose name or an alias is {@code name}: as written, else written
     * with accents or without ({@link EntityName#folded}) and in any case when that is one entity's
     * alone.
     */
    Optional<Entity> named(String kind, String name) {
        for (Entity e : entities.values()) {
            if (e.kind().key().equals(kind) && (e.name().equals(name) || e.aliases().contains(name))) {
                return Optional.of(e);
            }
        }
        Map<String, List<Entity>> index = folded;
        if (index == null) {
            index = new java.util.HashMap<>();
            for (Entity e : entities.values()) {
                java.util.Set<String> names = new java.util.LinkedHashSet<>();
                names.add(looseName(e.name()));
                e.aliases().forEach(a -> names.add(looseName(a)));
                for (String n : names) {
                    index.computeIfAbsent(e.kind().key() + "/" + n, k -> new java.util.ArrayList<>()).add(e);
                }
            }
            folded = index;
        }
        List<Entity> alike = index.getOrDefault(kind + "/" + looseName(name), List.of());
        return alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty();
    }

    private static String looseName(String name) {
        return EntityName.folded(name).toLowerCase(java.util.Locale.ROOT);
    }

    /** The ids the registered files may have had (a name's slug, an old address), made when first asked for. */
    io.orbitpress.content.RenamedIds renamed() {
        io.orbitpress.content.RenamedIds r = renamed;
        if (r == null) {
            io.orbitpress.content.RenamedIds.Builder b = io.orbitpress.content.RenamedIds.builder();
            entities.values().forEach(e -> b.add(e.kind(), e.id(), e.path(), e.raw()));
            keptOut(config, problems, entities::containsKey, b);
            r = b.build();
            renamed = r;
        }
        return r;
    }

    /** The extractor of mentions of these entities, and of the site's patterns and cues. */
    MentionExtractor extractor() {
        MentionExtractor x = extractor;
        if (x == null) {
            synchronized (this) {
                if (extractor == null) {
                    MentionExtractor.Builder b = MentionExtractor.builder();
                    matcherNames(shown().values()).forEach(b::entity);
                    config.patterns().forEach((kind, list) -> list.forEach(p -> b.pattern(kind, p)));
                    config.cues().forEach((kind, list) -> list.forEach(c -> b.cue(kind, c)));
                    extractor = b.build();
                }
                x = extractor;
            }
        }
        return x;
    }

    /**
     * The entities of {@code among} that text names, as the mention extractor looks for them, in
     * their order (the first of two with one name is the one the name finds): an author is left
     * out, as no story is about one.
     */
    List<EntityName> matcherNames(java.util.Collection<Entity> among) {
        List<EntityName> out = new ArrayList<>();
        for (Entity e : among) {
            if (!e.kind().bylinesOnly()) {
                out.add(matcherName(e));
            }
        }
        return out;
    }

    /** {@code e} as the mention extractor of this registry's language looks for it. */
    EntityName matcherName(Entity e) {
        return russian() ? russianName(e) : new EntityName(e.kind().key(), e.id(), e.name(), e.aliases(),
                e.kind().person());
    }

    /** An entity as Russian text names it: its name and aliases in each of the six cases. */
    private static EntityName russianName(Entity e) {
        return RussianNames.entityName(e.kind().key(), e.id(), e.name(), e.aliases(), e.kind().person());
    }

    /** Whether names are looked for in their Russian case forms. */
    boolean russian() {
        return config.language().equals("ru") || config.language().startsWith("ru-");
    }

    /**
     * The registry as pages in {@code l} show it: each entity with its name, aliases and role in
     * that language ({@code name: {en: ..., ru: ...}}), its page under the language's folder, and,
     * in Russian, its names in every case. The default language's is this registry, unless it is Russian.
     */
    Registry in(io.orbitpress.config.Language l) {
        if (l.isDefault() && !(l.code().equals("ru") || l.code().startsWith("ru-"))) {
            return this;
        }
        return languages.computeIfAbsent(l.code(), c -> {
            SiteConfig in = config.in(l);
            Map<String, String> names = new HashMap<>();
            entities.values().forEach(e -> names.put(e.url(), LocalNames.text(e.raw().get("name"), l, e.name())));
            Map<String, Entity> out = new LinkedHashMap<>();
            entities.forEach((key, e) -> out.put(key, LocalNames.entity(e, l, names, config.language())));
            return new Registry(in, out, problems, holds, held);
        });
    }

    /**
     * The pictures and embeds of a registry file's text, as a story's are (a picture alone in its
     * paragraph is a figure with its caption and credit; an embed is a player), with their
     * problems at their lines; their markers left in {@code doc}.
     */
    private static Media media(RegistryEntry entry, Node doc, Diagnostics d) {
        MediaNodes.Found found = MediaNodes.replace(doc, entry.bodyLine());
        for (MediaNodes.Problem p : found.problems()) {
            if (p.error()) {
                d.error(entry.path(), p.line(), p.column(), p.message());
            } else if (!p.message().contains(MediaNodes.NO_CREDIT)) { // a portrait without one does not warn either
                d.warning(entry.path(), p.line(), p.column(), p.message());
            }
        }
        return new Media(null, found.pictures(), found.embeds());
    }

    /**
     * Tells {@code b} of each registry file with an error in {@code problems} that registers nothing
     * ({@code registered} does not hold its "kind/id"): its errors keep it out of the site.
     */
    private static void keptOut(SiteConfig config, List<Diagnostic> problems,
            java.util.function.Predicate<String> registered, io.orbitpress.content.RenamedIds.Builder b) {
        for (Diagnostic p : problems) {
            if (!p.isError()) {
                continue;
            }
            for (EntityKind kind : config.kinds()) {
                String folder = "content/" + kind.folder() + "/";
                if (p.path().startsWith(folder) && io.orbitpress.source.ContentFolder.isMarkdown(java.nio.file.Path.of(p.path()))) {
                    // the extension in any case (X.MD), as the folder walk takes it
                    String name = p.path().substring(p.path().lastIndexOf('/') + 1);
                    String id = io.orbitpress.content.Slugs.fromFileName(name.replaceFirst("(?i)\\.(md|markdown)$", ""));
                    if (!registered.test(kind.key() + "/" + id)) {
                        b.keptOut(kind, id, p.path());
                    }
                }
            }
        }
    }

    /** Reads every registry file of every kind. */
    static Registry read(SiteConfig config, Map<EntityKind, List<SourceRead>> files, MarkdownEngine markdown) {
        Diagnostics d = new Diagnostics();
        EntityReader reader = new EntityReader(config, new FrontMatterParser());
        List<RegistryEntry> entries = new ArrayList<>();
        Map<String, Hold> holds = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<EntityKind, List<SourceRead>> e : files.entrySet()) {
            for (SourceRead r : e.getValue()) {
                Session.FileRead read = r.read();
                d.addAll(read.problems());
                if (read.file().isEmpty()) {
                    continue;
                }
                SourceFile f = read.file().get();
                reader.read(e.getKey(), f, d).ifPresent(entry -> {
                    if (!ids.computeIfAbsent(entry.kind().key(), k -> new HashSet<>()).add(entry.id())) {
                        d.error(entry.path(), 1, 1, "another file already registers the id \"" + entry.id()
                                + "\" in " + entry.kind().folder() + "/; rename one of them");
                        return;
                    }
                    names.put(entry.key(), entry.name());
                    entries.add(entry);
                    if (entry.draft() || entry.publishDate() != null) {
                        holds.put(entry.key(), new Hold(entry.path(), entry.publishDate(),
                                entry.draft()));
                    }
                });
            }
        }
        // the id of every name and alias, for facts that name an entity rather than give its id
        Map<String, Map<String, String>> named = new HashMap<>();
        for (RegistryEntry entry : entries) {
            List<String> spellings = new ArrayList<>(entry.aliases());
            spellings.add(entry.name());
            Map<String, String> ofKind = named.computeIfAbsent(entry.kind().key(), k -> new HashMap<>());
            for (String n : spellings) {
                ofKind.merge(n.strip().toLowerCase(java.util.Locale.ROOT), entry.id(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        // the ids the files may have had, for a fact that names one after a file was renamed
        io.orbitpress.content.RenamedIds.Builder renamed = io.orbitpress.content.RenamedIds.builder();
        for (RegistryEntry entry : entries) {
            renamed.add(entry.kind(), entry.id(), entry.path(), entry.frontMatter());
        }
        keptOut(config, d.list(), key -> names.containsKey(key), renamed);
        io.orbitpress.content.RenamedIds formerIds = renamed.build();
        Map<String, Entity> entities = new LinkedHashMap<>();
        entries.parallelStream().map(entry -> {
            Node doc = markdown.parse(entry.body());
            // notes of the desk, as in a story: published nowhere
            BodyWarnings.unclosed(doc, entry.path(), entry.bodyLine(), config.unsafeHtml(),
                config.migration().skipInvalid(), "file", d);
            BodyWarnings.comments(doc, entry.path(), entry.bodyLine(), config.unsafeHtml(), d);
            BodyWarnings.controls(entry.body(), entry.path(), entry.bodyLine(), d);
            BodyWarnings.tell(doc, entry.path(), entry.bodyLine(), config.unsafeHtml(), "file", d);
            String first = MarkdownFacts.firstParagraph(doc);
            Media media = media(entry, doc, d);
            String html = markdown.render(doc);
            if (FigureHtml.hasMarkers(html)) {
                html = FigureHtml.fill(html, media, ""); // measured later, with the portraits
            }
            return reader.resolve(entry, ids, names, named, formerIds, html, first, d);
        }).toList().forEach(e -> entities.put(e.key(), e));
        NameClashes.warn(new Registry(config, entities, List.of(), holds), entries, d);
        return new Registry(config, entities, d.list(), holds);
    }
}
