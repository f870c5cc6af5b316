package io.orbitpress.scaffold;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a new site: its settings, one example article with the person and mission it is
 * about, a {@code pom.xml} that builds it with the Orbitpress Maven plugin (and
 * {@code .mvn/jvm.config}, quick settings for Maven's own JVM), a {@code .gitignore} and a GitHub
 * Pages workflow. No {@code templates/}: the built-in theme has them all. It builds
 * as it is, without a warning.
 */
public final class StarterSite {

    private StarterSite() {
    }

    /** A title made from a folder's name: {@code mission-news} gives "Mission News". */
    public static String title(String folderName) {
        StringBuilder sb = new StringBuilder();
        for (String word : folderName.split("[-_.\\s]+")) {
            if (!word.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1));
            }
        }
        return sb.length() == 0 ? "Mission News" : sb.toString();
    }

    /**
     * The files, by path relative to the site folder, in the order they are written.
     *
     * @param artifactId the pom's artifact id (a Maven-safe form of the folder's name)
     * @param version    the Orbitpress version the pom asks for
     */
    public static Map<String, String> files(String title, String artifactId, String version) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", siteYaml(title));
        files.put("content/articles/apollo-11-lands.md", ARTICLE);
        files.put("content/people/neil-armstrong.md", PERSON);
        files.put("content/missions/apollo-11.md", MISSION);
        files.put("pom.xml", pom(title, artifactId, version));
        files.put(".mvn/jvm.config", MAVEN_JVM);
        files.put(".gitignore", GITIGNORE);
        files.put(".github/workflows/pages.yml", WORKFLOW);
        files.put("README.md", readme(title));
        return files;
    }

    private static String siteYaml(String title) {
        return "# The site's settings; every key is optional (see Orbitpress's README, \"Configuration\").\n"
                + "title: " + Scaffold.quoted(title) + "\n"
                + "description: " + Scaffold.quoted("News of space missions, the people who fly them and the agencies"
                        + " behind them.") + "\n"
                + "# the address the site is published at; mvn orbitpress:build -Dorbitpress.baseUrl=... overrides it\n"
                + "baseUrl: https://example.org/\n"
                + "language: en\n"
                + "timeZone: UTC\n"
                + "# the byline of a story that names no author (its page, feeds and JSON-LD)\n"
                // "Orbit Desk staff"; a title in another script is the byline as it is, not "Орбита staff"
                + "author: " + Scaffold.quoted(title.chars().anyMatch(c -> Character.isLetter(c) && c >= 0x250)
                        ? title : title + " staff") + "\n"
                + "# the picture link previews show for a page without one of its own (a file in content/static/):\n"
                + "# images:\n"
                + "#   default: /images/card.png\n"
                + "#   defaultAlt: \"What the card shows\"\n"
                + "#   logo: /images/logo.png          # the newsroom's mark, as search engines show a publisher's\n"
                + "pageSize: 10\n"
                + "# list pages numbered from the oldest: an older page keeps its articles, so publishing a story\n"
                + "# rewrites the first page of each list it is in (fromNewest numbers them as Hugo and Jekyll do)\n"
                + "pageNumbers: fromOldest\n";
    }

    /** The example article, dated when the Eagle landed. */
    private static final String ARTICLE = """
            ---
            title: "Apollo 11 lands on the Moon"
            date: 1969-07-20T20:17:40Z
            summary: "An example article: the names of people and missions in its text are found and linked to their pages."
            dateline: HOUSTON
            tags: [moon, example]
            people: [neil-armstrong]
            missions: [apollo-11]
            ---
            Neil Armstrong and the crew of Apollo 11 landed in the Sea of Tranquility on July 20, 1969, and
            came home four days later.

            This is an example article, to show how a story is written: Markdown, with a few lines of front
            matter at the top. Orbitpress found Neil Armstrong and Apollo 11 in the text because
            `content/people/neil-armstrong.md` and `content/missions/apollo-11.md` register them; each
            has a page that lists every article naming them, with the sentence that does.

            Start your own with `mvn orbitpress:new -Darticle="Your headline"`, watch it as you write with
            `mvn orbitpress:serve`, and delete this file when you no longer need it.
            """;

    private static final String PERSON = """
            ---
            name: "Neil Armstrong"
            role: NASA astronaut, Apollo 11 commander
            nationality: United States
            ---
            Neil Armstrong (1930–2012) commanded Apollo 11 and was the first person to walk on the Moon. An
            example person: a file in `content/people/` registers a name, and its page gathers every article
            that mentions it.
            """;

    private static final String MISSION = """
            ---
            name: "Apollo 11"
            vehicle: Saturn V
            spacecraft: Columbia and Eagle
            launch: 1969-07-16
            launch_site: Kennedy Space Center, Launch Complex 39A
            status: completed
            crew: [neil-armstrong]
            end: 1969-07-24
            ---
            The first crewed landing on the Moon. An example mission: its facts come from the front matter
            above, and its crew links to their pages.
            """;

    private static String pom(String title, String artifactId, String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- The site's build. mvn orbitpress:serve previews it while you write; mvn orbitpress:build
                     (as the Pages workflow runs it, or mvn package) builds site/, and fails on any problem
                     in the content. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <groupId>org.example</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <name>%s</name>

                  <properties>
                    <orbitpress.version>%s</orbitpress.version>
                    <!-- Settings for every goal, as properties, so that -D changes them on the command line
                         (-Dorbitpress.baseUrl=..., as the Pages workflow does); set in the plugin's
                         <configuration>, a value would win over -D.
                    <orbitpress.baseUrl>https://news.example.org/</orbitpress.baseUrl>
                    <orbitpress.strict>true</orbitpress.strict>
                    -->
                  </properties>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.orbitpress</groupId>
                        <artifactId>orbitpress</artifactId>
                        <version>${orbitpress.version}</version>
                        <executions>
                          <!-- mvn package builds site/ -->
                          <execution>
                            <id>site</id>
                            <goals>
                              <goal>build</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(artifactId, xml(title), version);
    }

    /**
     * Maven's own JVM, which here only reads the pom and starts the build's JVM: C1 alone and the
     * parallel collector halve its start (1.5–2.0 s to 0.8 s for mvn orbitpress:build with the
     * build skipped, two runs each).
     */
    private static final String MAVEN_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC\n";

    private static final String GITIGNORE = """
            # what Orbitpress makes: the built site (a folder, or a link to the folder a web server serves), what a
            # build keeps for the next one, leftovers of a stopped build
            /site
            /.orbitpress-cache/
            /target/
            # beside the output folder (site/, or the one --out or -Dorbitpress.out names): the site before last,
            # a build's lock and what a stopped build left
            .*.spare/
            .*.staging-*/
            .*.old-*/
            .*.lock
            """;

    private static final String WORKFLOW = """
            # Builds the site with Maven and publishes site/ to GitHub Pages on every push to main, and
            # every 30 minutes, so that a story held back by its publishDate goes up (and one past its
            # expiryDate comes down) without anyone pushing. Cron times are UTC whatever the site's
            # timeZone: the build compares instants. In the repository's settings, set
            # Pages > Source to "GitHub Actions".
            # The build needs the orbitpress Maven plugin (io.orbitpress:orbitpress, the version pom.xml
            # names). Where no Maven repository the runner reaches serves it, the step "Orbitpress from
            # its source" installs it: set the repository variables (Settings > Secrets and variables >
            # Actions > Variables) ORBITPRESS_GIT to Orbitpress's git address and, if not main,
            # ORBITPRESS_REF to the tag or branch whose version pom.xml names.
            # GitHub pauses the scheduled runs of a repository with no activity for 60 days: a push,
            # or a run started by hand (Actions > Publish to GitHub Pages > Run workflow), starts them
            # again; until then, stories held back by their publishDate do not go up.
            # A story held back by its publishDate is in the repository from its first push: whoever
            # can read the repository reads it before its time. Keep the repository private where
            # embargoes matter (GitHub Pages from a private repository needs a paid plan).
            name: Publish to GitHub Pages

            on:
              push:
                branches: [main, master]
              schedule:
                - cron: "5,35 * * * *"
              workflow_dispatch:

            permissions:
              contents: read

            concurrency:
              group: pages
              cancel-in-progress: false

            jobs:
              build:
                runs-on: ubuntu-latest
                # configure-pages reads the repository's Pages settings: a private repository must grant it
                permissions:
                  contents: read
                  pages: read
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-java@v4
                    with:
                      distribution: temurin
                      java-version: "17"
                      cache: maven
                  - id: pages
                    uses: actions/configure-pages@v5
                  - name: Keep what the last build learned
                    # a warm build re-reads only changed files and renders only the pages they change
                    uses: actions/cache@v4
                    with:
                      path: |
                        .orbitpress-cache
                        site
                      key: orbitpress-${{ github.run_id }}-${{ github.run_attempt }}
                      restore-keys: orbitpress-
                  - name: Orbitpress from its source
                    if: ${{ vars.ORBITPRESS_GIT != '' }}
                    env:
                      ORBITPRESS_GIT: ${{ vars.ORBITPRESS_GIT }}
                      ORBITPRESS_REF: ${{ vars.ORBITPRESS_REF || 'main' }}
                    run: |
                      git clone -q --depth 1 --branch "$ORBITPRESS_REF" "$ORBITPRESS_GIT" "$RUNNER_TEMP/orbitpress"
                      mvn -B -q -f "$RUNNER_TEMP/orbitpress/pom.xml" install -Dmaven.test.skip=true
                  - name: The plugin is at hand
                    # the version pom.xml names, from a Maven repository or the step above
                    env:
                      ORBITPRESS_GIT: ${{ vars.ORBITPRESS_GIT }}
                      ORBITPRESS_REF: ${{ vars.ORBITPRESS_REF || 'main' }}
                    run: |
                      version=$(mvn -B -q help:evaluate -Dexpression=orbitpress.version -DforceStdout)
                      mvn -B -q help:describe -Dplugin="io.orbitpress:orbitpress:$version" > /dev/null || {
                        if [ -n "$ORBITPRESS_GIT" ]; then
                          built=$(mvn -B -q -f "$RUNNER_TEMP/orbitpress/pom.xml" help:evaluate -Dexpression=project.version -DforceStdout)
                          echo "::error::$ORBITPRESS_GIT at $ORBITPRESS_REF is Orbitpress $built, and pom.xml names $version: set ORBITPRESS_REF to the tag or branch of $version, or orbitpress.version in pom.xml to $built"
                        else
                          echo "::error::no Maven repository serves the orbitpress plugin $version: set ORBITPRESS_GIT (top of this file)"
                        fi
                        exit 1
                      }
                  - name: Build the site
                    # the address GitHub Pages serves this repository at, e.g. https://org.github.io/repo/
                    run: mvn -B orbitpress:build -Dorbitpress.baseUrl="${{ steps.pages.outputs.base_url }}/"
                  - uses: actions/upload-pages-artifact@v3
                    with:
                      path: site

              deploy:
                needs: build
                # GitHub lets the default branch alone publish to github-pages: a push to the other one builds only
                if: ${{ github.event_name == 'schedule' || github.ref_name == github.event.repository.default_branch }}
                runs-on: ubuntu-latest
                # only the job that publishes may write to Pages
                permissions:
                  pages: write
                  id-token: write
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@v4
            """;

    private static String readme(String title) {
        return """
                # %s

                A news site built with Orbitpress: Markdown articles in `content/articles/`, the people,
                missions and organizations they are about in `content/people/`, `content/missions/` and
                `content/organizations/`, settings in `content/site.yaml`.

                ```sh
                mvn orbitpress:serve                          # preview at http://127.0.0.1:8080/, reloads on save
                mvn orbitpress:new -Darticle="Your headline"  # a new article (a draft until you remove draft: true)
                mvn orbitpress:new -Dperson="Full Name"       # a new person; -Dmission=..., -Dorganization=...
                mvn orbitpress:build                          # the site, into site/
                mvn orbitpress:eject -Dorbitpress.files=article.html   # a template into templates/, to change it
                mvn orbitpress:theme                          # the theme's files: those you changed, and those a newer Orbitpress changed
                mvn orbitpress:schedule                       # the coming publications and expiries (publishDate, expiryDate)
                mvn orbitpress:entities -Dorbitpress.suggest  # names in the text not registered yet, and how to add them
                ```

                The theme is built into Orbitpress; `templates/` holds only the files you change, and
                every other one comes from the built-in theme. `.github/workflows/pages.yml` publishes
                `site/` to GitHub Pages on every push to `main` (or `master`) and every 30 minutes (so
                embargoed stories go up on time). Before the first push, set the repository's Settings >
                Pages > Source to "GitHub Actions": until then the workflow cannot read the Pages site it
                publishes to, and fails. Its runner needs the Orbitpress plugin: from a Maven repository it
                reaches, or built from source when the repository variable `ORBITPRESS_GIT` (Settings >
                Secrets and variables > Actions > Variables) holds Orbitpress's git address
                (`ORBITPRESS_REF`: the tag or branch, default `main`).

                Each of you needs the plugin too, once, in your own Maven repository: from a Maven
                repository your Maven reaches, or with `mvn install` in a clone of Orbitpress (again
                when `orbitpress.version` in `pom.xml` changes). Without it Maven says "No plugin found
                for prefix 'orbitpress'".

                A story held back by its `publishDate:` is in the repository from its first push:
                whoever can read the repository can read it before its time. Keep the repository
                private where embargoes matter (GitHub Pages from a private repository needs a paid
                plan), or publish `site/` to another host from a private one.
                """.formatted(title);
    }

    /** A Maven artifact id made from a folder's name: letters, digits, {@code -}, {@code _}, {@code .}. */
    public static String artifactId(String folderName) {
        String id = folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? "site" : id;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
