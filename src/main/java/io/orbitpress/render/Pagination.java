package io.orbitpress.render;

import java.util.List;

/** Where a list page stands among its siblings; URLs are root-relative, null at the ends. */
public record Pagination(int number, int total, String previousUrl, String nextUrl, List<PageLink> pages) {

    public Pagination {
        pages = List.copyOf(pages);
    }

    public boolean many() {
        return total > 1;
    }

    /** A numbered link; {@code current} marks this page. */
    public record PageLink(int number, String url, boolean current) {
    }

    /** The URL of page {@code n} of a list whose first page is {@code base} ("/", "/tags/x/"). */
    static String url(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    static Pagination of(String base, int number, int total) {
        List<PageLink> links = new java.util.ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (total <= 9 || i == 1 || i == total || Math.abs(i - number) <= 2) {
                links.add(new PageLink(i, url(base, i), i == number));
            }
        }
        return new Pagination(number, total, number > 1 ? url(base, number - 1) : null,
                number < total ? url(base, number + 1) : null, links);
    }
}
