package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample site in content/ builds cleanly, and its entity pages link both ways. */
class SampleSiteTest {

    @TempDir
    static Path out;

    static BuildResult result;

    @BeforeAll
    static void build() {
        result = new SiteBuild(BuildOptions.of(Path.of(".")).withOut(out.resolve("site"))).build();
    }

    private static Document page(String route) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("site").resolve(route + "index.html")));
    }

    @Test
    void buildsWithoutWarnings() {
        assertThat(result.warnings()).isEmpty();
        assertThat(result.pagesByKind().get("article")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void timingsNameEachStepInTheOrderItRan() {
        assertThat(result.timings().keySet()).containsExactly("cache", "load", "validate", "articles", "images",
                "assemble", "plan", "static", "render", "link check", "write");
        assertThat(result.timings().values()).allMatch(ms -> ms >= 0);
    }

    @Test
    void eachPersonOfTheSeedReportHasAPageListingArticlesWithASentence() throws IOException {
        for (String id : List.of("sean-duffy", "dmitry-bakanov", "oleg-platonov", "zena-cardman", "michael-fincke",
                "kimiya-yui")) {
            Document person = page("people/" + id + "/");
            String name = person.select("h1").text();
            assertThat(person.select(".timeline li")).as(id).isNotEmpty();
            for (var li : person.select(".timeline li")) {
                String href = li.select("a").attr("href");
                assertThat(href).as(id).startsWith("../../articles/");
                Document article = page("people/" + id + "/" + href);
                // the article links back to the person
                assertThat(article.select("a[href=../../people/" + id + "/]")).as(id + " from " + href).isNotEmpty();
                String sentence = li.select("blockquote.mention").text();
                if (!sentence.isEmpty()) {
                    String surname = name.substring(name.lastIndexOf(' ') + 1);
                    assertThat(sentence).as(id).containsAnyOf(name, surname);
                    // a table row is quoted with its cells joined by " · ", each after its column's header
                    String body = article.select(".story-body").text();
                    for (String part : sentence.replace("…", "").split(" \u00b7 ")) {
                        String cell = sentence.contains(" \u00b7 ") && part.contains(": ")
                                ? part.substring(part.indexOf(": ") + 2) : part;
                        assertThat(body).as(id).contains(cell.substring(0, Math.min(40, cell.length())));
                    }
                }
            }
        }
    }

    /**
     * An organization's people were listed by id (first name): they are filed as the people index
     * files them, by surname; a mission's crew keeps the order its file names them in.
     */
    @Test
    void anOrganizationsPeopleAreFiledBySurnameAMissionsCrewAsWritten() throws IOException {
        Document nasa = page("organizations/nasa/");
        List<String> people = nasa.select("h3:matchesOwn(^People$) + ul a").eachText();
        assertThat(people).contains("Zena Cardman", "Michael Fincke");
        List<String> surnames = people.stream().map(n -> n.substring(n.lastIndexOf(' ') + 1)).toList();
        assertThat(surnames).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        String jsonLd = page("missions/crew-11/").select("script[type=application/ld+json]").html();
        assertThat(jsonLd.indexOf("Kimiya Yui")).as("the crew as crew-11.md names it").isGreaterThan(0)
                .isLessThan(jsonLd.indexOf("Oleg Platonov"));
    }

    /** A launch site written per language was put into a mission's JSON-LD as "{en=..., ru=...}". */
    @Test
    void aFactWrittenPerLanguageIsInEachPagesJsonLdInItsLanguage() throws IOException {
        String en = page("missions/crew-11/").select("script[type=application/ld+json]").html();
        String ru = page("ru/missions/crew-11/").select("script[type=application/ld+json]").html();
        assertThat(en).contains("\"location\":{\"@type\":\"Place\",\"name\":\"Launch Complex 39A, Kennedy Space"
                + " Center, Florida\"}").doesNotContain("{en=");
        assertThat(ru).contains("\"name\":\"стартовый комплекс 39A, Космический центр имени Кеннеди, Флорида\"}")
                .doesNotContain("{en=");
    }

    @Test
    void crew11HasItsCrewLinked() throws IOException {
        Document crew11 = page("missions/crew-11/");
        assertThat(crew11.select(".fact-box a").eachText()).contains("Zena Cardman", "Michael Fincke", "Kimiya Yui",
                "Oleg Platonov");
        assertThat(crew11.select(".timeline li")).hasSizeGreaterThanOrEqualTo(4);
        Document platonov = page("people/oleg-platonov/");
        assertThat(platonov.select(".fact-box a").eachText()).contains("Crew-11");
    }
}
