package io.orbitpress.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.commonmark.node.Node;

/**
 * Finds mentions of registered entities in an article's Markdown tree, plus hits of patterns
 * for entities not registered yet and suggestions for people introduced by a cue phrase.
 *
 * <p>Built once, then immutable and safe to share between threads. Each text block is scanned
 * in a single pass over a trie of all folded names; see {@link NameTrie}.
 */
public final class MentionExtractor {
    private final List<EntityName> entities;
    private final NameTrie names;
    private final MentionPatterns patterns;
    private final Cues cues;

    private MentionExtractor(Builder builder) {
        this.entities = List.copyOf(builder.entities);
        this.names = NameTrie.of(entities);
        this.patterns = new MentionPatterns(builder.patterns);
        this.cues = new Cues(builder.cues);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mention with where it stands in its block, kept for linking. */
    record Found(Mention mention, BlockText block, int start, int end) {
    }

    public Extraction extract(Node document) {
        return extract(document, null, null);
    }

    /**
     * Extracts as {@link #extract(Node)} does and links the first mention of each entity as
     * {@link #linkFirstMentions} does, scanning the document once instead of twice.
     */
    public Extraction extractAndLink(Node document, BiFunction<String, String, String> hrefFor) {
        return extractAndLink(document, hrefFor, null);
    }

    /**
     * As {@link #extractAndLink(Node, BiFunction)}, for a page that shows its parts in another order
     * than the file's (a live blog, newest entry first): the mention linked is the first a reader
     * meets, by {@code shownAt}, which gives a line of the document (from 1) its place on the page
     * (lower first; lines of one place keep the file's order); null for the file's order.
     */
    public Extraction extractAndLink(Node document, BiFunction<String, String, String> hrefFor,
            java.util.function.IntUnaryOperator shownAt) {
        Map<String, Found> first = new LinkedHashMap<>();
        Extraction extraction = extract(document, first, shownAt);
        if (hrefFor != null) {
            List<Found> chosen = new ArrayList<>(first.values());
            if (shownAt != null) {
                // the linker wants the file's order
                chosen.sort(java.util.Comparator.comparingInt((Found f) -> f.mention().line())
                        .thenComparingInt(f -> f.mention().column()));
            }
            List<String> hrefs = new ArrayList<>();
            for (Found found : chosen) {
                hrefs.add(hrefFor.apply(found.mention().kind(), found.mention().id()));
            }
            MentionLinker.link(chosen, hrefs);
        }
        return extraction;
    }

    /**
     * @param firstLinkable when not null, receives the first linkable mention of each entity
     * @param shownAt       when not null, the place on the page of a line: "first" is first there
     */
    private Extraction extract(Node document, Map<String, Found> firstLinkable, java.util.function.IntUnaryOperator shownAt) {
        List<Mention> mentions = new ArrayList<>();
        List<PatternMention> patternMentions = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        Set<String> suggested = new HashSet<>();
        if (document == null) {
            return new Extraction(mentions, patternMentions, suggestions);
        }
        for (BlockText block : BlockCollector.collect(document)) {
            FoldedText folded = FoldedText.of(block.matchChars());
            Sentences sentences = Sentences.of(block.lead(), block.display(), block.whole());
            List<Found> blockNames = names(block, folded, sentences, named);
            for (Found found : blockNames) {
                mentions.add(found.mention());
            }
            List<Found> hits = hits(block, folded, blockNames);
            for (Found hit : hits) {
                Mention m = hit.mention();
                patternMentions.add(new PatternMention(m.kind(), m.text(), m.id(), m.line(), m.column(),
                        sentences.around(hit.start()), m.row()));
            }
            if (firstLinkable != null) {
                for (Found found : linkable(blockNames, hits)) {
                    String key = key(found.mention().kind(), found.mention().id());
                    Found before = firstLinkable.get(key);
                    if (before == null || shownAt != null && shownAt.applyAsInt(found.block().line(found.start()))
                            < shownAt.applyAsInt(before.block().line(before.start()))) {
                        firstLinkable.put(key, found);
                    }
                }
            }
            for (Cues.Hit hit : cues.find(block.matchChars())) {
                String name = Sentences.clean(block.display().substring(hit.start(), hit.end()), 0);
                if (registered(name) || !suggested.add(hit.kind() + '\u0000' + name)) {
                    continue;
                }
                suggestions.add(new Suggestion(hit.kind(), name, hit.cue(), block.line(hit.start()), block.column(hit.start())));
            }
        }
        return new Extraction(mentions, patternMentions, suggestions);
    }

    /**
     * Wraps the first mention of each entity in {@code extraction} in a {@code Link} to
     * {@code hrefFor(kind, id)}. Mentions inside a link or a heading are passed over, as are
     * mentions split across several inline nodes (emphasis, a line break); the next mention of the
     * same entity is linked instead. Mutates {@code document}, which the caller owns.
     */
    public void linkFirstMentions(Node document, Extraction extraction, BiFunction<String, String, String> hrefFor) {
        if (document == null || extraction == null || hrefFor == null) {
            return;
        }
        Set<String> wanted = new HashSet<>();
        for (Mention mention : extraction.mentions()) {
            wanted.add(key(mention.kind(), mention.id()));
        }
        for (PatternMention hit : extraction.patternMentions()) {
            wanted.add(key(hit.kind(), hit.slug()));
        }
        Map<String, Found> first = new LinkedHashMap<>();
        Set<Integer> named = new HashSet<>();
        for (BlockText block : BlockCollector.collect(document)) {
            FoldedText folded = FoldedText.of(block.matchChars());
            List<Found> blockNames = names(block, folded, null, named);
            for (Found found : linkable(blockNames, hits(block, folded, blockNames))) {
                String key = key(found.mention().kind(), found.mention().id());
                if (wanted.contains(key)) {
                    first.putIfAbsent(key, found);
                }
            }
        }
        List<Found> chosen = new ArrayList<>(first.values());
        List<String> hrefs = new ArrayList<>();
        for (Found found : chosen) {
            hrefs.add(hrefFor.apply(found.mention().kind(), found.mention().id()));
        }
        MentionLinker.link(chosen, hrefs);
    }

    /**
     * The hits of the site's patterns in one block that overlap none of its {@code names},
     * in the order the patterns find them, each as a mention of the entity the pattern names
     * (its id the name's slug; no sentence).
     */
    private List<Found> hits(BlockText block, FoldedText folded, List<Found> names) {
        List<MentionPatterns.Hit> found = patterns.find(folded.chars());
        if (found.isEmpty()) {
            return List.of(); // most blocks: no names' places to gather
        }
        List<int[]> taken = new ArrayList<>(names.size());
        for (Found name : names) {
            taken.add(new int[] {name.start(), name.end()});
        }
        List<Found> out = new ArrayList<>();
        for (MentionPatterns.Hit hit : found) {
            int start = folded.origin(hit.start());
            int end = folded.originEnd(block.matchChars(), hit.end() - 1);
            if (overlaps(taken, start, end)) {
                continue;
            }
            String name = Sentences.clean(block.display().substring(start, end), 0);
            out.add(new Found(new Mention(hit.kind(), MentionPatterns.slug(name), block.line(start), block.column(start),
                    name, "", block.whole()), block, start, end));
        }
        return out;
    }

    /**
     * Of one block's names and pattern hits, those a link may wrap, in document order (what
     * {@link MentionLinker#link} needs): a hit that overlaps an earlier one is left out, so that no
     * two links nest.
     */
    private static List<Found> linkable(List<Found> names, List<Found> hits) {
        List<Found> out = new ArrayList<>(names.size() + hits.size());
        out.addAll(names);
        List<Found> sorted = new ArrayList<>(hits);
        sorted.sort(java.util.Comparator.comparingInt(Found::start));
        int end = -1;
        for (Found hit : sorted) {
            if (hit.start() >= end) {
                out.add(hit);
                end = hit.end();
            }
        }
        if (!hits.isEmpty()) {
            out.sort(java.util.Comparator.comparingInt(Found::start));
        }
        out.removeIf(f -> !MentionLinker.linkable(f));
        return out;
    }

    /** Names in one block, leftmost-longest; {@code named} carries the people named so far. */
    private List<Found> names(BlockText block, FoldedText folded, Sentences sentences, Set<Integer> named) {
        List<Found> found = new ArrayList<>();
        char[] text = folded.chars();
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (c == BlockText.SEPARATOR || c == ' ') {
                i++;
                continue;
            }
            NameTrie.Candidate match = null;
            NameTrie.Target target = null;
            List<NameTrie.Candidate> candidates = names.candidatesAt(text, i);
            for (int k = 0; k < candidates.size() && match == null; k++) {
                NameTrie.Candidate candidate = candidates.get(k);
                for (NameTrie.Target t : candidate.targets()) {
                    if (!t.surname() || named.contains(t.entity())) {
                        match = candidate;
                        target = t;
                        break;
                    }
                }
            }
            if (match == null) {
                // No name starts inside a word, so the rest of this one is passed over.
                i++;
                if (NameTrie.isWord(c)) {
                    while (i < text.length && NameTrie.isWord(text[i])) {
                        i++;
                    }
                }
                continue;
            }
            if (target.surname() && anotherFirstName(text, match.start())) {
                // "Then Mark Kelly spoke" after Scott Kelly: another Kelly, and a bare "Kelly" after it is his
                named.remove(target.entity());
                i = match.end();
                continue;
            }
            int start = folded.origin(match.start());
            int end = folded.originEnd(block.matchChars(), match.end() - 1);
            EntityName entity = entities.get(target.entity());
            if (!target.surname()) {
                named.add(target.entity());
            }
            String shown = oneSpaced(block.display(), start, end);
            Mention mention = new Mention(entity.kind(), entity.id(), block.line(start), block.column(start), shown,
                    sentences == null ? "" : sentences.around(start), block.whole());
            found.add(new Found(mention, block, start, end));
            i = match.end();
        }
        return found;
    }

