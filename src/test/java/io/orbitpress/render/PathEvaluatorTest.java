package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The direct evaluation of common {@code ${...}} forms gives what Thymeleaf's OGNL evaluator
 * gives: the same template is rendered by the project's renderer and by a stock Thymeleaf
 * engine, over the same model, and the outputs must be equal (and hold the expected values).
 */
class PathEvaluatorTest {

    public record Tag(String name, String url) {
    }

    public record Story(String title, String url, ZonedDateTime date, String dateline, List<Tag> tags,
            boolean draft, Story older, Map<String, Object> params) {
        public String dateIso() {
            return date.toString();
        }

        public String getShout() {
            return title.toUpperCase(Locale.ROOT);
        }

        public boolean isLong() {
            return title.length() > 10;
        }
    }

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html><body>
            <p id="path" th:text="${story.title}">x</p>
            <p id="call" th:text="${story.dateIso()}">x</p>
            <p id="getter" th:text="${story.shout}">x</p>
            <p id="is" th:text="${story.long}">x</p>
            <p id="index" th:text="${story.tags[0].name}">x</p>
            <p id="index-out" th:text="${story.tags.size()}">x</p>
            <p id="not-empty" th:if="${!story.tags.isEmpty()}">has tags</p>
            <p id="empty-list" th:if="${!other.tags.isEmpty()}">never</p>
            <p id="neg-bool" th:text="${!story.draft}">x</p>
            <p id="map" th:text="${story.params.kicker}">x</p>
            <p id="map-missing" th:text="${story.params.size}">x</p>
            <p id="null-end" th:text="${other.older}">x</p>
            <p id="null-literal" th:text="${null}">x</p>
            <p id="eq-text" th:text="${template == 'home'}">x</p>
            <p id="eq-text-false" th:text="${template == 'tags'}">x</p>
            <p id="eq-int" th:text="${number == 3}">x</p>
            <p id="eq-path" th:text="${story.title == other.title}">x</p>
            <p id="eq-null" th:text="${other.older == null}">x</p>
            <p id="and-short" th:text="${template == 'tags' and missing.key == 'x'}">x</p>
            <p id="and" th:text="${template == 'home' and number == 3}">x</p>
            <p id="strings" th:text="${#strings.isEmpty(story.dateline)}">x</p>
            <p id="strings-null" th:text="${#strings.isEmpty(other.dateline)}">x</p>
            <p id="temporals" th:text="${#temporals.format(story.date, 'MMMM d, yyyy')}">x</p>
            <p id="missing-var" th:text="${missing}">x</p>
            <a id="link" th:href="${story.older.url}">x</a>
            <ul><li th:each="t, it : ${story.tags}" th:text="${t.name + (it.last ? '' : ',')}" th:classappend="${it.first} ? first">x</li></ul>
            <p id="ognl" th:text="${story.title.length() > 3 ? 'long' : 'short'}">x</p>
            <p id="keyword" th:text="${true}">x</p>
            <p id="choice-int" th:text="|${number} ${number == 1 ? 'article' : 'articles'}|">x</p>
            <p id="choice-size" th:text="${story.tags.size() == 2 ? 'two' : 'other'}">x</p>
            <p id="choice-path" th:text="${story.draft ? story.title : other.title}">x</p>
            <p id="choice-not" th:text="${!story.draft ? 'published' : 'draft'}">x</p>
            <p id="choice-quoted" th:text="${template == 'home' ? 'a ? b : c' : 'd'}">x</p>
            <p id="choice-null" th:text="${other.older == null ? 'none' : other.older.title}">x</p>
            <p id="choice-text-cond" th:text="${story.title ? 'yes' : 'no'}">x</p>
            <p id="choice-nested" th:text="${number == 3 ? (template == 'home' ? 'a' : 'b') : 'c'}">x</p>
            </body></html>
            """;

    @Test
    void theDirectPathsRenderWhatOgnlRenders(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.html"), TEMPLATE);
        ZonedDateTime date = ZonedDateTime.of(2025, 7, 30, 9, 0, 0, 0, ZoneId.of("UTC"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kicker", "Launch");
        Story older = new Story("Older one", "/articles/older/", date, "", List.of(), false, null, Map.of());
        Story story = new Story("Crew-11 docks", "/articles/crew-11/", date, "CAPE CANAVERAL",
                List.of(new Tag("ISS", "/tags/iss/"), new Tag("Crew", "/tags/crew/")), true, older, params);
        Story other = new Story("Other", "/articles/other/", date, null, new ArrayList<>(), false, null, new HashMap<>());
        Map<String, Object> model = new HashMap<>();
        model.put("story", story);
        model.put("other", other);
        model.put("template", "home");
        model.put("number", 3);

        String ours = new TemplateRenderer(dir, Locale.ENGLISH)
                .render(new Page("t/", "t.html", "test", "", model, List.of()));
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(dir.toString() + "/");
        TemplateEngine stock = new TemplateEngine();
        stock.setTemplateResolver(resolver);
        String theirs = stock.process("t.html", new Context(Locale.ENGLISH, model));

        assertThat(ours).isEqualTo(theirs);
        assertThat(ours).contains("<p id=\"path\">Crew-11 docks</p>", "<p id=\"getter\">CREW-11 DOCKS</p>",
                "<p id=\"is\">true</p>", "<p id=\"index\">ISS</p>", "<p id=\"index-out\">2</p>",
                "<p id=\"not-empty\">has tags</p>", "<p id=\"neg-bool\">false</p>", "<p id=\"map\">Launch</p>",
                "<p id=\"eq-text\">true</p>", "<p id=\"eq-text-false\">false</p>", "<p id=\"eq-int\">true</p>",
                "<p id=\"eq-path\">false</p>", "<p id=\"eq-null\">true</p>", "<p id=\"and-short\">false</p>",
                "<p id=\"and\">true</p>", "<p id=\"strings\">false</p>", "<p id=\"strings-null\">true</p>",
                "<p id=\"temporals\">July 30, 2025</p>", "<a id=\"link\" href=\"/articles/older/\">",
                "<li class=\"first\">ISS,</li>", "<li>Crew</li>", "<p id=\"ognl\">long</p>",
                "<p id=\"choice-int\">3 articles</p>", "<p id=\"choice-size\">two</p>",
                "<p id=\"choice-path\">Crew-11 docks</p>", "<p id=\"choice-not\">draft</p>",
                "<p id=\"choice-quoted\">a ? b : c</p>", "<p id=\"choice-null\">none</p>",
                "<p id=\"choice-text-cond\">no</p>", "<p id=\"choice-nested\">a</p>");
        assertThat(ours).doesNotContain("never");
    }

    @Test
    void choicesWithTextsAndPathsAreEvaluatedDirectlyAndTheRestLeftToOgnl() {
        assertThat(PathEvaluator.parse("e.articleCount == 1 ? 'article' : 'articles'")).isNotNull();
        assertThat(PathEvaluator.parse("template == 'home' ? 'a ? b : c' : other.title")).isNotNull();
        assertThat(PathEvaluator.parse("a ?: b")).isNull();
        assertThat(PathEvaluator.parse("a ? b : c ? d : e")).isNull();
        assertThat(PathEvaluator.parse("a ? (b ? 'x' : 'y') : 'z'")).isNull();
        assertThat(PathEvaluator.parse("a ? 'x' + b : 'y'")).isNull();
    }

    @Test
    void aNullHalfwayFailsWithOgnlsMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.html"), "<p th:text=\"${story.older.title}\">x</p>");
        Story story = new Story("A", "/a/", ZonedDateTime.now(ZoneId.of("UTC")), "", List.of(), false, null, Map.of());
        TemplateRenderer renderer = new TemplateRenderer(dir, Locale.ENGLISH);
        assertThatThrownBy(() -> renderer.render(new Page("t/", "t.html", "test", "", Map.of("story", story), List.of())))
                .isInstanceOf(TemplateRenderer.TemplateProblem.class)
                .hasMessageContaining("${story.older.title} reads \"title\" of a value that is empty on this page");
    }

    @Test
    void anUnknownNameFailsWithOgnlsMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.html"), "<p th:text=\"${story.nope}\">x</p>");
        Story story = new Story("A", "/a/", ZonedDateTime.now(ZoneId.of("UTC")), "", List.of(), false, null, Map.of());
        TemplateRenderer renderer = new TemplateRenderer(dir, Locale.ENGLISH);
        assertThatThrownBy(() -> renderer.render(new Page("t/", "t.html", "test", "", Map.of("story", story), List.of())))
                .isInstanceOf(TemplateRenderer.TemplateProblem.class)
                .hasMessageContaining("unknown value \"nope\" in ${story.nope}");
    }
}
