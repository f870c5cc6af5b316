package io.orbitpress.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key a person most likely meant when they wrote one that is not known ({@code tilte} for
 * {@code title}, {@code timezone} for {@code timeZone}): the "did you mean" of messages about
 * front matter and site.yaml. Case, {@code _} and {@code -} are ignored, so {@code base_url}
 * stands for {@code baseUrl}.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The candidate closest to {@code typed}, if it is close enough: at most one edit away for a
     * key of up to four letters, two for a longer one. Of two as close, the first in sorted order,
     * so every run suggests the same.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = normal(typed);
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(null);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : sorted) {
            int d = distance(lower, normal(k));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = lower.length() <= 4 ? 1 : 2;
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code key} in lower case without {@code _} and {@code -}. */
    public static String normal(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** The edits (insert, delete, replace, swap two neighbours) from {@code a} to {@code b}. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
