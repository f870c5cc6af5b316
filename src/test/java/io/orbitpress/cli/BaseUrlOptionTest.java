package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --base-url} is written into every page's absolute links: only an http(s) address is taken. */
class BaseUrlOptionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)//", "data:text/html,x", "ftp://news.example.org/",
            "news.example.org", "/relative/", "https://", "https://news.example.org/\"onmouseover=x",
            "https://user@news.example.org/", "https://news.example.org/?q=1", "https://news.example.org/#top"})
    void anythingButAnHttpAddressIsAUsageError(String url) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--source", dir.toString(),
                "--base-url", url);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress build: --base-url must be an absolute http(s) address like"
                + " https://news.example.org/, not \"" + url + "\"").doesNotContain("Exception");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.org/", "http://localhost:8080/staging", "HTTPS://news.example.org"})
    void anHttpAddressIsTaken(String url) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Desk\n");
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "check", "--source",
                dir.toString(), "--base-url", url);
        assertThat(err.toString()).doesNotContain("--base-url");
        assertThat(exit).as(err.toString()).isNotEqualTo(2);
    }

    /** {@code mvn -Psite verify} passes {@code --base-url=} when no address is given: site.yaml's is kept. */
    @org.junit.jupiter.api.Test
    void anEmptyAddressKeepsSiteYamls() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Desk\nbaseUrl: https://desk.example.org/\n");
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "build", "--quiet",
                "--source", dir.toString(), "--base-url=");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("site/sitemap.xml"))).contains("https://desk.example.org/");
    }
}
