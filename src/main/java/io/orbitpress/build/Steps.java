package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Severity;
import io.orbitpress.hash.Fingerprint;
import io.orbitpress.media.Embed;
import io.orbitpress.media.Media;
import io.orbitpress.media.Picture;
import io.orbitpress.model.Article;
import io.orbitpress.model.Correction;
import io.orbitpress.model.Desk;
import io.orbitpress.model.SeriesRef;
import io.orbitpress.model.Section;
import io.orbitpress.model.Visibility;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import io.orbitpress.model.MentionRef;
import io.orbitpress.model.SiteAssembler;
import io.orbitpress.model.SourceLink;
import io.orbitpress.model.Tag;
import io.orbitpress.publish.Manifest;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.FeedEntry;
import io.orbitpress.session.Codec;
import io.orbitpress.session.Decoder;
import io.orbitpress.session.Encoder;
import io.orbitpress.session.Step;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step results a build asks its {@link io.orbitpress.session.Session} for, and how those kept between runs are
 * written to the cache folder. A change to what a step makes, or to how it is written, changes
 * {@link #ARTICLE_VERSION} or a codec, and the cache of an older tool is not used (the tool's
 * fingerprint covers its code).
 */
final class Steps {

    /** Part of every article's key: raise it when an article is made differently from the same inputs. */
    static final String ARTICLE_VERSION = "article-24";

    /** The registry read from one set of registry files, written with every entity whole. */
    Step<Registry> registry(SiteConfig config) {
        return Step.persisted("registry", new RegistryCodec(config));
    }
    final Step<SiteAssembler.Structured> structure = Step.persisted("structure", new StructuredCodec());
    final Step<FeedEntry> feedEntry = Step.inMemory("feed-entry");
    /**
     * The theme's texts in one language, by the template set: kept on disk, since a language other
     * than English asks ICU for its dates, 90 ms of a warm build's main thread.
     */
    final Step<io.orbitpress.render.Texts> texts = Step.persisted("texts", new TextsCodec());
    /** The problems of the site's message files, by the template set (the files are in it). */
    final Step<MessageProblems> messages = Step.persisted("messages", new MessagesCodec());

    /** What the check of the site's message files found. */
    record MessageProblems(List<Diagnostic> list) {
        MessageProblems {
            list = List.copyOf(list);
        }
    }
    /** Each search index's counts and word shards, by the index's folder: what the next build updates. */
    final Step<SearchState> searchFiles = Step.persisted("search-files", new SearchStateCodec());
    /**
     * An article's search document, in memory only: a warm build asks for the documents of the
     * articles it made again alone, whose keys are new, and reads an edited article's last
     * document back from the index ({@code SearchShards.readBack}); written to the cache folder,
     * the 10,000 documents of a first build were never read, and dropped by the next one.
     */
    final Step<io.orbitpress.render.SearchDoc> searchEntry = Step.inMemory("search-doc");
    /** A page written to an output folder: remembered by its path and bytes' fingerprint. */
    final Step<PageResult> page = Step.persisted("page", new PageCodec());
    /** A page kept in memory by {@code serve}, with its bytes. */
    final Step<PageResult> pageInMemory = Step.inMemory("page-bytes");
    final Step<Published> published = Step.persisted("published", new PublishedCodec());
    /** A picture's copies written to an output folder: remembered by their paths and bytes' fingerprints. */
    final Step<ImageResult> image = Step.persisted("image", new ImageCodec());
    /** A picture of a story held back, checked (decoded) but not resized: its problem, or none. */
    final Step<ImageResult> imageCheck = Step.persisted("image-check", new ImageCodec());
    /** A picture's copies kept in memory by {@code serve}, with their bytes. */
    final Step<ImageResult> imageInMemory = Step.inMemory("image-bytes");
    /** An article with its pictures measured (cheap to make again: kept in memory only). */
    final Step<MadeArticle> articleMedia = Step.inMemory("article-media");
    final Step<LinkState> memoryLinks = Step.inMemory("links");

    /** An article made from its file, written with its entities by reference to {@code registry}. */
    Step<MadeArticle> article(SiteConfig config, Registry registry) {
        return Step.persisted("article", new ArticleCodec(config, registry));
    }

    private static final class RegistryCodec implements Codec<Registry> {
        private final SiteConfig config;

        RegistryCodec(SiteConfig config) {
            this.config = config;
        }

