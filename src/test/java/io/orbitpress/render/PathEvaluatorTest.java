package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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

        public List<String> getNames() {
            return tags.stream().map(Tag::name).toList();
        }
    }

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html><body>
            <template th:if="${false}" th:with="missing=${null}"></template>
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
            <p id="gt" th:text="${number > 2}">x</p>
            <p id="lt" th:text="${number < 2}">x</p>
            <p id="ge" th:text="${number >= 3}">x</p>
            <p id="le" th:text="${number <= 2}">x</p>
            <p id="gt-size" th:text="${story.tags.size() > 1}">x</p>
            <p id="gt-length" th:text="${story.title.length() > 20}">x</p>
            <p id="or" th:text="${template == 'tags' or number == 3}">x</p>
            <p id="or-short" th:text="${template == 'home' or missing.key == 'x'}">x</p>
            <p id="or-false" th:text="${template == 'tags' or number > 3}">x</p>
            <p id="or-and" th:text="${template == 'tags' and number == 3 or number > 2}">x</p>
            <p id="not-strings" th:text="${!#strings.isEmpty(story.dateline)}">x</p>
            <p id="ne-null" th:text="${story.older != null}">x</p>
            <p id="ne-null-false" th:text="${other.older != null}">x</p>
            <p id="ne-text" th:text="${template != 'home'}">x</p>
            <p id="eq-object-null" th:text="${story.older == null}">x</p>
            <p id="concat" th:text="${'x-' + story.title}">x</p>
            <p id="concat-number" th:text="${'n-' + number}">x</p>
            <p id="choice-null-branch" th:text="${story.draft ? null : 'shown'}">x</p>
            <p id="msg" th:text="${#messages.msgOrNull('label.' + kind)}">x</p>
            <p id="msg-literal" th:text="${#messages.msgOrNull('label.launch')}">x</p>
            <p id="msg-missing" th:text="${#messages.msgOrNull('label.' + template)}">x</p>
            <p id="missing-ne-null" th:text="${missing != null}">x</p>
            <p id="missing-eq-null" th:text="${missing == null}">x</p>
            <p id="missing-not" th:text="${!missing}">x</p>
            <p id="missing-and" th:text="${missing != null and !#strings.isEmpty(missing.icon)}">x</p>
            <p id="msg-args" th:text="${#messages.msg('label.count', story.title, number)}">x</p>
            <p id="msg-plain" th:text="${#messages.msg('label.launch')}">x</p>
            <p id="msg-choice" th:text="${number == 1 ? story.title : #messages.msg('label.count', story.title, number)}">x</p>
            <p id="join" th:text="${#strings.listJoin(story.names, ', ')}">x</p>
            <p id="join-empty" th:text="${#strings.listJoin(other.names, ', ')}">x</p>
            <p id="msg-elvis" th:text="${#messages.msgOrNull('label.' + template)} ?: ${story.title}">x</p>
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
        model.put("kind", "launch");
        // the same message for both engines: the theme's file, and the stock engine's file of the template
        Files.writeString(dir.resolve("messages_en.properties"), "label.launch=Launches\nlabel.count={0} has {1} parts\n");
        Files.writeString(dir.resolve("t_en.properties"), "label.launch=Launches\nlabel.count={0} has {1} parts\n");

        String ours = new String(new TemplateRenderer(dir, Locale.ENGLISH)
                .render(new Page("t/", "t.html", "test", "", model, List.of())), StandardCharsets.UTF_8);
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
                "<p id=\"choice-text-cond\">no</p>", "<p id=\"choice-nested\">a</p>", "<p id=\"gt\">true</p>",
                "<p id=\"lt\">false</p>", "<p id=\"ge\">true</p>", "<p id=\"le\">false</p>",
                "<p id=\"gt-size\">true</p>", "<p id=\"gt-length\">false</p>", "<p id=\"or\">true</p>",
                "<p id=\"or-short\">true</p>", "<p id=\"or-false\">false</p>", "<p id=\"or-and\">true</p>",
                "<p id=\"not-strings\">true</p>", "<p id=\"ne-null\">true</p>", "<p id=\"ne-null-false\">false</p>",
                "<p id=\"ne-text\">false</p>", "<p id=\"eq-object-null\">false</p>",
                "<p id=\"concat\">x-Crew-11 docks</p>", "<p id=\"concat-number\">n-3</p>",
                "<p id=\"choice-null-branch\"></p>", "<p id=\"msg\">Launches</p>",
                "<p id=\"msg-literal\">Launches</p>", "<p id=\"msg-missing\"></p>",
                "<p id=\"msg-elvis\">Crew-11 docks</p>", "<p id=\"missing-var\"></p>",
                "<p id=\"missing-ne-null\">false</p>", "<p id=\"missing-eq-null\">true</p>",
                "<p id=\"missing-not\">true</p>", "<p id=\"missing-and\">false</p>",
                "<p id=\"msg-args\">Crew-11 docks has 3 parts</p>", "<p id=\"msg-plain\">Launches</p>",
                "<p id=\"msg-choice\">Crew-11 docks has 3 parts</p>", "<p id=\"join\">ISS, Crew</p>",
                "<p id=\"join-empty\"></p>");
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
    void comparisonsMessagesAndJoinedTextsAreEvaluatedDirectlyAndTheRestLeftToOgnl() {
        for (String direct : List.of("page.image.width > 0", "a.size() <= b.count", "n >= 10", "x.y < 3",
                "articles.size() > 1 or pagination.number > 1", "a and b or c", "inline != null",
                "inline != null and !#strings.isEmpty(inline.icon)", "#messages.msgOrNull('kind.' + k.key)",
                "#messages.msgOrNull('kind.people')", "#messages.msgOrNull(k.key)", "'kind.' + k.key",
                "l.version ? l.code : null", "a.b != 'x'", "a == 'x or b'", "#messages.msg('a', b)",
                "#messages.msg('by.and')", "#messages.msg('a, b', 'x, y', c.d)",
                "n == 1 ? site.title : #messages.msg('home.page', site.title, n)", "#strings.listJoin(e.aliases, ', ')")) {
            assertThat(PathEvaluator.parse(direct)).as(direct).isNotNull();
        }
        for (String ognl : List.of("a > 'x'", "a + b", "'a' + b + 'c'", "a.b + 'x'", "(a or b) and c",
                "#messages.msgOrNull('a') + #messages.msgOrNull('b')",
                "#messages.msg(a)", "#messages.msg('a', b + c)", "#messages.msg('a', null)", "!(a and b)",
                "a > b > c", "a == b != c", "a > -1",
                "#strings.listJoin(a)", "#strings.listJoin(a, b)")) {
            assertThat(PathEvaluator.parse(ognl)).as(ognl).isNull();
        }
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

    /**
     * A name no page has and no template sets is a misspelling: it reads as null, the page goes
     * on, and every such name it meets is told at its expression.
     */
    @Test
    void namesNothingSetsAreToldAllAtOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.html"), "<p th:text=\"${headline}\">x</p>\n<p th:if=\"${!artcle.draft}\">y</p>\n"
                + "<p th:each=\"a : ${articles}\" th:text=\"${a.title}\">z</p>\n");
        TemplateRenderer renderer = new TemplateRenderer(dir, Locale.ENGLISH);
        assertThatThrownBy(() -> renderer.render(new Page("t/", "t.html", "test", "", Map.of("article", "A"), List.of())))
                .isInstanceOfSatisfying(TemplateRenderer.TemplateProblem.class, p -> assertThat(p.diagnostics())
                        .extracting(d -> d.line() + ":" + d.column() + " " + d.message().substring(0, d.message()
                                .indexOf(':')))
                        .containsExactly("1:13 unknown variable \"headline\" in ${headline}",
                                "2:11 unknown variable \"artcle\" in ${!artcle.draft}"));
        assertThat(new String(renderer.render(new Page("t/", "t.html", "test", "", Map.of("headline", "H", "artcle",
                java.util.Map.of("draft", false), "articles", List.of()), List.of())), StandardCharsets.UTF_8))
                .contains("<p>H</p>", "<p>y</p>");
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
