package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a list is cut into pages, for every list of up to 60 articles and pages of 1 to 5: each
 * article is on a page, and, numbered from the oldest, a story published at the top of the list
 * leaves the older pages as they were.
 */
class PaginationTest {

    /** A page as a reader sees it: its address, its articles (by their place from the oldest) and its pager. */
    private record Seen(String url, List<Integer> articles, Pagination pager) {
    }

    private static Map<String, Seen> pages(int count, int size, boolean fromOldest) {
        Map<String, Seen> out = new HashMap<>();
        for (Pagination.Slice s : Pagination.slices("/tags/x/", count, size, fromOldest)) {
            List<Integer> articles = new ArrayList<>();
            for (int i = s.from(); i < s.to(); i++) {
                articles.add(count - 1 - i); // the list is newest first
            }
            assertThat(out.put(s.url(), new Seen(s.url(), articles, s.pager()))).as("one page at %s", s.url()).isNull();
        }
        return out;
    }

    @Test
    void everyArticleIsOnAPageAndTheFirstPageShowsTheNewest() {
        for (boolean fromOldest : new boolean[] {false, true}) {
            for (int size = 1; size <= 5; size++) {
                for (int count = 0; count <= 60; count++) {
                    Map<String, Seen> pages = pages(count, size, fromOldest);
                    Set<Integer> shown = new HashSet<>();
                    pages.values().forEach(p -> shown.addAll(p.articles()));
                    assertThat(shown).as("%d articles, %d a page", count, size).hasSize(count);
                    Seen first = pages.get("/tags/x/");
                    assertThat(first.pager().first()).isTrue();
                    assertThat(first.articles()).hasSize(Math.min(count, size));
                    if (count > 0) {
                        assertThat(first.articles().get(0)).isEqualTo(count - 1);
                    }
                    // as many pages as the count needs, each full but the last one from the top
                    assertThat(pages).hasSize(Math.max(1, (count + size - 1) / size));
                    for (Seen p : pages.values()) {
                        assertThat(p.articles()).as(p.url()).hasSizeBetween(Math.min(count, 1), size);
                        if (fromOldest) {
                            assertThat(p.articles()).as(p.url()).hasSize(Math.min(count, size));
                        }
                        // the newer and older links lead to pages of the list, and back
                        if (p.pager().nextUrl() != null) {
                            assertThat(pages.get(p.pager().nextUrl()).pager().previousUrl()).isEqualTo(p.url());
                        }
                        p.pager().pages().forEach(l -> assertThat(pages).containsKey(l.url()));
                        assertThat(p.pager().pages()).filteredOn(Pagination.PageLink::current).singleElement()
                                .satisfies(l -> assertThat(l.url()).isEqualTo(p.url()));
                        assertThat(p.pager().many()).isEqualTo(pages.size() > 1);
                    }
                }
            }
        }
    }

    /** A page's key (what the build keys the page by, instead of its pager) tells its pager, for every list length. */
    @Test
    void equalKeysAtOneAddressMeanEqualPagers() {
        for (boolean fromOldest : new boolean[] {false, true}) {
            int shared = 0;
            for (int size = 1; size <= 5; size++) {
                Map<String, Pagination> byKey = new HashMap<>();
                for (int count = 0; count <= 60; count++) {
                    for (Pagination.Slice s : Pagination.slices("/x/", count, size, fromOldest)) {
                        Pagination before = byKey.putIfAbsent(s.url() + " " + s.key(), s.pager());
                        if (before != null) {
                            assertThat(s.pager()).as("%s of %d, %d a page", s.url(), count, size).isEqualTo(before);
                            shared++;
                        }
                        assertThat(s.older()).isEqualTo(s.pager().total() == 0);
                    }
                }
            }
            // numbered from the newest, only lists of the same page count share keys
            assertThat(shared).isGreaterThan(fromOldest ? 1000 : 100);
        }
    }

    @Test
    void numberedFromTheOldestAStoryAtTheTopLeavesTheOlderPagesAsTheyWere() {
        int kept = 0;
        for (int size = 1; size <= 5; size++) {
            for (int count = 0; count < 60; count++) {
                Map<String, Seen> before = pages(count, size, true);
                Map<String, Seen> after = pages(count + 1, size, true);
                int changed = 0;
                for (Seen p : before.values()) {
                    if (p.equals(after.get(p.url()))) {
                        kept++;
                    } else {
                        changed++;
                    }
                }
                // the first page, and the pagers of the three pages before a page added
                assertThat(changed).as("%d articles, %d a page, one more", count, size).isLessThanOrEqualTo(4);
                if (count == 0 || count % size != 0) {
                    assertThat(changed).as("%d articles, %d a page, one more: no page added", count, size)
                            .isEqualTo(1);
                }
            }
        }
        assertThat(kept).isGreaterThan(1000);
        // numbered from the newest, every page of a list changes
        Map<String, Seen> before = pages(40, 5, false);
        Map<String, Seen> after = pages(41, 5, false);
        assertThat(before.values()).allSatisfy(p -> assertThat(after.get(p.url())).isNotEqualTo(p));
    }
}
