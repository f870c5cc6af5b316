package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A site's template whose markup a browser would read otherwise than it is written, or that names a
 * fragment its template lacks, is told where, before a page is rendered with it.
 */
class TemplateMarkupTest {

    private static final Map<String, String> OTHERS = Map.of("fragments.html",
            "<th:block th:fragment=\"img(p)\"><img th:src=\"${p}\"></th:block>\n<div th:fragment=\"card(a)\"></div>\n"
                    + "<section id=\"extra\"></section>", "parts.html", "<div data-th-fragment=\"note(a)\"></div>\n");

    private static List<String> problems(String text) {
        return TemplateMarkup.problems("templates/t.html", text, OTHERS::get).stream().map(Diagnostic::format).toList();
    }

    /** A fragment declared twice shows both at each call; twice on conditions, one per case, is meant. */
    @Test
    void aFragmentDeclaredTwiceIsToldUnlessEachIsShownOnACondition() {
        assertThat(problems("<div th:fragment=\"card(a)\"></div>\n<!-- <div th:fragment=\"card(a)\"> -->\n"
                + "<div class=\"x\" th:fragment=\"card(a)\"></div>\n"))
                .containsExactly("templates/t.html:3:16: error: a second fragment \"card\" in this file (the first is at"
                        + " line 1): a call of card shows both, one after the other; remove one of them, or rename it");
        assertThat(problems("<div th:fragment=\"card(a)\" th:if=\"${a.image}\"></div>\n"
                + "<p th:fragment=\"card(a)\" th:unless=\"${a.image}\"></p>\n")).isEmpty();
    }

    @Test
    void anElementClosedByAnothersEndTagIsToldWhereItOpens() {
        assertThat(problems("<header>\n  <h1 th:text=\"${article.title}\">Headline</h2>\n  <p>By</p>\n</header>\n"))
                .containsExactly("templates/t.html:2:3: error: <h1> opened here is closed by </h2> at line 2; write"
                        + " </h1> there, or open <h2> instead");
    }

    @Test
    void anElementNeverClosedOrClosedTooLateIsTold() {
        assertThat(problems("<main>\n<div class=\"story-body\">Body\n</main>\n<section><span>x</section>\n"
                + "<article>\n")).containsExactly(
                        "templates/t.html:2:1: error: <div> opened here is not closed before </main> at line 3; close it"
                                + " with </div>",
                        "templates/t.html:4:10: error: <span> opened here is not closed before </section> at line 4;"
                                + " close it with </span>",
                        "templates/t.html:5:1: error: <article> opened here is never closed; close it with </article>"
                                + " where it ends");
        assertThat(problems("<p>text</div>\n")).containsExactly("templates/t.html:1:8: error: </div> closes nothing:"
                + " no <div> is open here; remove it");
    }

    /** A paragraph's end tag mistyped inside a block is told once, as the paragraph's, not as the block's. */
    @Test
    void aMistypedParagraphEndIsToldOnce() {
        assertThat(problems("<div th:fragment=\"x\">\n  <p>one</span>\n</div>\n")).containsExactly("templates/t.html:2:3:"
                + " error: <p> opened here is closed by </span> at line 2; write </p> there, or open <span> instead");
    }

