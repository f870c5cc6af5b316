package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.BuildResult;
import io.orbitpress.build.SiteBuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitpress new site FOLDER}: a starter site that builds at once, without a warning. */
class NewSiteTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** git leaves out what builds into another folder write beside it: the site before last, the lock. */
    @Test
    void gitIgnoresWhatABuildKeepsBesideAnyOutputFolder() throws Exception {
        Path site = dir.resolve("desk");
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();
        for (int i = 0; i < 2; i++) { // the second build keeps the first as .public.spare
            assertThat(run("build", "--quiet", "--source", site.toString(), "--out", site.resolve("public").toString()))
                    .as(err.toString()).isZero();
        }
        assertThat(site.resolve(".public.spare")).isDirectory();
        assertThat(git(site, "init", "-q")).isEmpty();
        String untracked = git(site, "status", "--porcelain", "--untracked-files=all");
        assertThat(untracked.lines().filter(l -> !l.startsWith("?? public/"))).as(untracked)
                .noneMatch(l -> l.contains("public") || l.contains(".orbitpress-cache") || l.contains(".lock"))
                .anyMatch(l -> l.equals("?? content/site.yaml"));
    }

    /** The next steps are said in the words the site was made with: the command, or Maven's goals. */
    @Test
    void theNextStepsAreTheCommandsOrTheGoals() throws Exception {
        Path site = dir.resolve("desk");
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Next: cd " + site + ", then orbitpress serve to preview it and orbitpress"
                + " build to build site/");
        Path byMaven = dir.resolve("desk-2");
        assertThat(run("new", "site", byMaven.toString(), "--maven-goals")).as(err.toString()).isZero();
        String said = out.toString().substring(out.toString().lastIndexOf("Next: "));
        assertThat(said).isEqualTo("Next: cd " + byMaven + ", then mvn orbitpress:serve to preview it and mvn"
                + " orbitpress:build to build site/" + System.lineSeparator());
    }

    /** A folder whose name has a space is quoted in the next step, so that it can be pasted into a shell. */
    @Test
    void theNextStepQuotesAFolderWithASpace() throws Exception {
        Path site = dir.resolve("сайт новостей");
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Next: cd '" + site + "', then orbitpress serve");
        Path quote = dir.resolve("rock's news");
        assertThat(run("new", "site", quote.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Next: cd '" + dir + "/rock'\\''s news', then orbitpress serve");
    }

    /** A repository made on GitHub with a README and a .gitignore takes a site: both kept, the ignores added. */
    @Test
    void aNewRepositorysReadmeAndGitignoreAreKept() throws Exception {
        Path site = dir.resolve("repo");
        Files.createDirectories(site);
        Files.writeString(site.resolve("README.md"), "# Our newsroom\n");
        Files.writeString(site.resolve(".gitignore"), "*.log\n/site/");
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("; kept README.md, added Orbitpress's lines to .gitignore");
        assertThat(Files.readString(site.resolve("README.md"))).isEqualTo("# Our newsroom\n");
        // what the starter's README would have told, and the kept one does not: how the site gets published
        assertThat(out.toString()).contains("Settings > Pages > Source to \"GitHub Actions\" before the first push",
                ".github/workflows/pages.yml");
        String ignore = Files.readString(site.resolve(".gitignore"));
        assertThat(ignore).startsWith("*.log\n/site/\n\n# Orbitpress\n").contains("/.orbitpress-cache/\n", ".*.spare/\n");
        assertThat(ignore.indexOf("/site/")).isEqualTo(ignore.lastIndexOf("/site/")).as("a line it has is not added again");
        assertThat(run("build", "--quiet", "--source", site.toString())).as(err.toString()).isZero();
    }

    /** The output folder made a link to a web server's folder, as the publisher follows it, is ignored too. */
    @Test
    void aSiteFolderThatIsALinkIsIgnored() throws Exception {
        Path site = dir.resolve("linked");
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();
        Path served = Files.createDirectories(dir.resolve("www"));
        Files.createSymbolicLink(site.resolve("site"), served);
        git(site, "init", "-q");
        assertThat(git(site, "status", "--porcelain")).doesNotContain("site\n").contains(".gitignore");
        assertThat(git(site, "check-ignore", "site")).isEqualTo("site\n");
    }

    private static String git(Path folder, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-c", "init.defaultBranch=main"));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    @Test
    void writesAStarterSiteThatBuildsWithoutAWarning() throws IOException {
        Path site = dir.resolve("mission-news");
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("Created a site in " + site + ": content/site.yaml, ");
        for (String f : new String[] {"content/site.yaml", "content/articles/apollo-11-lands.md",
                "content/people/neil-armstrong.md", "content/missions/apollo-11.md", "pom.xml", ".mvn/jvm.config", ".gitignore",
                ".github/workflows/pages.yml", "README.md"}) {
            assertThat(site.resolve(f)).as(f).isRegularFile();
        }
        assertThat(site.resolve("templates")).doesNotExist();
        assertThat(Files.readString(site.resolve("content/site.yaml"))).contains("title: \"Mission News\"\n");
        assertThat(Files.readString(site.resolve(".gitignore"))).contains("/site\n", "/.orbitpress-cache/\n");
        // the pom says how CI builds as the workflow does it
        assertThat(Files.readString(site.resolve(".github/workflows/pages.yml"))).contains("mvn -B orbitpress:build ")
                .doesNotContain("mvn -B package");
        assertThat(Files.readString(site.resolve("pom.xml"))).containsIgnoringWhitespaces(
                "mvn orbitpress:build (as the Pages workflow runs it, or mvn package)").doesNotContain("as CI runs it");
        // what a newsroom reads first: the one setting without which the workflow's first run fails
        assertThat(Files.readString(site.resolve("README.md"))).containsIgnoringWhitespaces(
                "Settings > Pages > Source to \"GitHub Actions\"");
        assertThat(Files.readString(site.resolve(".github/workflows/pages.yml")))
                .contains("mvn -B orbitpress:build -Dorbitpress.baseUrl=", "actions/deploy-pages@v4");
        // the workflow is YAML that runs on a schedule (embargoes lift without a push) and keeps the cache
        tools.jackson.databind.JsonNode workflow = new tools.jackson.dataformat.yaml.YAMLMapper()
                .readTree(Files.readString(site.resolve(".github/workflows/pages.yml")));
        assertThat(workflow.path("on").path("schedule").path(0).path("cron").asString()).isEqualTo("5,35 * * * *");
        assertThat(workflow.path("jobs").path("build").path("steps").toString()).contains(".orbitpress-cache");
        // actions/cache saves nothing under a key it holds: a re-run of a job needs a key of its own
        tools.jackson.databind.JsonNode cache = null;
        for (tools.jackson.databind.JsonNode s : workflow.path("jobs").path("build").path("steps")) {
            cache = s.path("uses").asString("").startsWith("actions/cache@") ? s : cache;
        }
        assertThat(cache).isNotNull();
        assertThat(cache.path("with").path("key").asString()).contains("${{ github.run_id }}", "${{ github.run_attempt }}");
        assertThat(cache.path("with").path("key").asString()).startsWith(cache.path("with").path("restore-keys").asString());
        // where no Maven repository serves the plugin, a step builds it from the source the site names
        java.util.List<String> steps = new java.util.ArrayList<>();
        workflow.path("jobs").path("build").path("steps").forEach(s -> steps.add(s.path("name").asString("")));
        assertThat(steps.indexOf("Orbitpress from its source")).isNotNegative().isLessThan(steps.indexOf("Build the site"));
        tools.jackson.databind.JsonNode fromSource = workflow.path("jobs").path("build").path("steps")
                .get(steps.indexOf("Orbitpress from its source"));
        assertThat(fromSource.path("if").asString()).isEqualTo("${{ vars.ORBITPRESS_GIT != '' }}");
        assertThat(fromSource.path("run").asString()).contains("git clone -q --depth 1 --branch \"$ORBITPRESS_REF\"",
                "install -Dmaven.test.skip=true");
        // without it, a plugin no repository serves is said so before the build
        tools.jackson.databind.JsonNode atHand = workflow.path("jobs").path("build").path("steps")
                .get(steps.indexOf("The plugin is at hand"));
        assertThat(steps.indexOf("The plugin is at hand")).isLessThan(steps.indexOf("Build the site"));
        // and one built from source is checked to be the version pom.xml names
        assertThat(atHand.has("if")).isFalse();
        assertThat(atHand.path("run").asString()).contains("help:describe -Dplugin=", "set ORBITPRESS_GIT",
                "set ORBITPRESS_REF to the tag or branch of $version");
        // only the job that publishes may write to Pages
        assertThat(workflow.path("permissions").toString()).doesNotContain("pages", "id-token");
        assertThat(workflow.path("jobs").path("deploy").path("permissions").path("pages").asString()).isEqualTo("write");
        assertThat(workflow.path("jobs").path("deploy").path("permissions").path("id-token").asString()).isEqualTo("write");
        assertThat(workflow.path("on").path("push").path("branches").toString()).contains("main", "master");
        // the build reads the Pages settings (refused in a private repository without pages: read); the
        // other branch of main and master builds, and only the default branch publishes
        assertThat(workflow.path("jobs").path("build").path("permissions").path("pages").asString()).isEqualTo("read");
        assertThat(workflow.path("jobs").path("build").path("permissions").path("contents").asString()).isEqualTo("read");
        assertThat(workflow.path("jobs").path("deploy").path("if").asString())
                .contains("github.ref_name == github.event.repository.default_branch", "github.event_name == 'schedule'");
        String pom = Files.readString(site.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>mission-news</artifactId>", "<groupId>io.orbitpress</groupId>",
                "<orbitpress.version>" + Version.version() + "</orbitpress.version>", "<goal>build</goal>");

        BuildResult r = new SiteBuild(BuildOptions.of(site)).build();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.suggestions()).isZero();
        Document article = Jsoup.parse(site.resolve("site/articles/apollo-11-lands/index.html").toFile());
        assertThat(article.select("h1").text()).isEqualTo("Apollo 11 lands on the Moon");
        assertThat(article.select(".story-body a").eachAttr("href"))
                .contains("../../people/neil-armstrong/", "../../missions/apollo-11/");
        // the example is dated when the Eagle landed, shown with its time
        assertThat(article.select("time").first().attr("datetime")).isEqualTo("1969-07-20T20:17:40Z");
        assertThat(article.select(".byline .meta > time").text()).isEqualTo("July 20, 1969, 8:17 PM UTC");
        Document person = Jsoup.parse(site.resolve("site/people/neil-armstrong/index.html").toFile());
        assertThat(person.text()).contains("Apollo 11 lands on the Moon");
        assertThat(site.resolve("site/missions/apollo-11/index.html")).exists();
    }

    @Test
    void theTitleCanBeGiven() throws IOException {
        Path site = dir.resolve("desk");
        assertThat(run("new", "site", site.toString(), "--title", "Orbit & Co")).isZero();
        assertThat(Files.readString(site.resolve("content/site.yaml"))).contains("title: \"Orbit & Co\"\n");
        assertThat(Files.readString(site.resolve("pom.xml"))).contains("<name>Orbit &amp; Co</name>");
        assertThat(Files.readString(site.resolve("content/site.yaml"))).contains("author: \"Orbit & Co staff\"\n");
        // a title in another script is the byline as it is, not half English
        Path ru = dir.resolve("orbita");
        assertThat(run("new", "site", ru.toString(), "--title", "Орбита")).isZero();
        assertThat(Files.readString(ru.resolve("content/site.yaml"))).contains("author: \"Орбита\"\n");
    }

    /** A folder that holds a site, or any file the starter would write, is left alone: nothing is written. */
    @Test
    void neverWritesIntoASiteOrOverAFile() throws IOException {
        Path site = dir.resolve("taken");
        Files.createDirectories(site);
        Files.writeString(site.resolve("pom.xml"), "mine");
        assertThat(run("new", "site", site.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already holds pom.xml; nothing was written");
        assertThat(site.resolve("content")).doesNotExist();
        assertThat(site.resolve("pom.xml")).hasContent("mine");

        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("content"));
        assertThat(run("new", "site", other.toString())).isEqualTo(1);
        assertThat(other.resolve("content/site.yaml")).doesNotExist();
    }

    @Test
    void anEmptyFolderIsFine() throws IOException {
        Path site = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("new", "site", site.toString())).as(err.toString()).isZero();
        assertThat(site.resolve("content/site.yaml")).exists();
    }
}
