package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two registry files giving one name or alias: the text's mentions of it all go to the file the
 * registry reads first. Warned at the later file's name or alias, in every command that reads the
 * registry, and again by a warm build.
 */
class NameClashesTest {

    @TempDir
    Path dir;

    private static final String SUNI = "content/people/sunita-williams.md:3:11: warning: \"Suni Williams\" is also an"
            + " alias of the person jeff-williams (content/people/jeff-williams.md:3:26), which the registry reads"
            + " first: every \"Suni Williams\" goes to jeff-williams (linked to its page, quoted there), none to"
            + " sunita-williams; remove the alias from one of the two files, or make it longer, so that it names one"
            + " of them";
    private static final String KOCH = "content/people/christina-koch.md:2:1: warning: \"Christina Koch\" is also the"
            + " name of the person christina-hammock-koch (content/people/christina-hammock-koch.md:2:1), which the"
            + " registry reads first: every \"Christina Koch\" goes to christina-hammock-koch (linked to its page,"
            + " quoted there), none to christina-koch; write a longer name in one of the two files (with a middle name"
            + " or initial), so that each is found";
    private static final String AXIOM = "content/organizations/axiom-space.md:3:11: warning: \"Axiom\" is also an"
            + " alias of the mission ax-4 (content/missions/ax-4.md:3:11), which the registry reads first: every"
            + " \"Axiom\" goes to ax-4 (linked to its page, quoted there), none to axiom-space; remove the alias from"
            + " one of the two files, or make it longer, so that it names one of them";

    private TestSite newsroom() {
        TestSite s = new TestSite(dir);
        s.write("content/people/sunita-williams.md", "---\nname: Sunita Williams\naliases: [Suni Williams]\n---\nBio.\n");
        s.write("content/people/jeff-williams.md",
                "---\nname: Jeffrey Williams\naliases: [Jeff Williams, Suni Williams]\n---\nBio.\n");
        s.write("content/people/christina-koch.md", "---\nname: Christina Koch\n---\nBio.\n");
        s.write("content/people/christina-hammock-koch.md", "---\nname: Christina Koch\n---\nBio.\n");
        s.write("content/organizations/axiom-space.md", "---\nname: Axiom Space\naliases: [Axiom]\n---\nA company.\n");
        s.write("content/missions/ax-4.md", "---\nname: Axiom Mission 4\naliases: [Axiom, Ax-4]\n---\nA mission.\n");
        s.write("content/articles/walk.md", """
                ---
                title: A walk
                date: 2025-01-10
                ---
                Suni Williams stepped out first.
                """);
        return s;
    }

    private static List<String> formatted(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }

    @Test
    void aNameOrAliasTwoFilesGiveIsWarnedAtTheLaterOne() {
        TestSite s = newsroom();
        BuildResult r = s.build();
        assertThat(formatted(r.warnings())).containsExactly(AXIOM, KOCH, SUNI);
        // what the warning says is what the build did
        assertThat(s.page("articles/walk/").select("article a[href*=people]").attr("href"))
                .isEqualTo("../../people/jeff-williams/");
    }

