package io.orbitpress.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Seeded random cases for property tests on plain JUnit 5: a {@code @MethodSource} returns
 * {@link #cases}, and a {@code @ParameterizedTest(name = "{0}")} takes each {@link Case}, whose
 * name carries the seed that made it. A run draws a new seed unless {@code -Dorbitpress.seed=N}
 * fixes it; a failing case names both its run's seed and its own, so it can be run again alone:
 * {@code Seeded.Case.of(seed).random()} makes the same value.
 *
 * <p>Values are drawn by the small generators below, which favour short and boundary sizes (0, 1,
 * the maximum) as often as a random size, as property-test libraries do.
 */
public final class Seeded {

    private static final long RUN_SEED = Long.getLong("orbitpress.seed", new Random().nextLong());

    private Seeded() {
    }

    /** One case: its own seed, derived from the run's. */
    public record Case(long runSeed, int index, long seed) {

        public static Case of(long seed) {
            return new Case(seed, 0, seed);
        }

        public Random random() {
            return new Random(seed);
        }

        @Override
        public String toString() {
            return "case " + index + " of run seed " + runSeed + " (-Dorbitpress.seed=" + runSeed
                    + "; alone: Seeded.Case.of(" + seed + "L))";
        }
    }

    /** {@code count} cases from the run's seed. */
    public static Stream<Case> cases(int count) {
        return cases(RUN_SEED, count);
    }

    static Stream<Case> cases(long runSeed, int count) {
        Random seeds = new Random(runSeed);
        long[] each = new long[count];
        for (int i = 0; i < count; i++) {
            each[i] = seeds.nextLong();
        }
        return IntStream.range(0, count).mapToObj(i -> new Case(runSeed, i, each[i]));
    }

    // ---- generators ---------------------------------------------------------------------------

    /** A size from 0 to {@code max}: often 0, 1 or {@code max}, otherwise uniform. */
    public static int size(Random r, int max) {
        return size(r, 0, max);
    }

    /** A size from {@code min} to {@code max}: often one of the bounds, otherwise uniform. */
    public static int size(Random r, int min, int max) {
        int pick = r.nextInt(10);
        if (pick == 0) {
            return min;
        }
        if (pick == 1) {
            return Math.min(max, min + 1);
        }
        if (pick == 2) {
            return max;
        }
        return min + r.nextInt(max - min + 1);
    }

    /** One of {@code values}. */
    @SafeVarargs
    public static <T> T oneOf(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    public static <T> T oneOf(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Up to {@code max} values drawn by {@code item}. */
    public static <T> List<T> list(Random r, int max, Function<Random, T> item) {
        return list(r, 0, max, item);
    }

    public static <T> List<T> list(Random r, int min, int max, Function<Random, T> item) {
        int n = size(r, min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.apply(r));
        }
        return out;
    }

    /** Up to {@code max} characters, each one of {@code chars}. */
    public static String string(Random r, int max, String chars) {
        return string(r, 0, max, chars);
    }

    public static String string(Random r, int min, int max, String chars) {
        int n = size(r, min, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    /** Up to {@code max} characters from {@code first} to {@code last}. */
    public static String stringInRange(Random r, int max, char first, char last) {
        int n = size(r, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) (first + r.nextInt(last - first + 1)));
        }
        return sb.toString();
    }

    /**
     * Up to {@code max} of any {@code char}, lone surrogates included; a fair share of them are
     * boundary characters (NUL, controls, line ends, the byte-order mark, the last char) and ASCII.
     */
    public static String anyString(Random r, int max) {
        int n = size(r, max);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(anyChar(r));
        }
        return sb.toString();
    }

    private static final String EDGE_CHARS = "\u0000\u0001\t\n\r \u007f\u0080\u00a0\ufeff\ud800\udc00\uffff";

    public static char anyChar(Random r) {
        int pick = r.nextInt(10);
        if (pick == 0) {
            return EDGE_CHARS.charAt(r.nextInt(EDGE_CHARS.length()));
        }
        if (pick < 5) {
            return (char) (0x20 + r.nextInt(0x5f));
        }
        return (char) r.nextInt(0x10000);
    }

    /** True with probability {@code p}. */
    public static boolean chance(Random r, double p) {
        return r.nextDouble() < p;
    }
}
