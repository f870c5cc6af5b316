package io.orbitpress.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of {@link SiteAssembler#structured} that carry a structure over from an earlier list
 * of articles: which articles stayed as they were, the companions counted again for those that
 * changed, and the entities whose broadness changed.
 */
final class StructureUpdate {

    private StructureUpdate() {
    }

    /**
     * Per place in the new list, the place in the earlier list of the same article (by path) with
     * the same related input, or -1 for an article new or changed. Of the articles the same, those
     * whose order among the others changed (a new date) count as changed too: the places kept
     * ascend, the most of them that can.
     */
    static int[] kept(List<String> paths, List<List<String>> inputs, List<String> newPaths,
            List<List<String>> newInputs) {
        Map<String, Integer> place = new HashMap<>(paths.size() * 2);
        for (int i = 0; i < paths.size(); i++) {
            place.put(paths.get(i), i);
        }
        int n = newPaths.size();
        int[] was = new int[n];
        for (int r = 0; r < n; r++) {
            Integer q = place.get(newPaths.get(r));
            was[r] = q != null && inputs.get(q).equals(newInputs.get(r)) ? q : -1;
        }
        keepAscending(was);
        return was;
    }

    /** Sets to -1 the fewest entries (not -1 already) so that the rest ascend: a longest ascending run kept. */
    private static void keepAscending(int[] was) {
        int n = was.length;
        int[] tails = new int[n]; // per length - 1, the place in was of the smallest last value of a run that long
        int[] previous = new int[n];
        int longest = 0;
        for (int r = 0; r < n; r++) {
            if (was[r] < 0) {
                continue;
            }
            int lo = 0;
            int hi = longest;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (was[tails[mid]] < was[r]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[r] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = r;
            longest = Math.max(longest, lo + 1);
        }
        boolean[] keep = new boolean[n];
        for (int r = longest > 0 ? tails[longest - 1] : -1; r >= 0; r = previous[r]) {
            keep[r] = true;
        }
        for (int r = 0; r < n; r++) {
            if (!keep[r]) {
                was[r] = -1;
            }
        }
    }

    /**
     * Whether so few articles changed (new, changed or gone from the {@code earlier} ones) that
     * carrying the structure over costs less than making it anew.
     */
    static boolean fewChanged(int[] was, int earlier) {
        long kept = Arrays.stream(was).filter(q -> q >= 0).count();
        long changed = (was.length - kept) + (earlier - kept);
        return changed <= Math.max(16, was.length / 100);
    }

    /** The related inputs of the earlier articles {@code was} does not keep (gone or changed). */
    static List<List<String>> gone(List<List<String>> inputs, int[] was) {
        boolean[] kept = new boolean[inputs.size()];
        for (int q : was) {
            if (q >= 0) {
                kept[q] = true;
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int q = 0; q < kept.length; q++) {
            if (!kept[q]) {
                out.add(inputs.get(q));
            }
        }
        return out;
    }

    /** The keys of the entities whose uses went across {@link RelatedArticles#BROAD} with the changes. */
    static Set<String> flipped(RelatedArticles related, List<List<String>> gone, List<List<String>> come) {
        Map<String, Integer> delta = new HashMap<>();
        gone.forEach(input -> uses(input).forEach(k -> delta.merge(k, -1, Integer::sum)));
        come.forEach(input -> uses(input).forEach(k -> delta.merge(k, 1, Integer::sum)));
        Set<String> out = new HashSet<>();
        delta.forEach((key, d) -> {
            int now = related.uses(key);
            if ((now > RelatedArticles.BROAD) != (now - d > RelatedArticles.BROAD)) {
                out.add(key);
            }
        });
        return out;
    }

    private static List<String> uses(List<String> input) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < input.size(); i++) {
            char c = input.get(i).charAt(0);
            if (c == SiteAssembler.USE || c == SiteAssembler.PERSON) {
                out.add(input.get(i).substring(1));
            }
        }
        return out;
    }

    /** {@code earlier}'s companion counts with those of {@code gone} taken out and those of {@code come} put in. */
    static Map<String, Map<String, Integer>> together(Map<String, Map<String, Integer>> earlier,
            List<List<String>> gone, List<List<String>> come) {
        Map<String, Map<String, Integer>> out = new HashMap<>(earlier);
        Set<String> copied = new HashSet<>();
        gone.forEach(input -> count(out, input, -1, copied));
        come.forEach(input -> count(out, input, 1, copied));
        return out;
    }

    /**
     * Adds {@code sign} to the count of each person an article's related input names with each
     * entity it uses (an entity the article is signed by counts the stories, not the companions).
     * A count or an entity's counts falling to nothing are taken out. With {@code copied}, the
     * counts of an entity are copied before their first change, and their key put in it.
     */
    static void count(Map<String, Map<String, Integer>> together, List<String> input, int sign, Set<String> copied) {
        Set<String> signed = new HashSet<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> person = new ArrayList<>();
        for (int i = 1; i < input.size(); i++) {
            String fact = input.get(i);
            char c = fact.charAt(0);
            if (c == SiteAssembler.BYLINE) {
                signed.add(fact.substring(1));
            } else if (c == SiteAssembler.USE || c == SiteAssembler.PERSON) {
                keys.add(fact.substring(1));
                person.add(c == SiteAssembler.PERSON);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (signed.contains(key)) {
                continue;
            }
            Map<String, Integer> with = null;
            for (int j = 0; j < keys.size(); j++) {
                if (j != i && person.get(j) && !keys.get(j).equals(key)) {
                    if (with == null) {
                        with = counts(together, key, copied);
                    }
                    with.compute(keys.get(j), (k, c) -> {
                        int sum = (c == null ? 0 : c) + sign;
                        return sum == 0 ? null : sum;
                    });
                }
            }
            if (with != null && with.isEmpty()) {
                together.remove(key);
            }
        }
    }

    private static Map<String, Integer> counts(Map<String, Map<String, Integer>> together, String key,
            Set<String> copied) {
        Map<String, Integer> with = together.get(key);
        if (with == null) {
            with = new HashMap<>();
            together.put(key, with);
            if (copied != null) {
                copied.add(key);
            }
        } else if (copied != null && copied.add(key)) {
            with = new HashMap<>(with);
            together.put(key, with);
        }
        return with;
    }
}
