package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link TemplateSyntax} finds in a templates folder without rendering: it runs only when a
 * build already failed, and what it reports must be a real mistake, so the whole theme reads clean.
 */
class TemplateSyntaxTest {

    @TempDir
    Path dir;

    @Test
    void theThemeHasNoMistake() {
        assertThat(TemplateSyntax.problems(Path.of("templates"))).isEmpty();
    }

    @Test
    void findsExpressionsThatDoNotParseInEveryMode() throws IOException {
        Files.writeString(dir.resolve("page.html"), """
                <main>
                  <p th:each="a : ${articles}" th:text="${a.title">x</p>
                  <a th:href="@{/x/(page=${n})}" th:with="n=${1}">ok</a>
                  <span th:classappend="${ok} ? 'on">y</span>
                </main>
                """);
        Files.writeString(dir.resolve("feed.json"), "{\"title\": \"[# th:utext=\"${site.title\" /]\"}\n");
        Files.writeString(dir.resolve("sitemap.xml"), "<urlset><url th:each=\"u : ${urls}\"><loc th:text=\"${u.loc}\"/></url></urlset>\n");
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/app.js"), "const a = \"[[${not a template\";\n");
        Files.writeString(dir.resolve("messages_en.properties"), "a=${b\n");

        List<String> found = TemplateSyntax.problems(dir).stream().map(Diagnostic::format).toList();

        assertThat(found).containsExactly(
                "templates/feed.json:1:15: error: Could not parse as expression: \"${site.title\"; check the ${...}"
                        + " syntax (in th:utext)",
                "templates/page.html:2:32: error: Could not parse as expression: \"${a.title\"; check the ${...} syntax"
                        + " (in th:text)",
                "templates/page.html:4:9: error: Could not parse as expression: \"${ok} ? 'on\"; check the ${...}"
                        + " syntax (in th:classappend)");
    }

    @Test
    void markupTheParserRefusesIsAMistakeToo() throws IOException {
        Files.writeString(dir.resolve("sitemap.xml"), "<urlset>\n  <url><loc>x</url>\n</urlset>\n");

        List<Diagnostic> found = TemplateSyntax.problems(dir);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).path()).isEqualTo("templates/sitemap.xml");
        assertThat(found.get(0).line()).isEqualTo(2);
    }

    @Test
    void noFolderNoProblem() {
        assertThat(TemplateSyntax.problems(dir.resolve("templates"))).isEmpty();
    }
}
