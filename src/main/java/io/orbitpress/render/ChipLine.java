package io.orbitpress.render;

import io.orbitpress.model.EntityUse;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's people, missions and organizations as one line of chips above the story: the first
 * few (as many as a phone shows on one line), then "+n more" opening the others by kind, so the
 * first paragraph stays on the first screen.
 *
 * @param first the chips on the line, in kind order
 * @param rest  the others, grouped by kind (empty when all fit)
 * @param more  how many the others are
 */
public record ChipLine(List<EntityUse> first, List<PagePlanner.EntityGroup> rest, int more) {

    /** About what a 390 px phone shows on one line beside "+12 more", in characters of names. */
    static final int LINE_CHARS = 24;

    public ChipLine {
        first = List.copyOf(first);
        rest = List.copyOf(rest);
    }

    static ChipLine of(List<PagePlanner.EntityGroup> groups) {
        List<EntityUse> first = new ArrayList<>();
        List<PagePlanner.EntityGroup> rest = new ArrayList<>();
        int chars = 0;
        int more = 0;
        for (PagePlanner.EntityGroup g : groups) {
            List<EntityUse> left = new ArrayList<>();
            for (EntityUse u : g.uses()) {
                int length = u.entity().name().length();
                if (rest.isEmpty() && left.isEmpty() && (first.isEmpty() || chars + length <= LINE_CHARS)) {
                    first.add(u);
                    chars += length;
                } else {
                    left.add(u);
                }
            }
            if (!left.isEmpty()) {
                rest.add(new PagePlanner.EntityGroup(g.kind(), left));
                more += left.size();
            }
        }
        return new ChipLine(first, rest, more);
    }
}
