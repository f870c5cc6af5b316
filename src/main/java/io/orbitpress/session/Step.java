package io.orbitpress.session;

/**
 * A kind of step result a {@link Session} remembers, under a name that tells it apart from the
 * others; with a {@link Codec} when it is also kept on disk between builds.
 */
public record Step<V>(String name, Codec<V> codec) {

    /** Results kept in memory only (by {@code serve}), never on disk. */
    public static <V> Step<V> inMemory(String name) {
        return new Step<>(name, null);
    }

    /** Results kept in memory and, by a session with a cache folder, on disk. */
    public static <V> Step<V> persisted(String name, Codec<V> codec) {
        return new Step<>(name, codec);
    }
}