    /** Capitalised words before a surname that are not a first name: "Commander Kelly", "Senator Kelly". */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Doctor", "Sir", "Dame", "Lady",
            "Lord", "Madam", "Commander", "Astronaut", "Astronauts", "Cosmonaut", "Cosmonauts", "Taikonaut", "Captain",
            "Colonel", "General", "Admiral", "Major", "Lieutenant", "Sergeant", "Administrator", "Director", "Deputy",
            "Acting", "Chief", "Senator", "Representative", "Congressman", "Congresswoman", "President", "Governor",
            "Secretary", "Minister", "Chancellor", "Premier", "Ambassador", "Judge", "Professor", "Engineer", "Pilot",
            "Specialist", "Spokesperson", "Spokesman", "Spokeswoman", "Flight", "Mission", "Payload", "Veteran",
            "Former", "Retired", "Both", "Only", "Neither", "Said", "Says", "As", "When", "While", "After", "Before");

    /**
     * Whether the word before the surname at {@code start} of the folded {@code text} is another
     * first name: a capitalised Latin word, not a title, inside a sentence (a capitalised word that
     * starts one may be any word: "Then Kelly said"). "Mark Kelly" is not Scott Kelly.
     */
    static boolean anotherFirstName(char[] text, int start) {
        int end = start;
        while (end > 0 && text[end - 1] == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text[begin - 1])) {
            begin--;
        }
        if (end - begin < 2 || end == start || !(text[begin] >= 'A' && text[begin] <= 'Z')) {
            return false;
        }
        for (int k = begin + 1; k < end; k++) {
            if (!Character.isLowerCase(text[k])) {
                return false;
            }
        }
        if (TITLES.contains(new String(text, begin, end - begin))) {
            return false;
        }
        int before = begin;
        while (before > 0 && text[before - 1] == ' ') {
            before--;
        }
        // a letter, a digit or a comma before it: inside a sentence
        return before > 0 && before < begin && (Character.isLetterOrDigit(text[before - 1]) || text[before - 1] == ',');
    }

    /**
     * {@code text[start, end)} with each run of ASCII whitespace (what {@code \s} matches) made
     * one space, as {@code replaceAll("\\s+", " ")} would, without a regular expression.
     */
    static String oneSpaced(String text, int start, int end) {
        int first = start;
        while (first < end && !asciiSpace(text.charAt(first))) {
            first++;
        }
        if (first == end) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start).append(text, start, first);
        for (int i = first; i < end; i++) {
            char c = text.charAt(i);
            if (!asciiSpace(c)) {
                out.append(c);
            } else if (i == first || !asciiSpace(text.charAt(i - 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether a cued name, or the same name without middle initials, starts with a registered name. */
    private boolean registered(String name) {
        String folded = FoldedText.fold(name);
        return names.hasNamePrefix(folded) || names.hasNamePrefix(folded.replaceAll(" \\p{Lu}\\.(?= )", ""));
    }

    /**
     * Whether {@code [start, end)} overlaps one of the {@code taken} ranges, which are in order and
     * apart (names are found left to right, one after another): found by halving, not by looking
     * at each, so that a block of many names and many pattern hits costs no product of the two.
     */
    static boolean overlaps(List<int[]> taken, int start, int end) {
        int low = 0;
        int high = taken.size();
        // the first range that ends after start
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (taken.get(mid)[1] <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < taken.size() && taken.get(low)[0] < end;
    }

    private static String key(String kind, String id) {
        return kind + '\u0000' + id;
    }

    /** Collects entities, patterns and cues; {@link #build()} freezes them. */
    public static final class Builder {
        private static final List<String> MISSION_PATTERNS = List.of(
                "Crew-\\d+", "Soyuz MS-\\d+", "Progress MS-\\d+", "Expedition \\d+", "Artemis (?:I|II|III|IV|V)\\b",
                "Ax-\\d+", "STS-\\d+", "Shenzhou-\\d+", "Tianzhou-\\d+", "NG-\\d+", "CRS-\\d+");
        private static final List<String> PEOPLE_CUES = List.of(
                "astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut", "Administrator", "administrator",
                "Acting Administrator",
                "Director General", "director", "Director", "commander", "Commander", "pilot", "engineer", "Secretary",
                "spokesperson", "spokeswoman", "spokesman", "CEO", "President", "chief");

        private final List<EntityName> entities = new ArrayList<>();
        private final List<MentionPatterns.KindPattern> patterns = new ArrayList<>();
        private final LinkedHashMap<String, String> cues = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder entity(EntityName e) {
            entities.add(Objects.requireNonNull(e, "entity"));
            return this;
        }

        /** A pattern for entities of {@code kind} not registered yet, e.g. {@code ("missions", "Crew-\\d+")}. */
        public Builder pattern(String kind, String regex) {
            patterns.add(new MentionPatterns.KindPattern(Objects.requireNonNull(kind, "kind"), Pattern.compile(regex)));
            return this;
        }

        /**
         * A phrase that introduces an unregistered entity of {@code kind}, e.g. {@code ("people",
         * "astronaut")}; one in lower case is found capitalised too, as it is at the start of a
         * sentence ("Astronaut Frank Rubio said").
         */
        public Builder cue(String kind, String phrase) {
            Objects.requireNonNull(kind, "kind");
            if (phrase != null && !phrase.isBlank()) {
                String p = phrase.strip();
                cues.putIfAbsent(p, kind);
                int first = p.codePointAt(0);
                if (Character.isLowerCase(first)) {
                    cues.putIfAbsent(new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                            .append(p.substring(Character.charCount(first))).toString(), kind);
                }
            }
            return this;
        }

        /** Adds the default mission patterns and people cues. */
        public Builder defaults() {
            MISSION_PATTERNS.forEach(regex -> pattern("missions", regex));
            PEOPLE_CUES.forEach(phrase -> cue("people", phrase));
            return this;
        }

        public MentionExtractor build() {
            return new MentionExtractor(this);
        }
    }
}