        @Override
        public void write(Encoder out, Registry r) {
            out.writeList(r.problems(), Steps::diagnostic);
            out.writeList(List.copyOf(r.entities().values()), (o, e) -> entity(o, e));
            out.writeList(List.copyOf(r.holds().entrySet()), (o, h) -> o.writeString(h.getKey())
                    .writeString(h.getValue().path()).writeString(h.getValue().publishDate() == null ? null
                            : h.getValue().publishDate().toString()).writeBoolean(h.getValue().draft()));
        }

        @Override
        public Registry read(Decoder in) {
            List<Diagnostic> problems = in.readList(Steps::diagnostic);
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (Entity e : in.readList(i -> entity(i, config))) {
                entities.put(e.key(), e);
            }
            Map<String, Registry.Hold> holds = new LinkedHashMap<>();
            int n = in.readCount();
            for (int i = 0; i < n; i++) {
                String key = in.readString();
                String path = in.readString();
                String publish = in.readString();
                holds.put(key, new Registry.Hold(path, publish == null ? null : date(publish), in.readBoolean()));
            }
            return new Registry(config, entities, problems, holds);
        }
    }

    private static final class StructuredCodec implements Codec<SiteAssembler.Structured> {
        @Override
        public void write(Encoder out, SiteAssembler.Structured made) {
            out.writeStrings(made.paths());
            // the same entity keys and topics come in many articles' inputs: each written once
            out.writeList(made.inputs(), (o, input) -> {
                o.writeInt(input.size());
                input.forEach(o::writeShared);
            });
            SiteAssembler.Structure value = made.structure();
            out.writeInt(value.related().length);
            for (int[] row : value.related()) {
                out.writeInt(row.length);
                for (int r : row) {
                    out.writeInt(r);
                }
            }
            out.writeInt(value.together().size());
            new java.util.TreeMap<>(value.together()).forEach((key, with) -> {
                out.writeString(key).writeInt(with.size());
                new java.util.TreeMap<>(with).forEach((other, count) -> out.writeString(other).writeInt(count));
            });
        }

        @Override
        public SiteAssembler.Structured read(Decoder in) {
            List<String> paths = in.readStrings();
            List<List<String>> inputs = in.readList(i -> {
                String[] input = new String[i.readCount()];
                for (int k = 0; k < input.length; k++) {
                    input[k] = i.readShared();
                }
                return List.of(input);
            });
            int n = in.readCount();
            int[][] related = new int[n][];
            for (int i = 0; i < n; i++) {
                related[i] = new int[in.readCount()];
                for (int j = 0; j < related[i].length; j++) {
                    related[i][j] = in.readInt();
                }
            }
            int keys = in.readCount();
            Map<String, Map<String, Integer>> together = new HashMap<>(keys * 2);
            for (int k = 0; k < keys; k++) {
                String key = in.readString();
                int m = in.readCount();
                Map<String, Integer> with = new HashMap<>(m * 2);
                for (int i = 0; i < m; i++) {
                    with.put(in.readString(), in.readInt());
                }
                together.put(key, with);
            }
            return new SiteAssembler.Structured(paths, inputs, new SiteAssembler.Structure(related, together));
        }
    }

    /**
     * A search index as a build left it: the key of each article's search entry, oldest first
     * (the next build compares its own keys with them), and the index's files.
     */
    record SearchState(List<Fingerprint> keys, io.orbitpress.render.SearchFiles files) {
    }

    /**
     * One shard of the search index, written as a part: an edit changes the shards of the words
     * it changed, and the others are not written again.
     */
    private static final Codec<java.util.Map<String, String>> SHARD = new Codec<>() {
        @Override
        public void write(Encoder out, java.util.Map<String, String> words) {
            out.writeInt(words.size());
            words.forEach((word, postings) -> out.writeString(word).writeString(postings));
        }

        @Override
        public java.util.Map<String, String> read(Decoder in) {
            int n = in.readCount();
            java.util.Map<String, String> words = new java.util.LinkedHashMap<>(n * 2);
            for (int j = 0; j < n; j++) {
                words.put(in.readString(), in.readString());
            }
            return java.util.Collections.unmodifiableMap(words);
        }
    };

