package io.orbitpress.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * {@code mvn orbitpress:new}: a new site, article, person, mission or organization, as
 * {@code orbitpress new} writes them; nothing is ever replaced. Exactly one of {@code site},
 * {@code article}, {@code person}, {@code mission}, {@code organization}:
 *
 * <pre>
 * mvn io.orbitpress:orbitpress:new -Dsite=mission-news       # a site folder, with its pom.xml
 * mvn orbitpress:new -Darticle="Crew-12 arrives" -Dmissions=crew-11
 * mvn orbitpress:new -Darticle="Crew-12 docks" -Dauthors=mira-castell -Dauthor="Jane Guest"
 * mvn orbitpress:new -Darticle="Экипаж прибыл" -Dlang=ru -DtranslationOf=crew-12-arrives
 * mvn orbitpress:new -Dperson="Zena Cardman"
 * </pre>
 */
public class NewMojo extends SiteGoal {

    /** A folder to start a site in (empty or missing): content/, pom.xml, .gitignore, a Pages workflow. */
    String site;

    /** The new site's title (default: made from the folder's name). */
    String title;

    /** The headline of a new article (written as a draft). */
    String article;

    /** The name of a new person. */
    String person;

    /** The name of a new mission. */
    String mission;

    /** The name of a new organization. */
    String organization;

    /** The new article's date: a day (2025-07-30) or a time (2025-07-30T14:05:00-04:00) (default: now, to the minute). */
    String date;

    /** Ids of people the new article is about, comma-separated. */
    String people;

    /** Ids of missions the new article is about. */
    String missions;

    /** Ids of organizations the new article is about. */
    String organizations;

    /** Topics of the new article. */
    String tags;

    /** Ids of the registered authors who sign the new article, comma-separated. */
    String authors;

    /** The new article's byline as text: guests with no file beside {@code authors}, or names. */
    String author;

    /** The new article's language, one of site.yaml's languages (default: the site's). */
    String lang;

    /** The file name (without .md) of the story the new article translates. */
    String translationOf;

    /** The file name (without .md) of the story the new article follows up. */
    String followUp;

    /** The new article's layout: liveblog, explainer, or one of the site's. */
    String layout;

    @Override
    boolean forks() {
        return false; // writes a file or two: no build, no JVM of its own
    }

    /**
     * Never skipped: the goal runs once, where Maven was started (it needs no project), and a new
     * article asked for in a folder with no site is told so rather than left unwritten.
     */
    @Override
    boolean usesSite() {
        return false;
    }

    @Override
    List<String> arguments() throws MojoExecutionException {
        List<String> given = new ArrayList<>();
        for (String s : new String[] {site, article, person, mission, organization}) {
            if (s != null && !s.isBlank()) {
                given.add(s);
            }
        }
        if (given.size() != 1) {
            throw new MojoExecutionException("orbitpress:new needs exactly one of -Dsite=FOLDER, -Darticle=\"Title\","
                    + " -Dperson=\"Name\", -Dmission=\"Name\", -Dorganization=\"Name\"");
        }
        List<String> args = new ArrayList<>(List.of("new"));
        if (site != null && !site.isBlank()) {
            args.add("site");
            // -Dsite=. (a repository cloned from GitHub) is the folder itself, said without "/."
            args.add(siteFolder().resolve(site.strip()).normalize().toString());
            option(args, "--title", title);
            args.add("--maven-goals"); // "Next:" names the goals, not the command
            return args;
        }
        args.addAll(List.of("--source", siteFolder().toString()));
        if (article != null && !article.isBlank()) {
            args.addAll(List.of("article", article.strip()));
            option(args, "--date", date);
            option(args, "--people", people);
            option(args, "--missions", missions);
            option(args, "--organizations", organizations);
            option(args, "--tags", tags);
            option(args, "--authors", authors);
            option(args, "--author", author);
            option(args, "--lang", lang);
            option(args, "--translation-of", translationOf);
            option(args, "--follow-up", followUp);
            option(args, "--layout", layout);
        } else if (person != null && !person.isBlank()) {
            args.addAll(List.of("person", person.strip()));
        } else if (mission != null && !mission.isBlank()) {
            args.addAll(List.of("mission", mission.strip()));
        } else {
            args.addAll(List.of("organization", organization.strip()));
        }
        return args;
    }
}
