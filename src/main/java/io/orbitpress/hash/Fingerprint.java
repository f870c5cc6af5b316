package io.orbitpress.hash;

/**
 * A 128-bit digest of a value: what a remembered step result is keyed by, and how a published file is known. Two values with the
 * same fingerprint are taken to be the same value (the chance that two different ones collide
 * is about 2<sup>-128</sup> for a pair).
 */
public record Fingerprint(long high, long low) {

    public static final Fingerprint NONE = new Fingerprint(0, 0);

    /** The fingerprint of these fingerprints, in order. */
    public static Fingerprint of(Fingerprint... parts) {
        Hasher h = new Hasher();
        for (Fingerprint p : parts) {
            h.put(p);
        }
        return h.finish();
    }

    /** The fingerprint of a text. */
    public static Fingerprint of(String text) {
        return new Hasher().put(text).finish();
    }

    /** The fingerprint of bytes. */
    public static Fingerprint of(byte[] bytes) {
        return new Hasher().put(bytes, 0, bytes.length).finish();
    }

    /** The fingerprint of a file's bytes, read in pieces: the same as {@link #of(byte[])} of the whole file. */
    public static Fingerprint of(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new Hasher().put(in, java.nio.file.Files.size(file)).finish();
        }
    }

    // written out, as a record's own would compute them: those are method-handle chains, slow before
    // the JIT compiles them fully, and a build looks fingerprints up in maps tens of thousands of times
    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.high == high && f.low == low;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(high) + Long.hashCode(low);
    }

    public String hex() {
        return String.format("%016x%016x", high, low);
    }

    @Override
    public String toString() {
        return hex();
    }
}
