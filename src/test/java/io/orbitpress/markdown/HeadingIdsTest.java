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

    /**
     * An archive's anchors are kept: a heading's own id written after it (kramdown, Pandoc, Hugo) or
     * on a kramdown attribute line under it, which was published as text ("{: #v1-0-0}"); no other
     * heading takes it, and classes and attribute lines under paragraphs are left out.
     */
    @Test
    void aHeadingKeepsTheIdItsTextGivesIt() {
        MarkdownEngine engine = new MarkdownEngine(false);
        String html = engine.render(engine.parse("""
                ## Releases {#v1-0-0}

                ## 1.0.1 / 2013-05-08
                {: #v1-0-1}

                ## Releases

                ## Main {#main .wide}

                A note.
                {: .note .info}

                {: .standalone}

                Braces {#in-text} stay in text, as does {: this} within a line.

                ## Using *emphasis* {#emph}

                ## Again {#v1-0-0}

                A Ruby hash
                {:a => 1}
                """));
        assertThat(Pattern.compile("id=\"([^\"]+)\"").matcher(html).results().map(r -> r.group(1)))
                .containsExactly("v1-0-0", "v1-0-1", "releases", "main-1", "emph", "v1-0-0-1");
        assertThat(html).contains("<h2 id=\"emph\">Using <em>emphasis</em></h2>", "{:a =&gt; 1}");
        assertThat(html).contains("<h2 id=\"v1-0-0\">Releases</h2>", "<h2 id=\"v1-0-1\">1.0.1 / 2013-05-08</h2>",
                "<p>A note.</p>", "Braces {#in-text} stay in text, as does {: this} within a line.")
                .doesNotContain("{: .", "{: #", ".wide", "standalone");
    }
}
