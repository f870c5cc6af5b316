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
        // two letters off a name of four is another name ("safe" is not "page")
        assertThat(LinkChecker.meant("functions/safe/", Set.of("functions/page/index.html"))).isEmpty();
    }

    /**
     * A story re-slugged on a launch night left a link to crew-12-lifts-off, and the message offered
     * last year's crew-11-lifts-off, another launch: names that differ in their digits alone are
     * other stories, missions or years, not slips.
     */
    @Test
    void aNameWithOtherDigitsIsNotOffered() {
        assertThat(LinkChecker.meant("articles/crew-12-docks/", PATHS)).isEmpty();
        assertThat(LinkChecker.meant("images/moon-900.jpg", PATHS)).isEmpty();
        assertThat(LinkChecker.meant("articles/crew-11-dock/", PATHS)).contains("articles/crew-11-docks/");
    }

    /**
     * A missing anchor offers the page's id it is one or two letters off; one of the page itself
     * ("#mian" in a layout) is told in the same words on every page, so once for a template.
     */
    @Test
    void anAnchorOneOrTwoLettersOffAnIdOfThePageIsNamed() {
        OutputFile a = OutputFile.rendered("articles/crew-11-docks/index.html", ("<!DOCTYPE html><html><head>"
                + "<title>t</title></head><body><main id=\"main\"><a href=\"#mian\">x</a>"
                + "<a href=\"../apollo-11-lands/#sumary\">y</a></main></body></html>").getBytes(StandardCharsets.UTF_8),
                "templates/layout.html");
        OutputFile b = OutputFile.rendered("articles/apollo-11-lands/index.html", ("<!DOCTYPE html><html><head>"
                + "<title>t</title></head><body><main id=\"main\"><a href=\"#mian\">x</a><p id=\"summary\">s</p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8), "templates/layout.html");
        String layout = "<a href=\"#mian\">x</a>\n<a href=\"../apollo-11-lands/#sumary\">y</a>\n";
        assertThat(LinkChecker.check(PATHS, List.of(a, b), path -> layout).stream().map(d -> d.format()).distinct()
                .toList()).containsExactly("templates/layout.html:1:10: error: broken link \"#mian\" on the pages made"
                        + " with this template: no element with id \"mian\" on this page; did you mean #main? Otherwise"
                        + " fix the link or add what it points to",
                        "templates/layout.html:2:10: error: broken link \"../apollo-11-lands/#sumary\" on the pages made"
                                + " with this template: no element with id \"sumary\" on /articles/apollo-11-lands/; did"
                                + " you mean #summary? Otherwise fix the link or add what it points to");
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
