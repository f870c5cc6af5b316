package io.orbitpress.build;

import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.model.Article;
import io.orbitpress.source.ContentFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hugo's leaf bundles: a story written as {@code content/articles/<folder>/index.md} owns the other
 * files of its folder and of the folders below it, but those of a folder with an {@code index.md}
 * of its own, another story's. Each is published at the story's address, where its page finds it
 * by a relative link whatever its permalink: {@code pad.png} beside the story at
 * {@code /2019/03/pad-39a/} is {@code /2019/03/pad-39a/pad.png}. A picture the story shows from its
 * bundle is one of the site's pictures there, resized as those of {@code content/static/} are.
 *
 * <p>A file that is no story's (beside stories in a folder without an {@code index.md}) is not
 * published, with a warning; so are the files of a story that is not published (a draft, one held
 * back), which wait with it. A Markdown file in a bundle other than its {@code index.md} is a story
 * of its own, as every Markdown file of {@code content/articles/} is (Hugo reads it as a resource of
 * the bundle's page; in Jekyll, Zola and most sites it is a page beside the folder's index).
 */
final class Bundles {

    /**
     * A file of a story's bundle.
     *
     * @param path    where it is published, below the site root
     * @param file    the file
     * @param display the file's path in messages
     * @param story   the story's file ({@code content/articles/x/index.md})
     */
    record Resource(String path, Path file, String display, String story) {
    }

    /**
     * Where a bundle's file published at a path would be: the file, its path in messages, and its
     * path as its story writes it ({@code gallery/step-1.jpg}).
     */
    record Place(Path file, String display, String written) {
    }

    /** A bundle's folder and its path in messages ({@code content/articles/x}). */
    private record Folder(Path dir, String display) {
    }

    static final Bundles NONE = new Bundles(Map.of(), Map.of());

    /** The resources of the stories made, by where they are published. */
    private final Map<String, Resource> byPath;
    /** The folder of each bundle by the folder of its story's address, below the site root ("articles/x/"). */
    private final Map<String, Folder> folders;

    private Bundles(Map<String, Resource> byPath, Map<String, Folder> folders) {
        this.byPath = byPath;
        this.folders = folders;
    }

    /**
     * Whether {@code name} is the name of a bundle's story: {@code index.md}, or a version's ({@code
     * index.ru.md}), in a language of the site or not.
     */
    static boolean head(String name, SiteConfig config) {
        String plain = ArticleReader.withoutLanguage(name, config);
        // index.fr.md heads its folder on a site without French too: an error of its own, whose files wait with it
        String code = plain.equals(name) ? ArticleReader.nameCode(name) : null;
        return ArticleReader.isNamed(plain, "index") || code != null && ArticleReader.LANGUAGE_CODES.contains(code)
                && ArticleReader.isNamed(ArticleReader.withoutCode(name, code), "index");
    }

