package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file a site's style sheet names that the site lacks (a misspelt font) is warned about where the sheet names it. */
class StyleSheetLinksTest {

    @Test
    void aFileTheSheetNamesThatTheSiteLacksIsWarnedAbout() {
        String css = "/* url(in-a-comment.png) */\n@font-face { src: url(\"fonts/newsrom.woff2\") format(\"woff2\"),"
                + " url(fonts/newsroom.woff2?v=2#x); }\nbody { background: url(data:image/png;base64,AA),"
                + " url('https://cdn.example.org/x.png'), url(//cdn.example.org/y.png), url(../images/pad.jpg),"
                + " url(/images/none.png); }\n.x { src: url(fonts/My%20Font.woff2); }\n";
        OutputFile sheet = new OutputFile("assets/newsroom.css", css.getBytes(StandardCharsets.UTF_8), null,
                "templates/assets/newsroom.css");
        Set<String> paths = Set.of("assets/newsroom.css", "assets/fonts/newsroom.woff2", "images/pad.jpg",
                "assets/fonts/My Font.woff2");
        assertThat(StyleSheetLinks.problems(List.of(sheet), paths).stream().map(Diagnostic::format).toList())
                .containsExactly("templates/assets/newsroom.css:2:24: warning: url(fonts/newsrom.woff2) names no file"
                        + " the site publishes (/assets/fonts/newsrom.woff2); did you mean /assets/fonts/newsroom.woff2?"
                        + " Otherwise fix the address or publish the file: the published page would not load it",
                        "templates/assets/newsroom.css:3:147: warning: url(/images/none.png) names no file the site"
                                + " publishes (/images/none.png); fix the address or publish the file: the published"
                                + " page would not load it");
    }
}
