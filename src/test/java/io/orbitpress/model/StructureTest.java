package io.orbitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.EntityKind;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The site's structure against its definition: each article's related articles scored pair by
 * pair, the companions counted article by article; and a structure carried over from an earlier
 * list of articles against one made anew, after random edits.
 */
class StructureTest {

    private static final EntityKind PEOPLE = new EntityKind("people", "people", "people", "person", "people",
            List.of("people"), "Person", true, List.of());
    private static final EntityKind MISSIONS = new EntityKind("missions", "missions", "missions", "mission",
            "missions", List.of("missions"), "Thing", false, List.of());
    private static final List<String> KINDS = List.of("people", "missions");
    private static final String[] TOPICS = {"mars", "moon", "launch", "crew", "budget", "rover", "telescope"};

    /** A random writer's archive: few topics and names, so that scores tie often. */
    private static final class Archive {
        final Random random;
        final List<Entity> people = new ArrayList<>();
        final List<Entity> missions = new ArrayList<>();
        /** Missions in two or three articles each: an article with one of them and little else has few related ones. */
        final List<Entity> rare = new ArrayList<>();
        /** A mission in about {@code common} of the articles: near {@link RelatedArticles#BROAD}, edits take it across. */
        final Entity broad;
        final double common;
        int made;

        Archive(Random random, double common) {
            this.random = random;
            this.common = common;
            for (int i = 0; i < 8; i++) {
                people.add(entity(PEOPLE, "p" + i));
                missions.add(entity(MISSIONS, "m" + i));
            }
            broad = entity(MISSIONS, "everywhere");
            for (int i = 0; i < 30; i++) {
                rare.add(entity(MISSIONS, "r" + i));
            }
        }

        static Entity entity(EntityKind kind, String id) {
            return new Entity(kind, id, "Name " + id, List.of(), "/" + kind.key() + "/" + id + "/", "", true, "",
                    List.of(), "", "", null, null, List.of(), Map.of(), Map.of());
        }

        Article article() {
            made++;
            return article("articles/story-" + made + ".md", "story-" + made);
        }

        Article article(String path, String slug) {
            List<Tag> tags = new ArrayList<>();
            int topics = random.nextInt(20) == 0 ? 7 : random.nextInt(4);
            for (int i = 0; i < topics; i++) {
                String t = TOPICS[random.nextInt(TOPICS.length)];
                tags.add(new Tag(t, t, "/topics/" + t + "/", t));
            }
            if (random.nextInt(10) != 0) { // mostly distinct, as writers' lists are
                tags = new ArrayList<>(tags.stream().collect(java.util.stream.Collectors.toMap(Tag::slug, t -> t,
                        (x, y) -> x, LinkedHashMap::new)).values());
            }
            List<EntityUse> who = uses(people, random.nextInt(4));
            List<EntityUse> what = uses(missions, random.nextInt(3));
            if (random.nextInt(3) == 0) {
                what.add(new EntityUse(rare.get(random.nextInt(rare.size())), "text", List.of()));
            }
            if (random.nextDouble() < common) {
                what.add(new EntityUse(broad, "front matter", List.of()));
            }
            List<EntityUse> bylines = who.isEmpty() || random.nextInt(3) != 0 ? List.of() : List.of(who.get(0));
            Map<String, List<EntityUse>> entities = new LinkedHashMap<>();
            if (!who.isEmpty()) {
                entities.put("people", who);
            }
            if (!what.isEmpty()) {
                entities.put("missions", what);
            }
            ZonedDateTime date = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    .plusDays(random.nextInt(40)); // many articles on one day: the slug orders them
            return new Article(path, slug, "/" + slug + "/", "Title " + slug, date, null, "", "", "", null, null,
                    null, null, tags, false, "", 0, 0, entities, List.of(), Map.of(),
                    new Desk(null, null, bylines, bylines.stream().map(u -> BylineName.of(u.entity())).toList(), "",
                            List.of(), null, "", List.of(), null, null), null, "en", "");
        }

        private List<EntityUse> uses(List<Entity> pool, int n) {
            List<EntityUse> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(new EntityUse(pool.get(random.nextInt(pool.size())), "text", List.of()));
            }
            return out;
        }

        int users(List<Article> articles) {
            return (int) articles.stream().filter(this::usesBroad).count();
        }

        Article user(List<Article> articles) {
            return articles.stream().filter(this::usesBroad).findFirst().orElseThrow();
        }

