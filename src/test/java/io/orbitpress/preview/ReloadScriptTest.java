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

    /**
     * A page whose own policy lets no script connect (the 404 page's default-src 'none') gets
     * connect-src 'self' in the preview's copy, its other bytes as they were; a page whose policy
     * lets it connect, or says itself where it may, is left as it is.
     */
    @Test
    void aPolicyThatKeepsTheScriptFromTheServerLetsItConnect() {
        String page = "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src"
                + " 'none'; script-src 'self'\"><title>Не найдено</title></head><body><p>Ça</p></body></html>";
        assertThat(inject(page)).isEqualTo(page.replace("content=\"default-src", "content=\"connect-src 'self';"
                + " default-src").replace("</body>", ReloadScript.TAG + "\n</body>"));
        String reversed = "<head><META content='default-src none' HTTP-EQUIV=content-security-policy></head><body></body>";
        assertThat(inject(reversed)).startsWith("<head><META content='connect-src 'self'; default-src none'");
        for (String own : new String[] {"default-src 'self'; img-src https:", "default-src 'none'; connect-src 'none'",
            "script-src 'self'"}) {
            String p = "<head><meta http-equiv=\"Content-Security-Policy\" content=\"" + own + "\"></head><body></body>";
            assertThat(inject(p)).as(own).isEqualTo(p.replace("</body>", ReloadScript.TAG + "\n</body>"));
        }
    }
}
