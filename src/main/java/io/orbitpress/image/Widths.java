package io.orbitpress.image;

import java.util.ArrayList;
import java.util.List;

/** The widths of the copies made of a picture: never wider than the picture itself. */
public final class Widths {

    private Widths() {
    }

    /**
     * The copies of a picture {@code width} pixels wide, from the {@code configured} widths
     * (ascending): the largest is the picture's own width when it is narrower than the widest
     * configured one; a configured width within 10% of the largest is left out (it would be
     * nearly the same file).
     */
    public static List<Integer> of(int width, List<Integer> configured) {
        int max = configured.get(configured.size() - 1);
        int largest = Math.min(width, max);
        List<Integer> out = new ArrayList<>();
        for (int w : configured) {
            if (w < largest && w * 10 < largest * 9) {
                out.add(w);
            }
        }
        out.add(largest);
        return List.copyOf(out);
    }

    /** The height of a copy {@code w} wide of a picture {@code width} × {@code height}. */
    public static int height(int w, int width, int height) {
        return (int) Math.max(1, Math.round((double) height * w / width));
    }
}
