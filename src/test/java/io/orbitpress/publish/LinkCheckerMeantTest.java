package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A broken link one or two letters off a page or file beside it says which one it likely meant. */
class LinkCheckerMeantTest {

    private static final Set<String> PATHS = Set.of("index.html", "people/index.html", "articles/index.html",
            "articles/apollo-11-lands/index.html", "articles/crew-11-docks/index.html", "images/moon.jpg",
            "images/moon-800.jpg", "tags/moon/index.html");

    @Test
    void aPageOrFileBesideTheBrokenLinkOneOrTwoLettersOffIsNamed() {
        assertThat(LinkChecker.meant("articles/apolo-11-lands/", PATHS)).contains("articles/apollo-11-lands/");
        assertThat(LinkChecker.meant("peple/", PATHS)).contains("people/");
        assertThat(LinkChecker.meant("images/mon.jpg", PATHS)).contains("images/moon.jpg");
        assertThat(LinkChecker.meant("articles/zzz-totally/", PATHS)).isEmpty();
        assertThat(LinkChecker.meant("articles/crew-11-docks/extra/", PATHS)).isEmpty(); // nothing below the page
        assertThat(LinkChecker.meant("tags/mo/", PATHS)).isEmpty(); // too short a name to guess at
    }

    @Test
    void theMessageOffersIt() {
        OutputFile page = OutputFile.rendered("articles/crew-11-docks/index.html", ("<!DOCTYPE html><html><head>"
                + "<title>t</title></head><body><a href=\"/articles/apolo-11-lands/\">x</a></body></html>")
                .getBytes(StandardCharsets.UTF_8), "content/articles/crew-11-docks.md");
        assertThat(LinkChecker.check(PATHS, List.of(page), path -> "See [x](/articles/apolo-11-lands/).\n").stream()
                .map(d -> d.format()).toList()).containsExactly("content/articles/crew-11-docks.md:1:9: error: broken"
                        + " link \"/articles/apolo-11-lands/\" on page /articles/crew-11-docks/: no page or file"
                        + " /articles/apolo-11-lands/; did you mean /articles/apollo-11-lands/? Otherwise fix the link or"
                        + " add what it points to");
    }
}
