package io.orbitpress.build;

import io.orbitpress.image.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A small site of six stories, two people, a mission, an agency and two authors, and the edits a writer
 * makes to it: text, titles, dates, topics, people, updates, drafts, new, moved and deleted
 * articles, registry changes, a broken front matter mended again, publication times and
 * expiry dates in the past and the future (a story held back or taken down), withdrawals, bylines,
 * corrections, series, layouts and a live blog's timestamped entries; pictures replaced, added
 * and taken away, lead pictures, portraits, embeds, and a picture cut short then copied again.
 */
final class WriterEdits {

    private final TestSite site;
    private final Path dir;

    WriterEdits(TestSite site) {
        this.site = site;
        this.dir = site.root;
    }

    /** Writes the starting site. */
    void writeSite() {
        site.write("content/site.yaml", site.read("content/site.yaml") + """
                images:
                  widths: [120, 400]
                  default: /images/card.png
                  defaultAlt: Test Desk
                """);
        site.write("content/static/images/pic-1.jpg", TestImages.jpeg(500, 300));
        site.write("content/static/images/pic-2.png", TestImages.png(300, 300, false));
        site.write("content/static/images/card.png", TestImages.png(240, 126, false));
        site.write("content/static/images/ada.jpg", TestImages.jpeg(200, 260));
        site.write("content/people/ada-orbit.md", """
                ---
                name: Ada Orbit
                aliases: [A. Orbit]
                role: commander
                image: /images/ada.jpg
                image_alt: Ada Orbit
                ---
                Ada Orbit commands [the station](/articles/story-1/#details).

                ![Ada at the station](/images/pic-2.png "At work | Photo: Test Desk")
                """);
        site.write("content/people/ben-lander.md", "---\nname: Ben Lander\nrole: pilot\n---\nBen Lander flies.\n");
        site.write("content/missions/test-mission.md", """
                ---
                name: Test Mission
                crew: [ada-orbit, ben-lander]
                launch: 2025-07-01
                ---
                A mission.
                """);
        site.write("content/organizations/test-agency.md", "---\nname: Test Agency\n---\nAn agency.\n");
        site.write("content/authors/kim-desk.md", "---\nname: Kim Desk\nrole: reporter\n---\nKim Desk reports.\n");
        site.write("content/authors/orbit-news.md", "---\nname: Orbit News\ntype: Organization\n---\nThe desk.\n");
        for (int i = 1; i <= 6; i++) {
            article(i, "Story " + i, "2025-07-%02d".formatted(10 + i), i % 2 == 0 ? "crew" : "station",
                    i % 3 == 0 ? "Ben Lander" : "Ada Orbit");
        }
    }

    void article(int i, String title, String date, String tag, String person) {
        site.write("content/articles/story-" + i + ".md", """
                ---
                title: "%s"
                date: %s
                tags: [launch, %s]
                missions: [test-mission]
                ---
                %s spoke about Crew-12 on day %d.

                ![Picture %d](/images/pic-%d%s "Caption %d | Photo: Test Desk")

                ## Details

                See [the first story](/articles/story-1/) and [its details](/articles/story-1/#details).
                """.formatted(title, date, tag, person, i, i, i % 2 + 1, i % 2 == 0 ? ".jpg" : ".png", i));
    }