        private boolean usesBroad(Article a) {
            return a.entities().getOrDefault("missions", List.of()).stream().anyMatch(u -> u.entity() == broad);
        }

        /** One writer's edit: a new story, one taken down, or one rewritten (topics, names, date or slug). */
        void edit(List<Article> articles) {
            int what = random.nextInt(articles.isEmpty() ? 1 : 4);
            if (what == 0) {
                articles.add(article());
            } else if (what == 1) {
                articles.remove(random.nextInt(articles.size()));
            } else {
                int i = random.nextInt(articles.size());
                Article before = articles.get(i);
                Article after = article(before.path(), random.nextInt(4) == 0 ? before.slug() + "-x" : before.slug());
                articles.set(i, random.nextBoolean() ? after : new Article(before.path(), before.slug(), before.url(),
                        before.title(), after.date(), null, "", "", "", null, null, null, null, before.tags(), false,
                        "", 0, 0, before.entities(), List.of(), Map.of(), before.desk(), null, "en", ""));
            }
        }
    }

    @Test
    void relatedArticlesAndCompanionsAreWhatTheDefinitionGives() {
        Random random = new Random(20261204);
        for (int round = 0; round < 200; round++) {
            Archive archive = new Archive(random, 0.3);
            List<Article> articles = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                articles.add(archive.article());
            }
            List<Article> sorted = SiteAssembler.newestFirst(articles);
            SiteAssembler.Structure s = SiteAssembler.structure(sorted, KINDS);
            assertThat(s.related()).as("round %d", round).isDeepEqualTo(definedRelated(sorted));
            assertThat(s.together()).as("round %d", round).isEqualTo(definedTogether(sorted));
        }
    }

    @Test
    void aStructureCarriedOverEqualsOneMadeAnewAfterEveryEdit() {
        Random random = new Random(20261205);
        int carried = 0;
        for (int round = 0; round < 12; round++) {
            // about 200 of 230 articles use one mission: edits take it across the broadness limit and back
            Archive archive = new Archive(random, round % 2 == 0 ? 0.87 : 0.3);
            List<Article> articles = new ArrayList<>();
            int n = 200 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                articles.add(archive.article());
            }
            while (round % 2 == 0 && archive.users(articles) != RelatedArticles.BROAD) {
                if (archive.users(articles) < RelatedArticles.BROAD) {
                    articles.add(archive.article());
                } else {
                    articles.remove(archive.user(articles));
                }
            }
            SiteAssembler.Structured earlier = SiteAssembler.structured(SiteAssembler.newestFirst(articles), KINDS,
                    null);
            for (int step = 0; step < 40; step++) {
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    archive.edit(articles);
                }
                List<Article> sorted = SiteAssembler.newestFirst(articles);
                SiteAssembler.Structured now = SiteAssembler.structured(sorted, KINDS, earlier);
                SiteAssembler.Structure anew = SiteAssembler.structure(sorted, KINDS);
                assertThat(now.structure().related()).as("round %d, step %d", round, step)
                        .isDeepEqualTo(anew.related());
                assertThat(now.structure().together()).as("round %d, step %d", round, step)
                        .isEqualTo(anew.together());
                assertThat(now.structure().related()).isDeepEqualTo(definedRelated(sorted));
                int[] was = StructureUpdate.kept(earlier.paths(), earlier.inputs(), now.paths(), now.inputs());
                if (StructureUpdate.fewChanged(was, earlier.paths().size())) {
                    carried++;
                }
                earlier = now;
            }
        }
        assertThat(carried).as("structures carried over rather than made anew").isGreaterThan(400);
    }

    @Test
    void articlesThatKeptTheirInputsAndOrderAreKept() {
        List<String> before = List.of("a", "b", "c", "d", "e");
        List<List<String>> inputs = before.stream().map(List::of).toList();
        // c moved to the front (a new date), d rewritten, f new, b gone
        List<String> after = List.of("c", "a", "d", "f", "e");
        List<List<String>> now = List.of(List.of("c"), List.of("a"), List.of("d", "#new"), List.of("f"),
                List.of("e"));
        assertThat(StructureUpdate.kept(before, inputs, after, now)).containsExactly(-1, 0, -1, -1, 4);
    }

    @Test
    void manyArticlesGoneMakeTheStructureAnew() {
        int[] allKept = new int[2000];
        java.util.Arrays.setAll(allKept, i -> i);
        assertThat(StructureUpdate.fewChanged(allKept, 2000)).isTrue();
        assertThat(StructureUpdate.fewChanged(allKept, 2020)).as("20 gone of 2,020").isTrue();
        assertThat(StructureUpdate.fewChanged(allKept, 3000)).as("1,000 gone").isFalse();
        int[] someNew = allKept.clone();
        java.util.Arrays.fill(someNew, 0, 21, -1);
        assertThat(StructureUpdate.fewChanged(someNew, 2000)).as("21 rewritten: 42 gone or new").isFalse();
    }

    /** Every other article scored against each: 2 a shared topic (as often as each carries it), 1 a narrow entity's pair of uses. */
    private static int[][] definedRelated(List<Article> sorted) {
        Map<String, Integer> uses = new HashMap<>();
        for (Article a : sorted) {
            a.allEntities(KINDS).forEach(u -> uses.merge(u.entity().key(), 1, Integer::sum));
        }
        int[][] out = new int[sorted.size()][];
        for (int i = 0; i < sorted.size(); i++) {
            Article a = sorted.get(i);
            List<int[]> scored = new ArrayList<>();
            for (int j = 0; j < sorted.size(); j++) {
                Article b = sorted.get(j);
                if (j == i) {
                    continue;
                }
                int score = 0;
                for (Tag t : a.tags()) {
                    for (Tag u : b.tags()) {
                        score += t.slug().equals(u.slug()) ? 2 : 0;
                    }
                }
                for (EntityUse u : a.allEntities(KINDS)) {
                    String key = u.entity().key();
                    for (EntityUse v : b.allEntities(KINDS)) {
                        score += uses.get(key) <= RelatedArticles.BROAD && key.equals(v.entity().key())
                                ? 1 : 0;
                    }
                }
                if (score > 0) {
                    scored.add(new int[] {j, score});
                }
            }
            scored.sort(Comparator.comparingInt((int[] x) -> -x[1]).thenComparingInt(x -> x[0]));
            out[i] = scored.stream().limit(SiteAssembler.RELATED).mapToInt(x -> x[0]).toArray();
        }
        return out;
    }

    /** Per entity, each person named with it in an article it does not sign, counted per pair of uses. */
    private static Map<String, Map<String, Integer>> definedTogether(List<Article> sorted) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (Article a : sorted) {
            List<EntityUse> uses = a.allEntities(KINDS);
            for (EntityUse u : uses) {
                String key = u.entity().key();
                if (a.desk().bylines().stream().anyMatch(b -> b.entity().key().equals(key))) {
                    continue;
                }
                for (EntityUse v : uses) {
                    String other = v.entity().key();
                    if (v != u && !other.equals(key) && v.entity().kind().person()) {
                        out.computeIfAbsent(key, k -> new HashMap<>()).merge(other, 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theDefinitionsAgreeWithAHandMadeCase() {
        Archive archive = new Archive(new Random(1), 0);
        Entity ann = archive.people.get(0);
        Entity bob = archive.people.get(1);
        Article one = withTopicsAndPeople("one", 3, List.of("mars"), List.of(ann, bob));
        Article two = withTopicsAndPeople("two", 2, List.of("mars", "moon"), List.of(bob));
        Article three = withTopicsAndPeople("three", 1, List.of("moon"), List.of(ann));
        List<Article> sorted = SiteAssembler.newestFirst(List.of(one, two, three));
        assertThat(sorted).containsExactly(one, two, three);
        // one: two scores 2 + 1, three 1; two: one 3, three 2; three: two 2, one 1
        assertThat(Arrays.deepToString(definedRelated(sorted))).isEqualTo("[[1, 2], [0, 2], [1, 0]]");
        assertThat(definedTogether(sorted)).isEqualTo(Map.of("people/p0", Map.of("people/p1", 1),
                "people/p1", Map.of("people/p0", 1)));
    }

    private static Article withTopicsAndPeople(String slug, int day, List<String> topics, List<Entity> people) {
        List<Tag> tags = topics.stream().map(t -> new Tag(t, t, "/topics/" + t + "/", t)).toList();
        List<EntityUse> uses = people.stream().map(p -> new EntityUse(p, "text", List.of())).toList();
        return new Article(slug + ".md", slug, "/" + slug + "/", slug, ZonedDateTime.of(2026, 1, day, 0, 0, 0, 0,
                ZoneOffset.UTC), null, "", "", "", null, null, null, null, tags, false, "", 0, 0,
                Map.of("people", uses), List.of(), Map.of(), Desk.NONE, null, "en", "");
    }
}
