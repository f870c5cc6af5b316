package io.orbitpress.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article's URL and slug from where its file stands below articles/, as Hugo and Zola place
 * pages ({@code migration.urlFromPath}): {@code docs/intro.md} gives /docs/intro/ and the slug
 * docs-intro, unique as long as paths are, all lowercase as Hugo writes them; an index file ({@code _index.md}, {@code index.md})
 * stands for its folder. A Jekyll post (in a {@code _posts} folder) goes where Jekyll's default
 * permalink puts it: its other folders (Jekyll's categories), then year, month and day.
 *
 * @param url  a path pattern for {@link Permalink#expand}
 * @param slug the folders and the file's slug joined by hyphens
 */
record FolderRoute(String url, String slug) {

    private static final Set<String> UNSEEN = Set.of("_posts", "_drafts");
    private static final Set<String> INDEX = Set.of("_index", "index");

    static FolderRoute of(String relative, String fileSlug) {
        String slug = fileSlug.toLowerCase(java.util.Locale.ROOT);
        String[] parts = relative.replace('\\', '/').split("/");
        List<String> folders = new ArrayList<>();
        boolean post = false;
        for (int i = 0; i < parts.length - 1; i++) {
            post |= parts[i].equals("_posts");
            if (!UNSEEN.contains(parts[i])) {
                String s = Slugs.make(parts[i]);
                folders.add(s.isEmpty() ? parts[i] : s);
            }
        }
        String base = Slugs.fromFileName(parts[parts.length - 1]);
        List<String> segments = new ArrayList<>(folders);
        List<String> named = new ArrayList<>(folders);
        String date = Slugs.dateFromFileName(parts[parts.length - 1]);
        if (post && !date.isEmpty()) {
            segments.addAll(List.of(":year", ":month", ":day"));
            named.add(date);
        }
        if (!INDEX.contains(base)) {
            segments.add(slug);
            named.add(slug);
        }
        String url = segments.isEmpty() ? "/" : "/" + String.join("/", segments) + "/";
        String joined = String.join("-", named);
        return new FolderRoute(url, joined.isEmpty() ? slug : joined);
    }
}