    /**
     * What a browser builds otherwise than written, though every tag is closed: a block in a
     * paragraph that is then closed, a link in a link, an element in a table outside its cells.
     */
    @Test
    void markupABrowserRearrangesIsTold() {
        assertThat(problems("<p class=\"kicker\"><div>Exclusive</div></p>\n"
                + "<a href=\"/tags/moon/\">Moon <a href=\"/tags/x/\">x</a></a>\n"
                + "<table><span>Key facts</span><tr><td>a</td></tr></table>\n"
                + "<table><th:block th:each=\"r : ${rows}\"><tr><td th:text=\"${r}\">a</td></tr></th:block></table>\n"
                + "<p>Intro\n<ul><li>left open, as HTML allows</ul>\n"
                // an element a fragment replaces, or whose tag th:remove takes away, is not in the page as written
                + "<table><div th:replace=\"~{this :: rows}\"></div><tbody th:remove=\"tag\"><tr><td>a</td></tr></tbody></table>\n"
                + "<p>Lead <div th:remove=\"tag\">x</div></p><a href=\"/x/\"><a th:replace=\"~{this :: link}\"></a></a>\n"
                // th:remove="none" leaves the tag: still told
                + "<table><span th:remove=\"none\">x</span></table>\n")).containsExactly(
                        "templates/t.html:1:19: error: <div> inside <p> (opened at line 1): a browser ends the paragraph"
                                + " here, and the </p> at line 1 makes a second, empty one; make the <p> a <div>, or the"
                                + " <div> a <span>",
                        "templates/t.html:2:28: error: <a> inside another <a> (opened at line 2): a browser ends the first"
                                + " link here, and the text after this one is in no link; close the first with </a> before"
                                + " this one",
                        "templates/t.html:3:8: error: <span> directly inside <table> (opened at line 3): a browser moves it"
                                + " out, before the table; put it in a <td> or a <caption>",
                        "templates/t.html:9:8: error: <span> directly inside <table> (opened at line 9): a browser moves it"
                                + " out, before the table; put it in a <td> or a <caption>");
    }

    /**
     * A {@code th:} attribute Thymeleaf has no processor for is written into the page as it
     * stands: one a letter or two from one it has is a slip, told with the one meant; those of
     * HTML it writes as given ({@code th:srcset}, {@code th:aria-label}, {@code th:data-x}) pass.
     */
    @Test
    void aMisspeltThymeleafAttributeIsTold() {
        assertThat(problems("<p class=\"dek\" th:iff=\"${article.draft}\">Draft</p>\n<p th:unles=\"${true}\">Hidden</p>\n"
                + "<h1 th:txt=\"${article.title}\">Headline</h1><a th:hre=\"@{/}\">Home</a>\n"
                + "<span data-th-tex=\"${a}\">x</span>\n"
                + "<img th:srcset=\"${s}\" th:aria-label=\"${l}\" th:data-index=\"${i}\" th:property=\"${p}\" th:role=\"${r}\""
                + " th:loading=\"${x}\" th:alt=\"${a}\" th:inert=\"${n}\" th:allow=\"${w}\">\n"
                // a script library's own attributes, written by Thymeleaf as given
                + "<div th:x-text=\"${t}\" th:x-data=\"${d}\" th:hx-get=\"@{/x/}\"></div>\n")).containsExactly(
                        "templates/t.html:1:16: error: th:iff is no attribute Thymeleaf knows, so it is written into the"
                                + " page as iff=\"...\" and does nothing; did you mean th:if?",
                        "templates/t.html:2:4: error: th:unles is no attribute Thymeleaf knows, so it is written into the"
                                + " page as unles=\"...\" and does nothing; did you mean th:unless?",
                        "templates/t.html:3:5: error: th:txt is no attribute Thymeleaf knows, so it is written into the"
                                + " page as txt=\"...\" and does nothing; did you mean th:text?",
                        "templates/t.html:3:47: error: th:hre is no attribute Thymeleaf knows, so it is written into the"
                                + " page as hre=\"...\" and does nothing; did you mean th:href?",
                        "templates/t.html:4:7: error: data-th-tex is no attribute Thymeleaf knows, so it is written into"
                                + " the page as tex=\"...\" and does nothing; did you mean data-th-text?");
    }

    /** A quote left open ran the value on into the markup below: told at the quote, and nothing after it. */
    @Test
    void aQuoteLeftOpenIsToldAtTheQuoteAlone() {
        assertThat(problems("<main>\n  <h1 th:text=\"${article.title}>Headline</h1>\n  <p th:if=\"${a > b}\">x</p>\n"
                + "</main>\n")).containsExactly("templates/t.html:2:15: error: the \" opened here is not closed where the"
                        + " attribute's value ends, so the value runs on into the lines below; close it");
    }

