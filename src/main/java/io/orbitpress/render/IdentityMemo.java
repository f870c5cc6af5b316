package io.orbitpress.render;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one build made from each immutable value, looked up by the value's identity in the next
 * build: a rebuild keeps the instances of everything an edit did not touch, so a value found
 * again gives what was made from it again. Between {@link #begin()} and {@link #end()} a build
 * records what it used; {@code end()} makes that the memo of the next build, so the memo does
 * not grow with edits. A build that does not reach {@code end()} leaves the memo as it was.
 *
 * <p>One build at a time.
 */
public final class IdentityMemo<K, V> {

    private Map<K, V> last = new IdentityHashMap<>();
    private Map<K, V> next = new IdentityHashMap<>();
    private final boolean keepUnused;
    private int mostUsed;

    public IdentityMemo() {
        this(false);
    }

    /**
     * @param keepUnused whether what a build did not use is kept for later builds too, as long as
     *                   the memo holds at most a quarter more than the most one build used (then
     *                   it is dropped): for values a build looks up only in part, such as the feed
     *                   entries of the few entity feeds an edit changes
     */
    public IdentityMemo(boolean keepUnused) {
        this.keepUnused = keepUnused;
    }

    /** Starts recording; sized like the last build's record, so it does not grow by rehashing. */
    public void begin() {
        next = new IdentityHashMap<>(Math.max(32, keepUnused ? 0 : last.size()));
    }

    /** Ends recording: what this build used is what the next one may reuse. */
    public void end() {
        mostUsed = Math.max(mostUsed, next.size());
        if (keepUnused && last.size() + next.size() <= mostUsed + mostUsed / 4 + 256) {
            last.putAll(next);
        } else {
            last = next;
        }
        next = new IdentityHashMap<>();
    }

    /** What was made from {@code key}, in this build or the last; made now when there is none. */
    public V get(K key, Function<K, V> make) {
        return get(key, v -> true, make);
    }

    /** As {@link #get(Object, Function)}, but a value made in the last build is used only when {@code valid}. */
    public V get(K key, Predicate<V> valid, Function<K, V> make) {
        V value = next.get(key);
        if (value == null) {
            value = last.get(key);
            if (value == null || !valid.test(value)) {
                value = make.apply(key);
            }
            next.put(key, value);
        }
        return value;
    }
}
