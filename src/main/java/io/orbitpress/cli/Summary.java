package io.orbitpress.cli;

import io.orbitpress.build.BuildResult;
import java.util.Map;
import java.util.stream.Collectors;

/** The short lines a build prints. */
final class Summary {

    private Summary() {
    }

    static String line(BuildResult r) {
        String kinds = r.pagesByKind().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        String line = String.format("Built %d pages (%s), %d files, %d warning%s in %d ms", r.pages(), kinds, r.files(),
                r.warningCount(), r.warningCount() == 1 ? "" : "s", r.millis());
        if (r.pictures() > 0) {
            line += String.format("; %d picture%s resized", r.pictures(), r.pictures() == 1 ? "" : "s");
        }
        if (r.otherTool()) {
            line += "; everything made anew: the cache folder held another Orbitpress's or another JVM's work (a new"
                    + " version, or the jar after the Maven plugin), which is now replaced";
        }
        if (r.noStoryKept()) {
            // a warm build expected, a cold one made: why, for the writer who shares one --cache between
            // two sites or switches --drafts on and off
            line += "; every story made anew: the cache folder held none of them as they are now (site.yaml, a"
                    + " registry file, the build's options such as --drafts, or every story changed since it was"
                    + " written, or it is another site's: give each site its own --cache)";
        }
        if (r.rendered() < r.pages()) {
            line += String.format("; %d page%s rendered, the others kept from the last build", r.rendered(),
                    r.rendered() == 1 ? "" : "s");
        }
        if (!r.gone().isEmpty()) {
            java.util.List<String> gone = r.gone();
            line += String.format("%nGone since the last build: %d page%s (%s); a link to %s from elsewhere now finds"
                    + " nothing", gone.size(), gone.size() == 1 ? "" : "s", firstFive(gone), gone.size() == 1 ? "it" : "one");
            // a list's page (a topic's, a person's) went with its stories, a draft's waits for it: no
            // story is to take its place (a person's, even one with no list, as a redirect_from: left)
            String story = gone.stream().filter(g -> !r.goneNoStory().contains(g) && !r.goneEntities().contains(g))
                    .findFirst().orElse(null);
            if (story != null) {
                line += String.format(". To keep %s address, give the story that takes its place aliases: [%s]",
                        gone.size() == 1 ? "the" : "an", story);
            }
            // a person's page (a registry file removed or renamed): the file that takes its place keeps it
            String entity = gone.stream().filter(r.goneEntities()::contains).findFirst().orElse(null);
            if (entity != null) {
                line += String.format(". To keep %s address, give the registry file that takes its place"
                        + " redirect_from: [%s]", story == null && gone.size() == 1 ? "the" : "a person's, mission's"
                        + " or organization's", entity);
            }
        }
        if (!r.heldBack().isEmpty()) {
            java.util.List<String> held = r.heldBack();
            // published by the last build, held back by this one: its readers, and the feeds and search engines
            // that took it, have it already
            line += String.format("%nHeld back since the last build: %d stor%s (%s), a draft or before %s"
                    + " publishDate; a link to %s finds nothing until %s out, and readers, feeds and search engines"
                    + " that took %s have %s already", held.size(), held.size() == 1 ? "y" : "ies", firstFive(held),
                    held.size() == 1 ? "its" : "their",
                    held.size() == 1 ? "it" : "one", held.size() == 1 ? "it comes" : "they come",
                    held.size() == 1 ? "it" : "them", held.size() == 1 ? "it" : "them");
        }
        if (!r.expired().isEmpty()) {
            java.util.List<String> expired = r.expired();
            // past its expiryDate: since the last build, or long before, shown by a build with --expired
            line += String.format("%nTaken down since the last build: %d stor%s (%s), past %s expiryDate", expired.size(),
                    expired.size() == 1 ? "y" : "ies", firstFive(expired), expired.size() == 1 ? "its" : "their");
        }
        if (r.nextChange() != null) {
            line += "\nNext scheduled change: " + r.nextChange().describe()
                    + (r.alsoThen() == 0 ? "" : " (and " + r.alsoThen() + " more at that time)")
                    + "; build again then (orbitpress schedule lists them all)";
        }
        return r.suggestions() == 0 ? line
                : line + "\n" + r.suggestions() + " unregistered name(s) found; see them with: orbitpress entities --suggest";
    }

    static String timings(Map<String, Long> t) {
        return "Timings: " + t.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
    }

    /** The first five of {@code pages}, then how many more: "/a/, /b/, /c/, /d/, /e/ and 3 more". */
    private static String firstFive(java.util.List<String> pages) {
        return String.join(", ", pages.subList(0, Math.min(5, pages.size())))
                + (pages.size() > 5 ? " and " + (pages.size() - 5) + " more" : "");
    }
}
