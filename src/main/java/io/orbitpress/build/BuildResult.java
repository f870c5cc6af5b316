package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build produced.
 *
 * @param pagesByKind number of pages per kind ("article", "people", "tag"...), in plan order
 * @param files       files in the output (pages and copied files)
 * @param warnings    every warning found (a successful build has no errors)
 * @param warningCount how many warnings were found: the size of {@code warnings}
 * @param suggestions names that cue phrases suggest adding to the registries
 * @param timings     milliseconds per pipeline step, in the order the steps first ran
 * @param millis      total wall time
 * @param rendered    pages rendered anew (the others were kept from the build before)
 * @param nextChange  the next publication or expiry the clock will bring (build again then), or null
 * @param alsoThen    how many other changes fall at the same instant as {@code nextChange}
 * @param pictures    pictures read and resized anew (the others were kept from the build before)
 * @param otherTool   whether the cache folder held what another version of Orbitpress or another
 *                    JVM made, which this build did not use
 * @param noStoryKept whether this build made every story anew though the cache folder held results
 *                    of this tool's: another site's cache folder, or site.yaml, a registry file, the
 *                    build's options or every story changed since it was written
 * @param gone        the addresses of the pages the last build published and this one does not
 *                    ({@code /articles/old-slug/}), when the last build is known (a warm build), but
 *                    those of {@code expired}
 * @param expired     the addresses of the stories the last build published that are past their
 *                    expiryDate now: gone as their desk meant
 * @param goneNoStory those of {@code gone} that no story is to take the place of: pages of a list (a
 *                    topic's, a person's, a page of the home list) and of stories this build leaves out
 *                    (a draft shown by the last build with --drafts)
 * @param goneEntities those of {@code gone} that were the page of a person, mission or organization
 *                    ({@code /people/mike-fincke/}): a registry file's {@code redirect_from:} keeps one
 */
public record BuildResult(Map<String, Integer> pagesByKind, int files, List<Diagnostic> warnings, int warningCount, int suggestions,
        Map<String, Long> timings, long millis, int rendered, Schedule.Change nextChange, int alsoThen, int pictures,
        boolean otherTool, boolean noStoryKept, List<String> gone, List<String> expired, List<String> goneNoStory,
        List<String> goneEntities, List<String> heldBack) {

    public BuildResult {
        pagesByKind = ordered(pagesByKind);
        gone = List.copyOf(gone);
        expired = List.copyOf(expired);
        goneNoStory = List.copyOf(goneNoStory);
        goneEntities = List.copyOf(goneEntities);
        heldBack = List.copyOf(heldBack);
        warnings = List.copyOf(warnings);
        timings = ordered(timings);
    }

    /** An unmodifiable copy in the order of {@code m} (Map.copyOf would lose it). */
    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public int pages() {
        return pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }
}