    byte[] readBytes(String path) {
        try {
            return Files.readAllBytes(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One edit of the kinds a writer makes, on a random article (or the registry), by
     * {@code random}; {@code between} runs a build between two halves of an edit that breaks a
     * file and mends it.
     */
    void randomEdit(Random random, int step, Runnable between) throws IOException {
        List<Path> articles;
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("content/articles"))) {
            // the stories of single files: the page bundle's folder is edited by bundleEdit alone
            articles = files.filter(Files::isRegularFile).sorted().toList();
        }
        Path file = articles.get(random.nextInt(articles.size()));
        String path = dir.relativize(file).toString();
        String text = read(path);
        List<String> topics = List.of("launch", "crew", "station", "spacewalk", "mars");
        // every story links to story-1 and its #details: it stays published, and keeps its headings' ids
        boolean first = path.endsWith("story-1.md");
        switch (random.nextInt(27)) {
            case 0 -> site.write(path, text + "\nMore news, step " + step + ".\n");
            case 1 -> site.write(path, text.replaceFirst("(?m)^title: .*$", "title: \"Retitled " + step + "\""));
            // dates in the past: a date is a publication time, and the clock would hold a later one back
            case 2 -> site.write(path, text.replaceFirst("(?m)^date: .*$", "date: 20%d-%02d-%02d".formatted(
                    23 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))));
            case 3 -> site.write(path, text.replaceFirst("(?m)^tags: .*$", "tags: " + topics.stream()
                    .filter(t -> random.nextBoolean()).toList()));
            case 4 -> site.write(path, text.contains("\npeople:") ? text.replaceFirst("(?m)^people: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\npeople: [ben-lander]"));
            case 5 -> site.write(path, text + "\nBen Lander and Ada Orbit spoke on step " + step + ".\n");
            case 6 -> site.write(path, text.contains("\nupdated:") ? text.replaceFirst("(?m)^updated: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nupdated: 2026-0%d-01".formatted(1 + random.nextInt(9))));
            case 7 -> article(100 + step, "New " + step, "2025-0%d-1%d".formatted(1 + random.nextInt(9), random.nextInt(10)),
                    topics.get(random.nextInt(topics.size())), random.nextBoolean() ? "Ada Orbit" : "Ben Lander");
            case 8 -> { // every story links to story-1: it stays
                if (articles.size() > 3 && !path.endsWith("story-1.md")) {
                    Files.delete(file);
                }
            }
            case 9 -> {
                if (!path.endsWith("story-1.md")) {
                    Files.move(file, file.resolveSibling("moved-" + step + ".md"));
                }
            }
            case 10 -> site.write(path, text.contains("\ndraft: true") || first ? text.replace("\ndraft: true", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\ndraft: true"));
            case 12 -> site.write(path, text.contains("\npublishDate:") ? text.replaceFirst("(?m)^publishDate: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\npublishDate: " + (first || random.nextBoolean()
                            ? "2025-07-0%dT08:00:00Z".formatted(1 + random.nextInt(9)) : "2099-01-01T09:00:00-05:00")));
            case 13 -> site.write(path, text.contains("\nexpiryDate:") ? text.replaceFirst("(?m)^expiryDate: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nexpiryDate: " + (first || random.nextBoolean()
                            ? "2099-0%d-01".formatted(1 + random.nextInt(9)) : "2024-01-01")));
            case 14 -> site.write(path, text.contains("\nauthors:") ? text.replaceFirst("(?m)^authors: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nauthors: " + (random.nextBoolean() ? "[kim-desk]"
                            : "[orbit-news, kim-desk]")));
            case 15 -> site.write(path, text.contains("\ncorrections:") ? text.replaceFirst("(?m)^corrections: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\ncorrections: [{date: 2025-09-0%d, text: \"Fixed on step %d.\"}]"
                            .formatted(1 + random.nextInt(9), step)));
            case 16 -> site.write(path, text.contains("\nseries:") ? text.replaceFirst("(?m)^series: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nseries: " + (random.nextBoolean() ? "Station diary"
                            : "Crew notes")));
            case 17 -> site.write(path, text.contains("\nlayout:") || first ? text.replaceFirst("(?m)^layout: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nlayout: " + (random.nextBoolean() ? "liveblog"
                            : "explainer")));
            case 18 -> site.write(path, text + "\n## %02d:%02d Update %d\n\nBen Lander reports.\n".formatted(
                    random.nextInt(24), random.nextInt(60), step));
            case 19 -> { // a picture replaced by another of another size
                site.write("content/static/images/pic-1.jpg", TestImages.jpeg(200 + random.nextInt(400),
                        100 + random.nextInt(300)));
            }
            case 20 -> site.write(path, text.contains("![Extra]") ? text.replaceFirst("(?m)^!\\[Extra\\].*\n", "")
                    : text + "\n![Extra](/images/" + (random.nextBoolean() ? "pic-1.jpg" : "pic-2.png")
                            + " \"Photo: Desk\")\n");
            case 21 -> { // the portrait replaced, or taken away and back
                String ada = read("content/people/ada-orbit.md");
                if (random.nextBoolean()) {
                    site.write("content/static/images/ada.jpg", TestImages.jpeg(100 + random.nextInt(300), 260));
                } else {
                    site.write("content/people/ada-orbit.md", ada.contains("\nimage: ")
                            ? ada.replace("image: /images/ada.jpg\n", "")
                            : ada.replace("image_alt:", "image: /images/ada.jpg\nimage_alt:"));
                }
            }
            case 22 -> site.write(path, text.contains("```embed") ? text.replaceFirst("(?s)```embed.*?```\n", "")
                    : text + "\n```embed\nhttps://youtu.be/21X5lGlDOfg\ntitle: Replay " + step
                            + "\nposter: /images/pic-1.jpg\n```\n");
            case 23 -> site.write(path, text.contains("\nimage: ") ? text.replaceFirst("(?m)^image: .*\n", "")
                    .replaceFirst("(?m)^image_alt: .*\n", "").replaceFirst("(?m)^image_credit: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nimage: /images/" + (random.nextBoolean()
                            ? "pic-1.jpg" : "pic-2.png") + "\nimage_alt: Lead " + step
                            + "\nimage_credit: \"Photo: Desk\""));
            case 24 -> { // a picture cut short in a copy, built once, then copied again
                byte[] good = readBytes("content/static/images/pic-2.png");
                site.write("content/static/images/pic-2.png", TestImages.truncated(good, 0.6));
                between.run();
                site.write("content/static/images/pic-2.png", good);
            }
            case 25 -> bundleEdit(random, step);
            // withdrawn in the past (its address a notice) or to come, with a note or not; story-1 is linked to its #details
            case 26 -> site.write(path, text.contains("\nwithdrawn:") || first
                    ? text.replaceFirst("(?m)^withdrawn: .*\n", "").replaceFirst("(?m)^withdrawnNote: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nwithdrawn: " + (random.nextBoolean()
                            ? "2026-0%d-01".formatted(1 + random.nextInt(9)) : "2099-01-01T09:00:00Z")
                            + (random.nextBoolean() ? "\nwithdrawnNote: Step " + step + "." : "")));
            default -> {
                String ada = read("content/people/ada-orbit.md");
                String role = ada.lines().filter(l -> l.startsWith("role:")).findFirst().orElseThrow();
                site.write("content/people/ada-orbit.md", ada.replace(role, "role: role " + step));
                // and a broken front matter, built once, then mended
                site.write(path, text.replaceFirst("(?m)^title: .*$", "title: [unclosed"));
                between.run();
                site.write(path, text);
            }
        }
    }

    /**
     * An edit of a story written as a page bundle ({@code content/articles/bundle/index.md}, with the
     * picture it shows and a report beside it): made when there is none; else its picture replaced by
     * one of another size, its report rewritten, a file added beside it or one taken away, or its
     * address changed (its files move with it).
     */
    void bundleEdit(Random random, int step) throws IOException {
        String index = "content/articles/bundle/index.md";
        if (!Files.exists(dir.resolve(index))) {
            site.write(index, """
                    ---
                    title: "Bundle story"
                    date: 2025-07-09
                    tags: [launch]
                    ---
                    The pad at dawn.

                    ![The pad](pad.png "The pad | Photo: Test Desk")

                    Read [the report](report.txt) and [the notes](notes/first.txt).
                    """);
            site.write("content/articles/bundle/pad.png", TestImages.png(300, 200, false));
            site.write("content/articles/bundle/report.txt", "Report, step " + step + "\n");
            site.write("content/articles/bundle/notes/first.txt", "First notes\n");
            return;
        }
        String text = read(index);
        switch (random.nextInt(5)) {
            case 0 -> site.write("content/articles/bundle/pad.png", TestImages.png(200 + 20 * step, 150, false));
            case 1 -> site.write("content/articles/bundle/report.txt", "Report, step " + step + "\n");
            case 2 -> site.write("content/articles/bundle/notes/step-" + step + ".txt", "Notes " + step + "\n");
            case 3 -> {
                try (java.util.stream.Stream<Path> notes = Files.list(dir.resolve("content/articles/bundle/notes"))) {
                    List<Path> extra = notes.filter(n -> !n.getFileName().toString().equals("first.txt")).sorted()
                            .toList();
                    if (!extra.isEmpty()) {
                        Files.delete(extra.get(random.nextInt(extra.size())));
                    } else {
                        site.write("content/articles/bundle/loose.txt", "Loose " + step + "\n");
                    }
                }
            }
            default -> site.write(index, text.contains("\nslug:") ? text.replaceFirst("(?m)^slug: .*\n", "")
                    : text.replaceFirst("(?m)^(date: .*)$", "$1\nslug: bundle-" + step));
        }
    }
}
