package io.orbitpress.session;

/** How a step result is written to the cache folder and read back. */
public interface Codec<V> {

    void write(Encoder out, V value);

    /** The value {@link #write} wrote; throws {@link Decoder.Corrupt} when the bytes cannot be one. */
    V read(Decoder in);
}
