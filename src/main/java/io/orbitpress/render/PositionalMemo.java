package io.orbitpress.render;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one build made from the value at each position of a list, looked up in the next build at
 * the same position first: an edit leaves the list with the same values in the same places
 * except the few it changed, so comparing two references per position finds what to reuse
 * without looking into the values (a lookup by hash reads each value's memory, and over tens
 * of thousands of values that is what a rebuild would spend its time on). When the list grew or
 * shrank, a value not at its old position is found by identity, as in {@link IdentityMemo}; in a
 * list of the same length a value at another position is made again.
 *
 * <p>Between {@link #begin()} and {@link #end()} a build records the value made at each
 * position; {@code end()} makes that the memo of the next build. A build that does not reach
 * {@code end()} leaves the memo as it was. One build at a time.
 */
public final class PositionalMemo<K, V> {

    private Object[] lastKeys = new Object[0];
    private Object[] lastPartners = new Object[0];
    private Object[] lastValues = new Object[0];
    private Map<Object, Integer> lastByKey;
    private Object[] nextKeys = new Object[0];
    private Object[] nextPartners = new Object[0];
    private Object[] nextValues = new Object[0];
    private int lastSize;
    private int size;
    private final boolean keepEqual;
    private boolean changed;

    public PositionalMemo() {
        this(false);
    }

    /**
     * @param keepEqual whether a value made again that equals the value made last time at the same
     *                  position is replaced by that one, so that what is built from the values can
     *                  tell by identity that nothing changed
     */
    public PositionalMemo(boolean keepEqual) {
        this.keepEqual = keepEqual;
    }

    /** Whether, since {@link #begin}, the list has another length or a value another instance than last time at its position. */
    public boolean changed() {
        return changed || size != lastSize;
    }

    /** Starts recording for a list of {@code size} values. */
    public void begin(int size) {
        this.size = size;
        changed = false;
        nextKeys = new Object[size];
        nextPartners = new Object[size];
        nextValues = new Object[size];
    }

    /** Ends recording: what this build made is what the next one may reuse. */
    public void end() {
        lastKeys = nextKeys;
        lastPartners = nextPartners;
        lastValues = nextValues;
        lastByKey = null;
        lastSize = size;
        nextKeys = new Object[0];
        nextPartners = new Object[0];
        nextValues = new Object[0];
    }

    /**
     * What was made from {@code key} last time when {@code key} was at {@code position} then (and
     * made from it alone), recorded for this build; else null, and nothing recorded: then call
     * {@link #get(int, Object, Function)}. Saves making a function for the common case.
     */
    @SuppressWarnings("unchecked")
    public V reuse(int position, K key) {
        if (position < lastKeys.length && lastKeys[position] == key && lastPartners[position] == null
                && position < nextKeys.length) {
            V value = (V) lastValues[position];
            nextKeys[position] = key;
            nextValues[position] = value;
            return value;
        }
        return null;
    }

    /** What was made from {@code key} (at {@code position}, or elsewhere) last time; made now when there is none. */
    public V get(int position, K key, Function<K, V> make) {
        return get(position, key, null, v -> true, make);
    }

    /**
     * As {@link #get(int, Object, Function)}, for a value made from {@code key} and {@code partner}
     * (another value compared by identity, such as an article's neighbours); a value made last time
     * is used only when {@code valid}.
     */
    @SuppressWarnings("unchecked")
    public V get(int position, K key, Object partner, Predicate<V> valid, Function<K, V> make) {
        V value = null;
        if (position < lastKeys.length && lastKeys[position] == key) {
            value = lastPartners[position] == partner ? (V) lastValues[position] : null;
        } else if (size != lastSize) {
            Integer at = byKey().get(key);
            value = at != null && lastPartners[at] == partner ? (V) lastValues[at] : null;
        }
        if (value == null || !valid.test(value)) {
            value = make.apply(key);
            if (keepEqual && position < lastValues.length && value.equals(lastValues[position])) {
                value = (V) lastValues[position];
            }
        }
        if (position >= lastValues.length || lastValues[position] != value) {
            changed = true;
        }
        if (position >= nextKeys.length) {
            throw new IndexOutOfBoundsException(position + " in a list of " + size);
        }
        nextKeys[position] = key;
        nextPartners[position] = partner;
        nextValues[position] = value;
        return value;
    }

    private Map<Object, Integer> byKey() {
        if (lastByKey == null) {
            lastByKey = new IdentityHashMap<>(lastKeys.length);
            for (int i = 0; i < lastKeys.length; i++) {
                if (lastKeys[i] != null) {
                    lastByKey.put(lastKeys[i], i);
                }
            }
        }
        return lastByKey;
    }
}
