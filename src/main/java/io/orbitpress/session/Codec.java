package io.orbitpress.session;

/** How a step result is written to the cache folder and read back. */
public interface Codec<V> {

    void write(Encoder out, V value);

    /** The value {@link #write} wrote; throws {@link Decoder.Corrupt} when the bytes cannot be one. */
    V read(Decoder in);

    /**
     * Whether {@link #write} writes parts ({@link Encoder#writePart}), which name where other
     * entries lie: such a value is written again, not copied, when the entries file is written anew.
     */
    default boolean writesParts() {
        return false;
    }
}
