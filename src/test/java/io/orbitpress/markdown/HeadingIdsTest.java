package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ids a story's headings leave to the page ({@link HeadingIds}). */
class HeadingIdsTest {

    /** Every id the built-in theme's templates write as it stands is one a heading leaves alone. */
    @Test
    void theThemesOwnIdsAreTheOnesHeadingsLeave() throws IOException {
        Set<String> written = new TreeSet<>();
        Pattern id = Pattern.compile("\\sid=\"([^\"]+)\"");
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = id.matcher(Files.readString(f));
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
        }
        assertThat(written).isNotEmpty();
        assertThat(HeadingIds.THEME).containsAll(written);
    }

    @Test
    void aHeadingTakesTheNextNumberOfAnIdThePageHas() {
        MarkdownEngine engine = new MarkdownEngine(false);
        String html = engine.render(engine.parse("## Main\n\n## Main\n\n## Correction 1\n\n## Docking\n\n## Docking\n"));
        assertThat(Pattern.compile("id=\"([^\"]+)\"").matcher(html).results().map(r -> r.group(1)))
                .containsExactly("main-1", "main-2", "correction-1-1", "docking", "docking-1");
    }
}
