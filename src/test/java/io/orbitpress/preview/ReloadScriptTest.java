package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {

    private static String inject(String html) {
        return new String(ReloadScript.inject(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void goesBeforeTheLastClosingBodyTagInAnyCase() {
        assertThat(inject("<p>Ça décolle — </body> in text</p></BODY></html>"))
                .isEqualTo("<p>Ça décolle — </body> in text</p>" + ReloadScript.TAG + "\n</BODY></html>");
    }

    @Test
    void goesAtTheEndOfAPageWithoutOne() {
        assertThat(inject("<p>Ça</p>")).isEqualTo("<p>Ça</p>" + ReloadScript.TAG + "\n");
        assertThat(inject("")).isEqualTo(ReloadScript.TAG + "\n");
    }
}
