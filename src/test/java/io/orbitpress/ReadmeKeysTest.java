package io.orbitpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfigParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's front matter and site.yaml references against the keys the code reads: every
 * article key {@code content.FrontMatterKeys} knows (and those of the default entity kinds) has a
 * row, and so does every site.yaml key {@code SiteConfigParser} and {@code ImageSettings} accept;
 * a site.yaml row names no key the parser would hand to templates as a parameter instead.
 */
class ReadmeKeysTest {

    private static final Pattern CODE = Pattern.compile("`([A-Za-z_][A-Za-z0-9_.]*)");

    @Test
    void everyFrontMatterKeyTheReaderKnowsHasARow() throws Exception {
        Set<String> documented = firstColumnKeys("### Front matter");
        Set<String> read = new TreeSet<>(staticSet("io.orbitpress.content.FrontMatterKeys", "READ"));
        for (EntityKind k : SiteConfigParser.defaults().kinds()) {
            read.addAll(k.frontMatterKeys());
            read.addAll(k.bylineKeys());
        }
        read.removeAll(documented);
        assertThat(read).as("front matter keys read by Orbitpress without a row in README.md's Front matter table")
                .isEmpty();
    }

    @Test
    void siteYamlTableMatchesTheParser() throws Exception {
        Set<String> documented = firstColumnKeys("### site.yaml");
        Set<String> known = new TreeSet<>(staticSet("io.orbitpress.config.SiteConfigParser", "KNOWN"));
        for (String k : staticSet("io.orbitpress.config.ImageSettings", "KEYS")) {
            known.add("images." + k);
        }
        known.remove("images"); // documented by its keys
        for (String nested : List.of("markdown.unsafe", "markdown.typographer", "entities.pageSize", "entities.linkFirstMention",
                "entities.kinds", "extraction.patterns", "extraction.cues", "limits.fileCharacters",
                "limits.paragraphCharacters")) {
            known.remove(nested.substring(0, nested.indexOf('.')));
            known.add(nested);
        }
        List<String> problems = new ArrayList<>();
        known.stream().filter(k -> !documented.contains(k)).forEach(k -> problems.add(k + " has no row"));
        Set<String> topLevel = staticSet("io.orbitpress.config.SiteConfigParser", "KNOWN");
        documented.stream().filter(k -> !topLevel.contains(k.contains(".") ? k.substring(0, k.indexOf('.')) : k))
                .forEach(k -> problems.add(k + " has a row but site.yaml has no such key"));
        assertThat(problems).as("README.md's site.yaml table against SiteConfigParser").isEmpty();
    }

    /** The keys in backquotes in the first column of the table right under {@code heading}. */
    private static Set<String> firstColumnKeys(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int i = lines.indexOf(heading);
        assertThat(i).as("README.md has a section %s", heading).isNotNegative();
        Set<String> keys = new TreeSet<>();
        for (i++; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (!line.startsWith("| `")) {
                continue;
            }
            Matcher m = CODE.matcher(line.substring(0, line.indexOf('|', 1)));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).as("keys in the table under %s", heading).isNotEmpty();
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> staticSet(String className, String field) throws Exception {
        Field f = Class.forName(className).getDeclaredField(field);
        f.setAccessible(true);
        return (Set<String>) f.get(null);
    }
}