    /**
     * The bundles of the files below {@code articles} (every file, Markdown or not), for the stories
     * {@code made}; what cannot be published as a bundle's file is told to {@code d}.
     */
    static Bundles of(Path articles, List<Path> files, ContentFolder folder, Collection<Article> made, SiteConfig config,
            Diagnostics d) {
        // the common case, told without working out each file's place: stories alone, none a bundle's
        if (files.stream().allMatch(f -> ContentFolder.isMarkdown(f) && !head(f.getFileName().toString(), config))) {
            return NONE;
        }
        Path root;
        try {
            root = articles.toRealPath();
        } catch (IOException e) {
            return NONE;
        }
        // each file below content/articles/; the bundles' folders ("x", "2025/y"), by their story's file
        List<Path> rels = new ArrayList<>(files.size());
        // a bundle's stories: its index.md, and the versions in other languages beside it (index.ru.md)
        Map<Path, List<Path>> heads = new HashMap<>();
        for (Path f : files) {
            Path rel = relative(root, articles, f);
            rels.add(rel);
            if (rel.getParent() != null && head(rel.getFileName().toString(), config)) {
                heads.computeIfAbsent(rel.getParent(), k -> new ArrayList<>()).add(f);
            }
        }
        heads.values().forEach(h -> h.sort(Comparator.comparing(p -> p.getFileName().toString())));
        Map<String, String> urls = new HashMap<>();
        made.forEach(a -> urls.put(a.path(), a.url()));
        Map<String, Resource> byPath = new TreeMap<>();
        Map<String, Folder> folders = new HashMap<>();
        // each bundle's folder at its stories' addresses, where the pictures they show are looked for
        // first, whether or not it holds a file yet
        for (List<Path> stories : heads.values()) {
            for (Path head : stories) {
                String url = urls.get(folder.display(head));
                if (url != null) {
                    folders.putIfAbsent(url.substring(1, url.lastIndexOf('/') + 1), new Folder(head.getParent(),
                            folder.display(head.getParent())));
                }
            }
        }
        Set<String> clashing = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (ContentFolder.isMarkdown(f)) {
                // a story, in a bundle's folder or not: Jekyll's, Zola's and most sites' folders hold an
                // index.md beside their other stories (only Hugo reads those as the bundle's resources)
                continue;
            }
            Path rel = rels.get(i);
            String display = folder.display(f);
            Path bundle = bundleOf(rel, heads);
            String extension = otherMarkdown(f);
            if (extension != null) {
                // a post of another generator, neither a story here nor a file to publish as it is
                d.warning(display, 0, 0, "this file's name ends in ." + extension + ", which other generators read as"
                        + " Markdown, but Orbitpress reads .md and .markdown files as stories, so it is not published;"
                        + " rename it to end in .md");
                continue;
            }
            if (bundle == null) {
                d.warning(display, 0, 0, "this file is in content/articles/ but in no story's page bundle (a folder"
                        + " with an index.md), so it is not published; move it to content/static/ (published at"
                        + " /" + rel.toString().replace('\\', '/') + " there keeps this path below the site), or make"
                        + " its story a bundle: its folder with the story as index.md");
                continue;
            }
            // published at the address of each of the bundle's stories
            for (Path head : heads.get(bundle)) {
                String story = folder.display(head);
                String url = urls.get(story);
                if (url == null) {
                    continue; // a draft, or a story its errors keep out: its files wait with it
                }
                String base = url.substring(1, url.lastIndexOf('/') + 1);
                String path = base + bundle.relativize(rel).toString().replace('\\', '/');
                Resource before = byPath.get(path);
                if (before != null && before.file().equals(f)) {
                    continue; // two versions at one address, an error of their own: the file once
                }
                if (before != null) {
                    if (clashing.add(path)) {
                        d.error(before.display(), 0, 0, "this file of " + before.story() + " would be published at /"
                                + path + ", as " + display + " of " + story + " would; rename or move one of them");
                    }
                    d.error(display, 0, 0, "this file of " + story + " would be published at /" + path + ", as "
                            + before.display() + " of " + before.story() + " would; rename or move one of them");
                    continue;
                }
                byPath.put(path, new Resource(path, f, display, story));
            }
        }
        return new Bundles(byPath, folders);
    }

    /** Other endings generators read as Markdown (Jekyll's {@code markdown_ext}: mkdown, mkdn, mkd; mdown, mdwn). */
    private static final Set<String> OTHER_MARKDOWN = Set.of("mkdown", "mkdn", "mkd", "mdown", "mdwn");

    /** The ending of {@code f}'s name when it is one of {@link #OTHER_MARKDOWN}, else null. */
    private static String otherMarkdown(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return OTHER_MARKDOWN.contains(ext) ? ext : null;
    }

    /** {@code f} below content/articles/, as the walk reached it (below its real path, or its path). */
    private static Path relative(Path root, Path articles, Path f) {
        return f.startsWith(root) ? root.relativize(f) : articles.toAbsolutePath().normalize().relativize(
                f.toAbsolutePath().normalize());
    }

    /** The nearest folder above {@code rel} that is a bundle's, or null. */
    private static Path bundleOf(Path rel, Map<Path, ?> heads) {
        for (Path p = rel.getParent(); p != null; p = p.getParent()) {
            if (heads.containsKey(p)) {
                return p;
            }
        }
        return null;
    }

    /** The bundle's file published at {@code path} below the site root, if one is. */
    Optional<Resource> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * Where in a bundle the file published at {@code path} below the site root would be: in the
     * bundle of the story whose address is the nearest folder above it ({@code gallery/step-1.jpg}
     * of the story at {@code articles/x/}), if any; where a picture the story shows was looked for.
     */
    Optional<Place> placeOf(String path) {
        for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
            Folder f = folders.get(path.substring(0, slash + 1));
            if (f != null) {
                String written = path.substring(slash + 1);
                return Optional.of(new Place(f.dir().resolve(written), f.display() + "/" + written, written));
            }
            if (slash == 0) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The resources of the stories at {@code stories} (their files), in the order of their paths. */
    List<Resource> of(Set<String> stories) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : byPath.values()) {
            if (stories.contains(r.story())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every resource, of stories published or held back, in the order of their paths. */
    Collection<Resource> all() {
        return byPath.values();
    }
}