    private static final class SearchStateCodec implements Codec<SearchState> {
        @Override
        public void write(Encoder out, SearchState s) {
            io.orbitpress.render.SearchFiles.State state = s.files().state();
            out.writeList(s.keys(), Encoder::writeFingerprint);
            out.writeInt(state.lengths().length);
            for (int length : state.lengths()) {
                out.writeInt(length);
            }
            out.writeInt(state.counts().size());
            state.counts().forEach((word, count) -> out.writeString(word).writeInt(count));
            out.writeInt(state.shards().size());
            state.shards().forEach((key, words) -> out.writeString(key).writeFingerprint(state.fingerprints().get(key))
                    .writePart(words, SHARD));
        }

        @Override
        public boolean writesParts() {
            return true;
        }

        @Override
        public SearchState read(Decoder in) {
            List<Fingerprint> keys = in.readList(Decoder::readFingerprint);
            int[] lengths = new int[in.readCount()];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = in.readInt();
            }
            java.util.SortedMap<String, Integer> counts = new java.util.TreeMap<>();
            for (int i = in.readCount(); i > 0; i--) {
                counts.put(in.readString(), in.readInt());
            }
            java.util.SortedMap<String, java.util.Map<String, String>> shards = new java.util.TreeMap<>();
            java.util.Map<String, Fingerprint> fingerprints = new java.util.LinkedHashMap<>();
            for (int i = in.readCount(); i > 0; i--) {
                String key = in.readString();
                fingerprints.put(key, in.readFingerprint());
                shards.put(key, in.readPart(SHARD));
            }
            return new SearchState(keys, io.orbitpress.render.SearchFiles.of(
                    new io.orbitpress.render.SearchFiles.State(shards, lengths, counts, fingerprints)));
        }
    }

    private static final class MessagesCodec implements Codec<MessageProblems> {
        @Override
        public void write(Encoder out, MessageProblems m) {
            out.writeList(m.list(), Steps::diagnostic);
        }

        @Override
        public MessageProblems read(Decoder in) {
            return new MessageProblems(in.readList(Steps::diagnostic));
        }
    }

    private static final class TextsCodec implements Codec<io.orbitpress.render.Texts> {
        @Override
        public void write(Encoder out, io.orbitpress.render.Texts t) {
            out.writeString(t.locale().toLanguageTag()).writeInt(t.own());
            out.writeList(t.parts(), (o, part) -> o.writeList(List.copyOf(part.entrySet()),
                    (e, kv) -> e.writeString(kv.getKey()).writeString(kv.getValue())));
        }

        @Override
        public io.orbitpress.render.Texts read(Decoder in) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(in.readString());
            int own = in.readInt();
            List<Map<String, String>> parts = in.readList(d -> {
                Map<String, String> part = new LinkedHashMap<>();
                int n = d.readCount();
                for (int i = 0; i < n; i++) {
                    part.put(d.readString(), d.readString());
                }
                return part;
            });
            return io.orbitpress.render.Texts.of(locale, parts, own);
        }
    }

    private static final class PageCodec implements Codec<PageResult> {
        @Override
        public void write(Encoder out, PageResult p) {
            out.writeString(p.path()).writeString(p.file().source()).writeFingerprint(p.contents());
        }

        @Override
        public PageResult read(Decoder in) {
            return new PageResult(OutputFile.rendered(in.readString(), null, in.readString()), in.readFingerprint());
        }
    }

    private static final class ImageCodec implements Codec<ImageResult> {
        private final PageCodec page = new PageCodec();

        @Override
        public void write(Encoder out, ImageResult r) {
            out.writeString(r.problem()).writeInt(r.width()).writeInt(r.height());
            out.writeList(r.variants(), (o, v) -> o.writeString(v.url()).writeInt(v.width()).writeInt(v.height()));
            out.writeList(r.files(), page::write);
            out.writeString(r.credit()).writeString(r.copyright());
        }

        @Override
        public ImageResult read(Decoder in) {
            String problem = in.readString();
            int width = in.readInt();
            int height = in.readInt();
            List<Picture.Variant> variants = in.readList(i -> new Picture.Variant(i.readString(), i.readInt(),
                    i.readInt()));
            List<PageResult> files = in.readList(page::read);
            return new ImageResult(problem, width, height, variants, files, in.readString(), in.readString());
        }
    }

    static void diagnostic(Encoder out, Diagnostic d) {
        out.writeString(d.path()).writeInt(d.line()).writeInt(d.column()).writeBoolean(d.isError())
                .writeString(d.message());
    }

    static Diagnostic diagnostic(Decoder in) {
        String path = in.readString();
        int line = in.readInt();
        int column = in.readInt();
        Severity s = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
        return new Diagnostic(path, line, column, s, in.readString());
    }

    /** A manifest, written as a part: the site before last's is the last build's, not written again. */
    private static final Codec<Manifest> MANIFEST = new Codec<>() {
        @Override
        public void write(Encoder out, Manifest m) {
            out.writeString(m.generation());
            out.writeInt(m.files().size());
            m.files().forEach((path, f) -> { // in no order: read back into a map
                out.writeString(path);
                out.writeFingerprint(f);
                Long stamp = m.stamps().get(path);
                out.writeLong(stamp == null ? Manifest.MISSING : stamp);
            });
            out.writeInt(m.folders().size());
            m.folders().forEach((folder, stamp) -> out.writeString(folder).writeLong(stamp));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Manifest read(Decoder in) {
            String generation = in.readString();
            int n = in.readCount();
            // read straight into the immutable maps a manifest keeps, rather than into maps it copies
            Map.Entry<String, Fingerprint>[] files = new Map.Entry[n];
            Map.Entry<String, Long>[] stamps = new Map.Entry[n];
            for (int i = 0; i < n; i++) {
                String path = in.readString();
                files[i] = Map.entry(path, in.readFingerprint());
                stamps[i] = Map.entry(path, in.readLong());
            }
            int m = in.readCount();
            Map.Entry<String, Long>[] folders = new Map.Entry[m];
            for (int i = 0; i < m; i++) {
                folders[i] = Map.entry(in.readString(), in.readLong());
            }
            // a path twice: damaged
            return new Manifest(generation, Map.ofEntries(files), Map.ofEntries(stamps), Map.ofEntries(folders));
        }
    };

    /**
     * The output paths a link check knew, written as a part: the same set as the last build's
     * when no page came or went.
     */
    private static final Codec<java.util.Set<String>> PATHS = new Codec<>() {
        @Override
        public void write(Encoder out, java.util.Set<String> paths) {
            out.writeStrings(new ArrayList<>(paths)); // read back into a set
        }

        @Override
        public java.util.Set<String> read(Decoder in) {
            return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(in.readStrings()));
        }
    };

    private static final class PublishedCodec implements Codec<Published> {
        @Override
        public void write(Encoder out, Published p) {
            out.writeBoolean(p.live() != null);
            if (p.live() != null) {
                out.writePart(p.live(), MANIFEST);
            }
            out.writeBoolean(p.spare() != null);
            if (p.spare() != null) {
                out.writePart(p.spare(), MANIFEST);
            }
            out.writePart(p.links().paths(), PATHS);
            out.writeInt(p.links().problems().size());
            p.links().problems().forEach((page, list) -> {
                out.writeString(page);
                out.writeList(list, Steps::diagnostic);
            });
            out.writeInt(p.links().fragmentTargets().size());
            p.links().fragmentTargets().forEach((page, list) -> out.writeString(page).writeStrings(list));
            out.writeStrings(new ArrayList<>(new java.util.TreeSet<>(p.links().notices())));
        }

        @Override
        public Published read(Decoder in) {
            Manifest live = in.readBoolean() ? in.readPart(MANIFEST) : null;
            Manifest spare = in.readBoolean() ? in.readPart(MANIFEST) : null;
            java.util.Set<String> paths = in.readPart(PATHS);
            int n = in.readCount();
            Map<String, List<Diagnostic>> problems = new HashMap<>();
            for (int i = 0; i < n; i++) {
                problems.put(in.readString(), in.readList(Steps::diagnostic));
            }
            int m = in.readCount();
            Map<String, List<String>> fragments = new HashMap<>();
            for (int i = 0; i < m; i++) {
                fragments.put(in.readString(), in.readStrings());
            }
            java.util.Set<String> notices = new java.util.HashSet<>(in.readStrings());
            return new Published(live, spare, new LinkState(paths, problems, fragments, notices));
        }

        @Override
        public boolean writesParts() {
            return true;
        }
    }

    /**
     * An article with what making it found. Registered entities are written by kind and id and
     * read back from the registry the article's key names; entities no registry describes are
     * written whole.
     */
    private static final class ArticleCodec implements Codec<MadeArticle> {
        private final SiteConfig config;
        private final Registry registry;

        ArticleCodec(SiteConfig config, Registry registry) {
            this.config = config;
            this.registry = registry;
        }

        @Override
        public void write(Encoder out, MadeArticle m) {
            out.writeList(m.problems(), Steps::diagnostic);
            out.writeList(m.suggestions(), (o, s) -> o.writeString(s.kind()).writeString(s.name()).writeString(s.path())
                    .writeInt(s.line()).writeInt(s.column()));
            out.writeList(m.places(), (o, p) -> o.writeString(p.key()).writeInt(p.line()).writeInt(p.column()));
            out.writeList(m.heldPictures(), Encoder::writeString);
            out.writeList(m.heldLinks(), Encoder::writeString);
            out.writeBoolean(m.draft() != null);
            if (m.draft() != null) {
                MadeArticle.Draft d = m.draft();
                out.writeString(d.url()).writeString(d.title()).writeString(d.path()).writeString(d.lang())
                        .writeString(d.translationKey()).writeBoolean(d.writesKey());
            }
            Article a = m.article();
            out.writeBoolean(a != null);
            if (a == null) {
                return;
            }
            out.writeFingerprint(m.related());
            out.writeString(a.lang()).writeString(a.translationKey());
            out.writeString(a.path()).writeString(a.slug()).writeString(a.url()).writeString(a.title());
            instant(out, a.date());
            out.writeBoolean(a.updated() != null);
            if (a.updated() != null) {
                instant(out, a.updated());
            }
            out.writeString(a.summary()).writeString(a.author()).writeString(a.dateline());
            out.writeBoolean(a.source() != null);
            if (a.source() != null) {
                out.writeString(a.source().name()).writeString(a.source().url());
            }
            out.writeString(a.image()).writeString(a.imageAlt()).writeString(a.imageCaption());
            out.writeList(a.tags(), (o, t) -> o.writeString(t.name()).writeString(t.slug()).writeString(t.url()));
            out.writeBoolean(a.draft()).writeString(a.html()).writeInt(a.wordCount()).writeInt(a.readingMinutes());
            out.writeInt(a.entities().size());
            a.entities().forEach((kind, uses) -> {
                out.writeString(kind);
                out.writeList(uses, this::use);
            });
            out.writeStrings(a.redirectFrom());
            value(out, a.params());
            desk(out, a.desk());
            out.writeString(a.visibility().name());
            media(out, a.media());
        }

        private void desk(Encoder out, Desk d) {
            out.writeString(text(d.publishDate())).writeString(text(d.expiryDate()));
            out.writeList(d.bylines(), (o, u) -> use(o, u));
            // each name of the byline: a guest's, or the place of its registered author in bylines
            out.writeList(d.bylineNames(), (o, n) -> o.writeString(n.name()).writeInt(authorAt(d.bylines(), n)));
            out.writeString(d.authorType());
            out.writeList(d.corrections(), (o, c) -> o.writeString(c.date().toString()).writeString(c.dateIso())
                    .writeString(c.text()).writeString(c.id()));
            SeriesRef series = d.series();
            out.writeBoolean(series != null);
            if (series != null) {
                out.writeString(series.name()).writeString(series.slug()).writeString(series.url()).writeInt(series.part());
            }
            out.writeString(d.layout());
            out.writeList(d.sections(), (o, x) -> o.writeString(x.id()).writeString(x.title()).writeString(text(x.time()))
                    .writeString(x.timeIso()).writeString(x.html()));
            io.orbitpress.model.Withdrawal w = d.withdrawal();
            out.writeBoolean(w != null);
            if (w != null) {
                out.writeString(text(w.at())).writeString(w.note());
            }
            Correction r = d.retraction();
            out.writeBoolean(r != null);
            if (r != null) {
                out.writeString(r.date().toString()).writeString(r.dateIso()).writeString(r.text()).writeString(r.id());
            }
        }

        private Desk desk(Decoder in, Registry registry) {
            ZonedDateTime publish = dateOrNull(in.readString());
            ZonedDateTime expiry = dateOrNull(in.readString());
            List<EntityUse> bylines = in.readList(i -> use(i, registry));
            List<io.orbitpress.model.BylineName> bylineNames = in.readList(i -> {
                String name = i.readString();
                int at = i.readInt();
                return new io.orbitpress.model.BylineName(name, at < 0 ? null : bylines.get(at).entity());
            });
            String authorType = in.readString();
            List<Correction> corrections = in.readList(i -> new Correction(date(i.readString()), i.readString(),
                    i.readString(), i.readString()));
            SeriesRef series = in.readBoolean()
                    ? new SeriesRef(in.readString(), in.readString(), in.readString(), in.readInt()) : null;
            String layout = in.readString();
            List<Section> sections = in.readList(i -> new Section(i.readString(), i.readString(),
                    dateOrNull(i.readString()), i.readString(), i.readString()));
            io.orbitpress.model.Withdrawal withdrawal = in.readBoolean()
                    ? new io.orbitpress.model.Withdrawal(dateOrNull(in.readString()), in.readString())
                    : null;
            Correction retraction = in.readBoolean()
                    ? new Correction(date(in.readString()), in.readString(), in.readString(), in.readString()) : null;
            return new Desk(publish, expiry, bylines, bylineNames, authorType, corrections, series, layout, sections,
                    withdrawal, retraction);
        }

        /** Where the registered author of {@code n} is in {@code bylines}; -1 for a guest. */
        private static int authorAt(List<EntityUse> bylines, io.orbitpress.model.BylineName n) {
            for (int i = 0; n.registered() && i < bylines.size(); i++) {
                Entity e = bylines.get(i).entity();
                if (e.kind().key().equals(n.author().kind().key()) && e.id().equals(n.author().id())) {
                    return i;
                }
            }
            return -1;
        }

        private static String text(ZonedDateTime t) {
            return t == null ? null : t.toString();
        }

        private static ZonedDateTime dateOrNull(String text) {
            return text == null ? null : date(text);
        }

        private void use(Encoder out, EntityUse u) {
            Entity e = u.entity();
            out.writeBoolean(e.described());
            if (e.described()) {
                out.writeString(e.kind().key()).writeString(e.id());
            } else {
                entity(out, e);
            }
            out.writeString(u.source());
            out.writeList(u.mentions(), (o, r) -> o.writeInt(r.line()).writeInt(r.column()).writeShared(r.text())
                    .writeShared(r.sentence()).writeBoolean(r.row()));
        }

        @Override
        public MadeArticle read(Decoder in) {
            List<Diagnostic> problems = in.readList(Steps::diagnostic);
            List<SiteBuild.SuggestionRef> suggestions = in.readList(i -> new SiteBuild.SuggestionRef(i.readString(),
                    i.readString(), i.readString(), i.readInt(), i.readInt()));
            List<MadeArticle.KeyPlace> places = in.readList(i -> new MadeArticle.KeyPlace(i.readString(), i.readInt(),
                    i.readInt()));
            List<String> held = in.readList(Decoder::readString);
            List<String> heldLinks = in.readList(Decoder::readString);
            MadeArticle.Draft leftOut = in.readBoolean() ? new MadeArticle.Draft(in.readString(), in.readString(),
                    in.readString(), in.readString(), in.readString(), in.readBoolean()) : null;
            if (!in.readBoolean()) {
                return new MadeArticle(null, problems, suggestions, places, Fingerprint.NONE, held, heldLinks, leftOut);
            }
            Fingerprint related = in.readFingerprint();
            String lang = in.readString();
            String translationKey = in.readString();
            // entities are read back as the article's language shows them
            Registry registry = this.registry.in(config.language(lang)
                    .orElseThrow(() -> new Decoder.Corrupt("no language " + lang)));
            String path = in.readString();
            String slug = in.readString();
            String url = in.readString();
            String title = in.readString();
            ZonedDateTime date = instant(in);
            ZonedDateTime updated = in.readBoolean() ? instant(in) : null;
            String summary = in.readString();
            String author = in.readString();
            String dateline = in.readString();
            SourceLink source = in.readBoolean() ? new SourceLink(in.readString(), in.readString()) : null;
            String image = in.readString();
            String imageAlt = in.readString();
            String imageCaption = in.readString();
            List<Tag> tags = in.readList(i -> new Tag(i.readString(), i.readString(), i.readString()));
            boolean draft = in.readBoolean();
            String html = in.readString();
            int words = in.readInt();
            int minutes = in.readInt();
            int kinds = in.readCount();
            Map<String, List<EntityUse>> entities = new LinkedHashMap<>();
            for (int k = 0; k < kinds; k++) {
                entities.put(in.readString(), in.readList(i -> use(i, registry)));
            }
            List<String> redirects = in.readStrings();
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) value(in);
            Desk desk = desk(in, registry);
            Visibility visibility = visibility(in.readString());
            Media media = media(in);
            Article a = new Article(path, slug, url, title, date, updated, summary, author, dateline, source, image,
                    imageAlt, imageCaption, tags, draft, html, words, minutes, entities, redirects, params, desk, media,
                    lang, translationKey).withVisibility(visibility);
            return new MadeArticle(a, problems, suggestions, places, related, held, heldLinks, leftOut);
        }

        private EntityUse use(Decoder in, Registry registry) {
            Entity e;
            if (in.readBoolean()) {
                String kind = in.readString();
                String id = in.readString();
                e = registry.get(kind, id).orElseThrow(() -> new Decoder.Corrupt("no registered " + kind + "/" + id));
            } else {
                e = entity(in, config);
            }
            String source = in.readString();
            List<MentionRef> mentions = in.readList(i -> new MentionRef(i.readInt(), i.readInt(), i.readShared(),
                    i.readShared(), i.readBoolean()));
            return new EntityUse(e, source, mentions);
        }

        private static Visibility visibility(String name) {
            try {
                return Visibility.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Decoder.Corrupt("not a visibility: " + name);
            }
        }

    }

    /** An article's pictures and embeds. */
    static void media(Encoder out, Media m) {
        out.writeBoolean(m.lead() != null);
        if (m.lead() != null) {
            picture(out, m.lead());
        }
        out.writeList(m.pictures(), Steps::picture);
        out.writeList(m.embeds(), (o, e) -> o.writeString(e.provider()).writeString(e.url()).writeString(e.load())
                .writeString(e.src()).writeString(e.link()).writeString(e.title()).writeString(e.caption())
                .writeString(e.credit()).writeInt(e.poster()));
    }

    static Media media(Decoder in) {
        Picture lead = in.readBoolean() ? picture(in) : null;
        List<Picture> pictures = in.readList(Steps::picture);
        List<Embed> embeds = in.readList(i -> new Embed(i.readString(), i.readString(), i.readString(), i.readString(),
                i.readString(), i.readString(), i.readString(), i.readString(), i.readInt()));
        return lead == null && pictures.isEmpty() && embeds.isEmpty() ? Media.NONE : new Media(lead, pictures, embeds);
    }

    static void picture(Encoder out, Picture p) {
        out.writeString(p.role()).writeString(p.src()).writeString(p.url()).writeInt(p.width()).writeInt(p.height());
        out.writeList(p.variants(), (o, v) -> o.writeString(v.url()).writeInt(v.width()).writeInt(v.height()));
        out.writeString(p.alt()).writeBoolean(p.decorative()).writeString(p.caption()).writeString(p.credit())
                .writeString(p.copyright()).writeInt(p.line()).writeInt(p.column());
    }

    static Picture picture(Decoder in) {
        String role = in.readString();
        String src = in.readString();
        String url = in.readString();
        int width = in.readInt();
        int height = in.readInt();
        List<Picture.Variant> variants = in.readList(i -> new Picture.Variant(i.readString(), i.readInt(), i.readInt()));
        return new Picture(role, src, url, width, height, variants, in.readString(), in.readBoolean(), in.readString(),
                in.readString(), in.readString(), in.readInt(), in.readInt());
    }

    /** An entity, whole. */
    static void entity(Encoder out, Entity e) {
        out.writeString(e.kind().key()).writeString(e.id()).writeString(e.name()).writeStrings(e.aliases())
                .writeString(e.url()).writeString(e.path()).writeBoolean(e.described()).writeString(e.role());
        out.writeList(e.facts(), (o, f) -> o.writeString(f.key()).writeString(f.label())
                .writeList(f.values(), (o2, v) -> o2.writeString(v.text()).writeString(v.url())
                        .writeString(v.date() == null ? null : v.date().toString()).writeString(v.word())));
        out.writeString(e.html()).writeString(e.summary()).writeString(e.image()).writeString(e.imageAlt());
        out.writeList(e.links(), (o, l) -> o.writeString(l.name()).writeString(l.url()));
        out.writeInt(e.refs().size());
        e.refs().forEach((k, ids) -> out.writeString(k).writeStrings(ids));
        value(out, e.raw());
    }

    /** A day written as {@link java.time.LocalDate#toString}, or null. */
    private static java.time.LocalDate day(String text) {
        return text == null ? null : java.time.LocalDate.parse(text);
    }

    /** An entity written by {@link #entity(Encoder, Entity)}, of a kind {@code config} has. */
    static Entity entity(Decoder in, SiteConfig config) {
        String kindKey = in.readString();
        EntityKind kind = config.kind(kindKey).orElseThrow(() -> new Decoder.Corrupt("no entity kind " + kindKey));
        String id = in.readString();
        String name = in.readString();
        List<String> aliases = in.readStrings();
        String url = in.readString();
        String path = in.readString();
        boolean described = in.readBoolean();
        String role = in.readString();
        List<Entity.Fact> facts = in.readList(i -> new Entity.Fact(i.readString(), i.readString(),
                i.readList(i2 -> new Entity.FactValue(i2.readString(), i2.readString(), day(i2.readString()),
                        i2.readString()))));
        String html = in.readString();
        String summary = in.readString();
        String image = in.readString();
        String imageAlt = in.readString();
        List<SourceLink> links = in.readList(i -> new SourceLink(i.readString(), i.readString()));
        int n = in.readCount();
        Map<String, List<String>> refs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            refs.put(in.readString(), in.readStrings());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) value(in);
        return new Entity(kind, id, name, aliases, url, path, described, role, facts, html, summary, image, imageAlt,
                links, refs, raw);
    }

    /** A time as its instant and zone: read back without parsing text, which is slow and done for every article. */
    private static void instant(Encoder out, ZonedDateTime t) {
        out.writeLong(t.toEpochSecond()).writeInt(t.getNano()).writeShared(t.getZone().getId());
    }

    private static final Map<String, java.time.ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private static ZonedDateTime instant(Decoder in) {
        long seconds = in.readLong();
        int nanos = in.readInt();
        String zone = in.readShared();
        try {
            return ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
                    ZONES.computeIfAbsent(zone, java.time.ZoneId::of));
        } catch (java.time.DateTimeException e) {
            throw new Decoder.Corrupt("not a time: " + seconds + " " + zone);
        }
    }

    private static ZonedDateTime date(String text) {
        try {
            return ZonedDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Decoder.Corrupt("not a date: " + text);
        }
    }

    private static Visibility visibility(String name) {
        try {
            return Visibility.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Decoder.Corrupt("not a visibility: " + name);
        }
    }

    /** A plain value as front matter gives it: text, number, flag, list or map (nothing else is written). */
    static void value(Encoder out, Object v) {
        if (v == null) {
            out.writeInt(0);
        } else if (v instanceof String s) {
            out.writeInt(1).writeString(s);
        } else if (v instanceof Boolean b) {
            out.writeInt(2).writeBoolean(b);
        } else if (v instanceof Long || v instanceof Integer) {
            out.writeInt(v instanceof Long ? 3 : 7).writeLong(((Number) v).longValue());
        } else if (v instanceof Double d) {
            out.writeInt(4).writeLong(Double.doubleToRawLongBits(d));
        } else if (v instanceof List<?> list) {
            out.writeInt(5).writeInt(list.size());
            list.forEach(x -> value(out, x));
        } else if (v instanceof Map<?, ?> map) {
            out.writeInt(6).writeInt(map.size());
            map.forEach((k, x) -> {
                out.writeString((String) k);
                value(out, x);
            });
        } else {
            throw new IllegalArgumentException("cannot keep a " + v.getClass().getName() + " in the cache");
        }
    }

    static Object value(Decoder in) {
        int tag = in.readInt();
        switch (tag) {
            case 0:
                return null;
            case 1:
                return in.readString();
            case 2:
                return in.readBoolean();
            case 3:
                return in.readLong();
            case 7:
                return (int) in.readLong();
            case 4:
                return Double.longBitsToDouble(in.readLong());
            case 5: {
                int n = in.readCount();
                List<Object> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(value(in));
                }
                return java.util.Collections.unmodifiableList(out);
            }
            case 6: {
                int n = in.readCount();
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    out.put(in.readString(), value(in));
                }
                return java.util.Collections.unmodifiableMap(out);
            }
            default:
                throw new Decoder.Corrupt("unknown value tag " + tag);
        }
    }
}