    /** What HTML allows is let be: end tags it lets out, void elements, quotes holding ">", raw text, comments. */
    @Test
    void whatHtmlAllowsPasses() {
        assertThat(problems("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>a < b</title>"
                + "<script>if (a < b && c > d) { document.write('</div>'); }</script></head>\n<body>\n"
                + "<ul><li>one<li>two</ul><table><tr><td>a<td>b</table><p>para<p>next\n"
                + "<!-- <div> in a comment -->\n<img th:if=\"${a > b}\" src=\"x.png\" alt=\"\"/><br>\n"
                + "<th:block th:each=\"x : ${xs}\"><span th:text=\"${x}\">x</span></th:block>\n"
                // a value of several lines with "<" in it, a fragment of this template, a text whose lower case is longer
                + "<a th:if=\"${!pagination.first\n   or articles.size() > 1 and articles.size() < 1000}\">n</a>\n"
                + "<div th:replace=\"~{this :: cardHeadline(${a})}\"></div><a>\u0130\u0130\u0130\u0130 <script>x</script></a>\n"
                + "</body></html>\n")).isEmpty();
    }

    @Test
    void aFragmentTheTemplateLacksIsTold() {
        assertThat(problems("<div th:replace=\"~{fragments.html :: image(${p}, true)}\"></div>\n"
                + "<div th:insert=\"fragments :: card(${a})\"></div>\n<div th:replace=\"~{fragments.html :: extra}\"></div>\n"
                + "<div th:replace=\"~{::main}\"></div><div th:replace=\"~{${name} :: x}\"></div>"
                // a fragment declared in the form HTML validators take, data-th-fragment
                + "<div th:replace=\"~{parts.html :: note(${a})}\"></div>\n"
                + "<div th:replace=\"~{partials/note.html :: note}\"></div>\n")).containsExactly(
                        "templates/t.html:1:6: error: no fragment \"image\" in templates/fragments.html; did you mean \"img\"? Its"
                                + " fragments: img, card",
                        "templates/t.html:5:6: error: template \"partials/note.html\" does not exist in templates/ nor in"
                                + " the built-in theme; add templates/partials/note.html or fix the name");
    }

    /**
     * A call that gives a fragment another number of values than its signature names was told by
     * Thymeleaf as a fragment it could not find: told as what it is.
     */
    @Test
    void aFragmentCalledWithTheWrongNumberOfValuesIsTold() {
        assertThat(problems("<div th:replace=\"~{fragments.html :: img()}\"></div>\n"
                + "<div th:replace=\"~{fragments.html :: card(${a}, 'x, y')}\"></div>\n"
                // right: one value (its commas inside), by name, or no parentheses
                + "<div th:replace=\"~{fragments.html :: img(${#strings.concat(a, ',', b)})}\"></div>\n"
                + "<div th:replace=\"~{fragments.html :: card(a=${x})}\"></div><div th:replace=\"~{fragments :: card}\"></div>\n"))
                .containsExactly(
                        "templates/t.html:1:6: error: the fragment \"img\" takes 1 value (p), and this call gives 0; give p,"
                                + " as img(${...})",
                        "templates/t.html:2:6: error: the fragment \"card\" takes 1 value (a), and this call gives 2; give"
                                + " a, as card(${...})");
    }

    /** A fragment missing from a template of the built-in theme is told as the theme's, not as the site's file. */
    @Test
    void aFragmentTheThemesTemplateLacksNamesTheTheme() {
        assertThat(TemplateMarkup.problems("templates/t.html", "<div th:replace=\"~{fragments.html :: image()}\"></div>\n",
                OTHERS::get, name -> false).stream().map(Diagnostic::format).toList()).containsExactly(
                        "templates/t.html:1:6: error: no fragment \"image\" in the built-in theme's fragments.html; did"
                                + " you mean \"img\"? Its fragments: img, card");
    }

    /** The built-in theme's templates pass: a site that ejects one builds. */
    @Test
    void theThemesOwnTemplatesPass() throws IOException {
        Path folder = Path.of("templates").toAbsolutePath();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                assertThat(TemplateMarkup.problems("templates/" + f.getFileName(), Files.readString(f),
                        name -> TemplateMarkup.template(folder, Theme.builtIn(), name))).as(f.toString()).isEmpty();
            }
        }
    }
}
