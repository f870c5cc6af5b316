package io.orbitpress.build;

import io.orbitpress.model.Article;
import io.orbitpress.publish.LinkChecker;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stories' pages that the site published now in the output folder has and this build does not
 * make: a story whose file was renamed since, or that was deleted. A link left at such an address is
 * told which story the page showed (its {@code og:title}), where a story of that title is now, and the
 * alias that keeps the old address working; the output folder is only read.
 */
final class PublishedPages {

    private PublishedPages() {
    }

    /**
     * For each page below the stories' folders of {@code out} ({@code articles/}, {@code ru/articles/},
     * from {@code folders}) that {@code paths} lacks: why a link to it leads nowhere, by output path.
     */
    static Map<String, LinkChecker.Problem> gone(Path out, Collection<String> folders, Set<String> paths,
            List<Article> stories) {
        Map<String, LinkChecker.Problem> gone = new HashMap<>();
        Map<String, Article> byTitle = null; // made at the first page gone: most builds have none
        for (String folder : folders) {
            Path dir = out.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> pages = Files.newDirectoryStream(dir)) {
                for (Path p : pages) {
                    String file = folder + p.getFileName() + "/index.html";
                    Path page = p.resolve("index.html");
                    if (paths.contains(file) || !Files.isRegularFile(page)) {
                        continue;
                    }
                    String title = org.jsoup.Jsoup.parse(Files.readString(page))
                            .select("meta[property=og:title]").attr("content");
                    if (title.isEmpty()) {
                        continue;
                    }
                    if (byTitle == null) {
                        byTitle = new HashMap<>();
                        for (Article a : stories) {
                            byTitle.putIfAbsent(a.title(), a);
                        }
                    }
                    gone.put(file, problem("/" + folder + p.getFileName() + "/", title, byTitle.get(title)));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a site that cannot be read tells nothing more: the link is told as any broken link
            }
        }
        return gone;
    }

    private static LinkChecker.Problem problem(String old, String title, Article now) {
        String page = "the site published now has the page of \"" + title + "\" here";
        return new LinkChecker.Problem(now != null
                ? page + ", which " + now.path() + " now publishes at " + now.url() + " (its file renamed, or its address"
                        + " changed); link to " + now.url() + ", and keep " + old + " working for readers and search"
                        + " engines with aliases: [" + old + "] in " + now.path()
                : page + ", and no story of this build has that title; if the story was renamed, link to its new"
                        + " address and keep " + old + " working with aliases: [" + old + "] in its file; if it was"
                        + " taken down, remove the link", false);
    }
}
