package io.orbitpress.build;

import io.orbitpress.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site folder written by a test: the project's theme plus files the test declares inline. */
final class TestSite {

    final Path root;

    TestSite(Path root) {
        this.root = root;
        Trees.copy(Path.of("templates"), root.resolve("templates"));
        write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                pageSize: 2
                entities:
                  pageSize: 2
                """);
    }

    /** A site in English, at the root, and Russian, with {@code more} lines of site.yaml after those. */
    static TestSite inEnglishAndRussian(Path root, String more) {
        return new TestSite(root).write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                language: en
                languages: [en, ru]
                """ + more);
    }

    /** A story's file of {@code title} and {@code body}, dated August 1, 2025. */
    static String story(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 2025-08-01\n---\n" + body + "\n";
    }

    TestSite write(String path, String text) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite write(String path, byte[] bytes) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BuildResult build() {
        return new SiteBuild(BuildOptions.of(root)).build();
    }

    /** The problems of a build that must fail, each as the command line prints it ({@code file:line:col: error: ...}). */
    java.util.List<String> problems() {
        try {
            build();
        } catch (io.orbitpress.diag.BuildFailure e) {
            return e.diagnostics().stream().map(io.orbitpress.diag.Diagnostic::format).toList();
        }
        throw new AssertionError("the build should have failed");
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path site() {
        return root.resolve("site");
    }

    Document page(String route) {
        Path file = site().resolve(route.isEmpty() || route.endsWith("/") ? route + "index.html" : route);
        try {
            return Jsoup.parse(Files.readString(file), "https://news.example.org/" + route);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON-LD of {@code page}: its first {@code application/ld+json} script. */
    static tools.jackson.databind.JsonNode jsonLd(Document page) {
        return tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(page.select("script[type=application/ld+json]").first().data());
    }

    String text(String file) {
        try {
            return Files.readString(site().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
