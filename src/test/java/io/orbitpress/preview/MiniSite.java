package io.orbitpress.preview;

import io.orbitpress.testing.Trees;
import io.orbitpress.build.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A small site in a temporary folder: the project's templates, two articles, one entity of each kind. */
final class MiniSite {

    /** The templates of the sample site, in the project folder the tests run in. */
    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    final Path root;

    private MiniSite(Path root) {
        this.root = root;
    }

    static MiniSite create(Path dir) throws IOException {
        MiniSite site = new MiniSite(dir);
        Trees.copy(TEMPLATES, dir.resolve("templates"));
        site.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://test.example.org/
                language: en
                """);
        // One entity of each kind: the layout links to the people, missions and organizations pages.
        site.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: test pilot\n---\nAda Orbit flies.\n");
        site.write("content/missions/test-mission.md", "---\nname: Test Mission\n---\nA mission.\n");
        site.write("content/organizations/test-agency.md", "---\nname: Test Agency\n---\nAn agency.\n");
        site.article("first", "First light");
        site.article("second", "Second orbit");
        return site;
    }

    /** Writes {@code content/articles/NAME.md} with this title; its page is /articles/NAME/. */
    void article(String name, String title) throws IOException {
        write("content/articles/" + name + ".md", """
                ---
                title: %s
                date: 2025-07-30
                ---
                Body of %s.
                """.formatted(title, name));
    }

    void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    String read(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    BuildOptions options() {
        return BuildOptions.of(root).withDrafts(true).withPreview(true);
    }

    /** Starts a server for this site on a free port of 127.0.0.1, its output in {@code log}. */
    PreviewServer serve(StringWriter log) throws IOException {
        return serve(log, PreviewServer.REQUEST_TIME);
    }

    /** As {@link #serve(StringWriter)}, a connection given {@code requestTime} to send its request. */
    PreviewServer serve(StringWriter log, java.time.Duration requestTime) throws IOException {
        PrintWriter w = new PrintWriter(log, true);
        return PreviewServer.start(options(), "127.0.0.1", 0, w, w, requestTime);
    }

}
