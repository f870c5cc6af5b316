package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a message file's problem is told, as {@link java.util.Properties} reads the file. */
class MessageFilesTest {

    private static List<String> problems(String text) {
        return MessageFiles.check("messages_ru.properties", text).stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, p.message().indexOf(':')))
                .toList();
    }

    @Test
    void theBuiltInThemesFilesHaveNoProblems() {
        for (String name : List.of("messages_en.properties", "messages_ru.properties")) {
            String text = new String(io.orbitpress.theme.Theme.builtIn().bytes(name).orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(MessageFiles.check(name, text)).as(name).isEmpty();
        }
    }

    /** Properties refuses a whole file over one escape; it is told where it is, not at the first line. */
    @Test
    void aBrokenEscapeIsToldWhereItIs() {
        assertThat(problems("x=1\n\nhome.title=\\u12\n")).containsExactly("3:12 this file cannot be read as a message file");
        // an escaped backslash before u is no escape: the broken one after it is told
        assertThat(problems("a=C:\\\\users\nb=\\u00e9 \\uZZ\n")).containsExactly("2:10 this file cannot be read as a message file");
    }

    @Test
    void aCommentEndingInABackslashDoesNotGoOn() {
        assertThat(problems("# a comment \\\ncount.articles={0, plural, one{# статья}\n"))
                .containsExactly("2:16 count.articles");
    }

    @Test
    void aKeyWrittenTwiceIsToldAtItsLastLineWhichCounts() {
        assertThat(problems("count.articles={0, plural, one{# статья} other{# статьи}}\nnav.latest=Новое\n"
                + "count.articles = {0, plural, one{# статья}\n")).containsExactly("3:18 count.articles");
        assertThat(problems("count.articles={0, plural, one{# статья}\ncount.articles={0, plural, one{# статья}"
                + " other{# статьи}}\n")).isEmpty();
    }

    @Test
    void aValueGoingOnOverLinesIsToldAtItsKey() {
        assertThat(problems("nav.latest=Новое, \\\n  count.articles={0\ndate.long=d MMMM yyyy qqqqqq\n"))
                .containsExactly("3:11 date.long");
    }
}
