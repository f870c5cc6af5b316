package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry file renamed (christina-koch.md to christina-hammock-koch.md): the stories and facts
 * that still name the old id are told the id to write, not to add the file they had.
 */
class RenamedRegistryFileTest {

    @TempDir
    Path dir;

    private TestSite renamed() throws java.io.IOException {
        TestSite s = new TestSite(dir);
        s.write("content/people/christina-koch.md", "---\nname: Christina Koch\n---\nAn astronaut.\n");
        s.write("content/people/jessica-meir.md", "---\nname: Jessica Meir\n---\nAn astronaut.\n");
        s.write("content/missions/expedition-61.md", "---\nname: Expedition 61\ncrew: [christina-koch, jessica-meir]\n---\nA long stay.\n");
        s.write("content/articles/walk.md", """
                ---
                title: The first all-woman spacewalk
                date: 2019-10-18
                people: [christina-koch, jessica-meir]
                ---
                Christina Koch and Jessica Meir stepped out.
                """);
        assertThat(s.build().warnings()).isEmpty();
        Files.move(dir.resolve("content/people/christina-koch.md"), dir.resolve("content/people/christina-hammock-koch.md"));
        return s;
    }

    @Test
    void aStoryAndAFactNamingTheOldIdAreToldTheNewOne() throws java.io.IOException {
        TestSite s = renamed();
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/walk.md:4:10: error: unknown person \"christina-koch\"; christina-hammock-koch"
                                + " (content/people/christina-hammock-koch.md) is named \"Christina Koch\": write"
                                + " christina-hammock-koch",
                        "content/missions/expedition-61.md:3:8: error: unknown person \"christina-koch\";"
                                + " christina-hammock-koch (content/people/christina-hammock-koch.md) is named"
                                + " \"Christina Koch\": write christina-hammock-koch"));
    }

    /** An alias's slug, and an old address the file keeps, say it as well; an id of no name is told as before. */
    @Test
    void anAliasOrAnOldAddressSaysItTooAndOtherIdsAreToldAsBefore() throws java.io.IOException {
        TestSite s = renamed();
        s.write("content/people/christina-hammock-koch.md", "---\nname: Christina Hammock Koch\naliases: [Christina Koch]\n"
                + "---\nAn astronaut.\n");
        s.write("content/people/jessica-u-meir.md", "---\nname: Jessica Meir\nredirect_from: /people/jess/\n---\nAn astronaut.\n");
        Files.delete(dir.resolve("content/people/jessica-meir.md"));
        s.write("content/articles/walk.md", """
                ---
                title: The first all-woman spacewalk
                date: 2019-10-18
                people: [christina-koch, jess, nobody-here]
                ---
                Text.
                """);
        s.write("content/missions/expedition-61.md", "---\nname: Expedition 61\n---\nA long stay.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/walk.md:4:10: error: unknown person \"christina-koch\"; christina-hammock-koch"
                                + " (content/people/christina-hammock-koch.md) is also called \"Christina Koch\": write"
                                + " christina-hammock-koch",
                        "content/articles/walk.md:4:26: error: unknown person \"jess\"; jessica-u-meir"
                                + " (content/people/jessica-u-meir.md) was jess (its page keeps the address:"
                                + " redirect_from: /people/jess/): write jessica-u-meir",
                        "content/articles/walk.md:4:32: error: unknown person \"nobody-here\"; add"
                                + " content/people/nobody-here.md or fix the id"));
    }
}