    @Test
    void everyCommandThatReadsTheRegistryTellsItAndStrictFails() {
        newsroom();
        for (String[] command : List.of(new String[] {"check"}, new String[] {"entities"}, new String[] {"build"},
                new String[] {"build"}, new String[] {"build", "--strict"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--source", dir.toString())).toArray(String[]::new);
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            String said = out + "\n" + err;
            assertThat(said).as(String.join(" ", command)).contains(SUNI, KOCH, AXIOM);
            if (List.of(command).contains("--strict")) {
                assertThat(code).as(said).isNotZero();
            } else {
                assertThat(code).as(said).isZero();
            }
        }
    }

    /** The preview's rebuilds and a build with the cache folder repeat the warnings a cold build gives. */
    @Test
    void warmBuildsTellTheClashesAsColdOnesDo() {
        TestSite s = newsroom();
        List<String> cold = formatted(s.build().warnings());
        Session memory = Session.inMemory();
        Path cache = dir.resolve("cache");
        for (int round = 0; round < 3; round++) {
            s.write("content/articles/walk.md", "---\ntitle: A walk\ndate: 2025-01-10\n---\nSuni Williams, round "
                    + round + ".\n");
            assertThat(formatted(new SiteBuild(BuildOptions.of(s.root), memory).render().warnings()))
                    .as("round " + round).isEqualTo(cold);
            assertThat(formatted(new SiteBuild(BuildOptions.of(s.root), Session.inFolder(cache, "cache",
                    io.orbitpress.session.Tool.fingerprint())).build().warnings())).as("round " + round)
                    .isEqualTo(cold);
        }
    }

    /**
     * What the matcher tells apart is no clash: a surname two people share (counted alone for
     * neither), an alias that is the file's own name or is written twice, another case, an author's
     * name (text is never searched for bylines).
     */
    @Test
    void namesTheMatcherTellsApartAreNoClash() {
        TestSite s = new TestSite(dir);
        s.write("content/people/sunita-williams.md",
                "---\nname: Sunita Williams\naliases: [Suni Williams, Sunita Williams, Suni Williams]\n---\nBio.\n");
        s.write("content/people/jeff-williams.md", "---\nname: Jeffrey Williams\n---\nBio.\n");
        s.write("content/organizations/axiom-space.md", "---\nname: Axiom Space\naliases: [AXIOM]\n---\nA company.\n");
        s.write("content/missions/ax-4.md", "---\nname: Axiom Mission 4\naliases: [Axiom]\n---\nA mission.\n");
        s.write("content/authors/jeffrey-williams.md", "---\nname: Jeffrey Williams\n---\nA reporter.\n");
        s.write("content/articles/walk.md", "---\ntitle: A walk\ndate: 2025-01-10\n---\nWilliams stepped out.\n");
        assertThat(formatted(s.build().warnings())).isEmpty();
    }

    /** Names are compared as the text is: accents and ё left out; and per language, Russian by its case forms. */
    @Test
    void namesAreComparedAsTheTextIsInEachLanguage() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                language: en
                languages: [en, ru]
                """);
        s.write("content/people/tomas-reyes.md", "---\nname: Tomás Reyes\n---\nBio.\n");
        s.write("content/people/tomas-reyes-jr.md", "---\nname: Tomas Reyes Jr.\naliases: [Tomas Reyes]\n---\nBio.\n");
        s.write("content/people/oleg-platonov.md", "---\nname: {en: Oleg Platonov, ru: Олег Платонов}\n---\nBio.\n");
        s.write("content/people/pyotr-fyodorov.md", """
                ---
                name: {en: Pyotr Fyodorov, ru: Пётр Фёдоров}
                aliases: {ru: [Олега Платонова]}
                ---
                Bio.
                """);
        s.write("content/people/semyon-fedorov.md", "---\nname: {en: Semyon Fedorov, ru: Пётр Федоров}\n---\nBio.\n");
        assertThat(formatted(s.build().warnings())).containsExactly(
                "content/people/pyotr-fyodorov.md:3:16: warning: \"Олега Платонова\" is also the name of the person"
                        + " oleg-platonov (content/people/oleg-platonov.md:2:27), which the registry reads first:"
                        + " every \"Олега Платонова\" in the ru stories goes to oleg-platonov (linked to its page,"
                        + " quoted there), none to pyotr-fyodorov; remove the alias from one of the two files, or"
                        + " make it longer, so that it names one of them",
                "content/people/semyon-fedorov.md:2:28: warning: \"Пётр Федоров\" is also the name of the person"
                        + " pyotr-fyodorov (content/people/pyotr-fyodorov.md:2:28), which the registry reads first:"
                        + " every \"Пётр Федоров\" in the ru stories goes to pyotr-fyodorov (linked to its page, quoted"
                        + " there), none to semyon-fedorov; write a longer name in one of the two files (with a middle"
                        + " name or initial), so that each is found",
                "content/people/tomas-reyes.md:2:1: warning: \"Tomás Reyes\" is also an alias of the person"
                        + " tomas-reyes-jr (content/people/tomas-reyes-jr.md:3:11), which the registry reads first:"
                        + " every \"Tomás Reyes\" goes to tomas-reyes-jr (linked to its page, quoted there), none to"
                        + " tomas-reyes; write a longer name in one of the two files (with a middle name or initial),"
                        + " so that each is found");
    }
}
