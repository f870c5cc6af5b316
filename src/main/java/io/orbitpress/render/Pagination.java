package io.orbitpress.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list page stands among its siblings; URLs are root-relative, null at the ends.
 * {@code first} marks the list's own address (its newest articles); {@code total} is the number
 * of pages, or 0 on the older pages of a list numbered from its oldest articles, whose bytes stay
 * the same as the list grows.
 */
public record Pagination(int number, int total, boolean first, String previousUrl, String nextUrl,
        List<PageLink> pages) {

    public Pagination {
        pages = List.copyOf(pages);
    }

    public boolean many() {
        return total != 1;
    }

    /** A numbered link; {@code current} marks this page. */
    public record PageLink(int number, String url, boolean current) {
    }

    /**
     * One page of a list: its address, the part of the list it shows (indexes {@code from} to
     * {@code to}, the list being newest first), its number and the number of pages of the list.
     */
    record Slice(String base, String url, int from, int to, int number, int total, boolean fromOldest) {

        /** The page's pager. */
        Pagination pager() {
            return fromOldest ? oldestFirst(base, number, total) : of(base, number, total);
        }

        /** Whether the page is an older page of a list numbered from the oldest: nothing on it may change as the list grows. */
        boolean older() {
            return fromOldest && number != total;
        }

        /**
         * What the pager depends on besides the base, as one number: its page number and the list's
         * page count, which an older page numbered from the oldest only shows within two of the
         * newest. Equal keys, equal pagers ({@code PaginationTest}); cheaper to fingerprint than
         * the pager, for each of a site's thousands of list pages at every build.
         */
        long key() {
            int seen = older() && number + 2 < total ? 0 : total;
            return (long) number << 32 | seen;
        }
    }

    /** The URL of page {@code n} of a list whose first page is {@code base} ("/", "/tags/x/"). */
    static String url(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    /** The URL of page {@code k} of {@code total} numbered from the oldest: the newest is {@code base} itself. */
    private static String oldestUrl(String base, int k, int total) {
        return k == total ? base : base + "page/" + k + "/";
    }

    /**
     * The pages a list of {@code count} articles (newest first) is cut into, {@code size} a page,
     * the first at {@code base}. Numbered from the newest (like most generators), page 2 holds the
     * second-newest articles, and every page shifts when an article is added. Numbered from the
     * oldest, {@code base} shows the newest {@code size} articles and {@code base/page/k/} the
     * k-th oldest {@code size}, which stay on that page for good: a new article changes the first
     * page, and every {@code size}-th one adds a page and changes the pagers of the last few.
     */
    static List<Slice> slices(String base, int count, int size, boolean fromOldest) {
        int total = Math.max(1, (count + size - 1) / size);
        List<Slice> out = new ArrayList<>(total);
        if (!fromOldest) {
            for (int n = 1; n <= total; n++) {
                out.add(new Slice(base, url(base, n), (n - 1) * size, Math.min(count, n * size), n, total, false));
            }
            return out;
        }
        // the first page is number `total`; the others are 1 (the oldest) to total - 1
        out.add(new Slice(base, base, 0, Math.min(count, size), total, total, true));
        for (int k = total - 1; k >= 1; k--) {
            out.add(new Slice(base, oldestUrl(base, k, total), count - k * size, count - (k - 1) * size, k, total,
                    true));
        }
        return out;
    }

    static Pagination of(String base, int number, int total) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (total <= 9 || i == 1 || i == total || Math.abs(i - number) <= 2) {
                links.add(new PageLink(i, url(base, i), i == number));
            }
        }
        return new Pagination(number, total, number == 1, number > 1 ? url(base, number - 1) : null,
                number < total ? url(base, number + 1) : null, links);
    }

    /**
     * Page {@code number} of {@code total} numbered from the oldest: what it shows depends on
     * {@code total} only near the newest end, so the older pages stay the same as the list grows.
     * The links run from newer to older (left to right, like the newer and older links).
     */
    private static Pagination oldestFirst(String base, int number, int total) {
        boolean first = number == total;
        List<PageLink> links = new ArrayList<>();
        for (int i = Math.min(total, number + 2); i >= 1; i--) {
            if (i == 1 || Math.abs(i - number) <= 2) {
                links.add(new PageLink(i, oldestUrl(base, i, total), i == number));
            }
        }
        String newer = first ? null : oldestUrl(base, number + 1, total);
        String older = number == 1 ? null : oldestUrl(base, number - 1, total);
        return new Pagination(number, first ? total : 0, first, newer, older, links);
    }
}
