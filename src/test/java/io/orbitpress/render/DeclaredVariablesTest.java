package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The names a template sets, which a page may lack without a misspelling: what
 * {@link TemplateRenderer#declaredVariables} finds in each way Thymeleaf sets one.
 */
class DeclaredVariablesTest {

    @Test
    void withAssignsEveryName() {
        assertThat(TemplateRenderer.declaredVariables(
                "<div th:with=\"first=${a.b}, second=${x == 1 ? 'y' : 'z'}\"><p data-th-with='third=3'></p></div>"))
                .containsExactly("first", "second", "third");
    }

    @Test
    void eachSetsItsItemAndStatus() {
        assertThat(TemplateRenderer.declaredVariables("<li th:each=\"a : ${articles}\"></li>"
                + "<li th:each=\"t, st : ${tags}\"></li>[# th:each=\"e : ${entries}\"][/]"))
                .containsExactly("a", "aStat", "e", "eStat", "st", "t", "tStat");
    }

    @Test
    void fragmentsSetTheirParameters() {
        assertThat(TemplateRenderer.declaredVariables("<img th:fragment=\"img(p, sizes, eager)\">"
                + "<nav th:fragment=\"pager\"></nav><div th:replace=\"~{fragments :: box(title=${t}, open=true)}\"></div>"))
                .containsExactly("eager", "open", "p", "sizes", "title");
    }

    /** A parameter passed by name after one whose value calls a method, or holds a quoted parenthesis. */
    @Test
    void aCallsNamedParametersAreFoundPastTheCallsInsideIt() {
        assertThat(TemplateRenderer.declaredVariables("<p th:replace=\"~{fragments.html :: opt(upper=${#strings"
                + ".toUpperCase(article.title)}, note=')', lbl=${article.title})}\"></p>"))
                .containsExactly("lbl", "note", "upper");
    }

    /** Names in any script, as a path reads them. */
    @Test
    void namesMayBeWrittenInAnyScript() {
        assertThat(TemplateRenderer.declaredVariables("<div th:with=\"подпись=${site.title}\"><p th:each=\"статья :"
                + " ${articles}\"></p></div>")).containsExactly("подпись", "статья", "статьяStat");
    }

    @Test
    void readingANameSetsNothing() {
        assertThat(TemplateRenderer.declaredVariables("<p th:if=\"${cardHeading == 3}\" th:text=\"${headline}\">"
                + "<a th:href=\"@{/x(page=${n})}\">")).isEmpty();
    }
}
