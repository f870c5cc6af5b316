package io.orbitpress.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs of a {@code srcset} value, split as the HTML standard's "parse a srcset attribute"
 * does: candidates separated by commas, each a URL and descriptors ({@code 2x}, {@code 640w}),
 * where a URL may hold commas itself and commas inside parentheses belong to a descriptor. Every
 * candidate's URL is kept, also one whose descriptors a browser would find invalid (a check
 * reads more that way, never less).
 */
final class Srcset {

    private Srcset() {
    }

    /** Where each URL of {@code value} is: pairs of start and end offsets, in order. */
    static List<int[]> urls(String value) {
        List<int[]> out = new ArrayList<>();
        int n = value.length();
        int i = 0;
        while (true) {
            while (i < n && (isSpace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            int start = i;
            while (i < n && !isSpace(value.charAt(i))) {
                i++;
            }
            int end = i;
            if (value.charAt(end - 1) == ',') {
                while (end > start && value.charAt(end - 1) == ',') {
                    end--;
                }
            } else {
                i = skipDescriptors(value, i);
            }
            if (end > start) {
                out.add(new int[] {start, end});
            }
        }
    }

    /** Skips the descriptors after a URL: to after the comma that ends them outside parentheses, or to the end. */
    private static int skipDescriptors(String value, int from) {
        boolean inParens = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (inParens) {
                inParens = c != ')';
            } else if (c == '(') {
                inParens = true;
            } else if (c == ',') {
                return i + 1;
            }
        }
        return value.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
