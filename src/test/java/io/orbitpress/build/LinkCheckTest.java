package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a link check keeps of the last one: the output paths, as the same set while no page came or went. */
class LinkCheckTest {

    private static final Set<String> LAST = Set.of("index.html", "a/index.html", "b/index.html");

    private static LinkState check(Set<String> paths, LinkState last) {
        return new LinkCheck(paths, path -> "", io.orbitpress.publish.LinkChecker.Held.NONE).check(List.of(), Map.of(), null, last);
    }

    @Test
    void theSamePathsAreTheLastChecksSet() {
        LinkState last = new LinkState(new java.util.HashSet<>(LAST), Map.of(), Map.of());
        LinkState now = check(new java.util.TreeSet<>(LAST), last);
        assertThat(now.paths()).as("the last check's set, not written again by a cache").isSameAs(last.paths());
    }

    @Test
    void aPageAddedOrGoneGivesTheNewPaths() {
        LinkState last = new LinkState(new java.util.HashSet<>(LAST), Map.of(), Map.of());
        Set<String> more = new java.util.HashSet<>(LAST);
        more.add("c/index.html");
        assertThat(check(more, last).paths()).isNotSameAs(last.paths()).containsExactlyInAnyOrderElementsOf(more);
        Set<String> fewer = Set.of("index.html", "a/index.html");
        assertThat(check(fewer, last).paths()).containsExactlyInAnyOrderElementsOf(fewer);
        assertThat(check(Set.copyOf(LAST), null).paths()).as("no last check").containsExactlyInAnyOrderElementsOf(LAST);
    }
}
