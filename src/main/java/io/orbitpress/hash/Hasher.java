package io.orbitpress.hash;

/**
 * A streaming 128-bit hash (the mixing of MurmurHash3's x64 128-bit variant) over typed values:
 * each value is written with a tag and, for texts and byte runs, its length, so that different
 * sequences of values never write the same stream. Not a cryptographic hash: it tells apart the
 * versions of a site's own files, it does not resist an attacker who writes colliding files on
 * purpose into the folder they build.
 */
public final class Hasher {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1 = 0x9368e53c2f6af274L;
    private long h2 = 0x586dcd208f7cd3fdL;
    /** Bytes of the current block not yet mixed, and how many. */
    private long k1;
    private long k2;
    private int filled;
    private long length;

    public Hasher put(Fingerprint f) {
        tag(1);
        word(f.high());
        word(f.low());
        return this;
    }

    public Hasher put(long v) {
        tag(2);
        word(v);
        return this;
    }

    public Hasher put(boolean v) {
        return tag(v ? 3 : 4);
    }

    /**
     * A text, by its UTF-16 units (copied out in one call: reading them one by one is slow before
     * the JIT), through a buffer of the calling thread's: a build makes tens of thousands of
     * hashers (one per page key alone), most for a few short texts, and a buffer each was about 8 %
     * of what a rebuild in {@code serve} allocated.
     */
    public Hasher put(String s) {
        tag(5);
        int n = s.length();
        word(n);
        char[] c = BUFFER.get();
        if (c.length < n) {
            c = new char[n];
            if (n <= MAX_KEPT) {
                BUFFER.set(c);
            }
        }
        s.getChars(0, n, c, 0);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            word((long) c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48);
        }
        long rest = 0;
        for (int shift = 0; i < n; i++, shift += 16) {
            rest |= (long) c[i] << shift;
        }
        word(rest);
        return this;
    }

    /** The longest text whose buffer a thread keeps (a longer one, a page's HTML, gets its own). */
    private static final int MAX_KEPT = 16 * 1024;
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[256]);

    public Hasher put(byte[] b, int from, int to) {
        tag(6);
        word(to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            word((b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                    | (b[i + 7] & 0xffL) << 56);
        }
        long rest = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            rest |= (b[i] & 0xffL) << shift;
        }
        word(rest);
        return this;
    }

    /**
     * The {@code length} bytes of a stream, as {@link #put(byte[], int, int)} puts the same bytes
     * (a file's fingerprint without holding the file in memory); an {@link java.io.IOException}
     * when the stream does not hold exactly {@code length} bytes (the file changed while read).
     */
    public Hasher put(java.io.InputStream in, long length) throws java.io.IOException {
        tag(6);
        word((int) length);
        byte[] buf = new byte[64 * 1024];
        long rest = 0;
        int shift = 0;
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            int i = 0;
            while (shift != 0 && i < n) {
                rest |= (buf[i++] & 0xffL) << shift;
                shift += 8;
                if (shift == 64) {
                    word(rest);
                    rest = 0;
                    shift = 0;
                }
            }
            for (; i + 8 <= n; i += 8) {
                word((buf[i] & 0xffL) | (buf[i + 1] & 0xffL) << 8 | (buf[i + 2] & 0xffL) << 16
                        | (buf[i + 3] & 0xffL) << 24 | (buf[i + 4] & 0xffL) << 32 | (buf[i + 5] & 0xffL) << 40
                        | (buf[i + 6] & 0xffL) << 48 | (buf[i + 7] & 0xffL) << 56);
            }
            for (; i < n; i++) {
                rest |= (buf[i] & 0xffL) << shift;
                shift += 8;
            }
        }
        if (total != length) {
            throw new java.io.IOException("the file changed while it was read");
        }
        word(rest);
        return this;
    }

    /** A marker of what kind of value follows (and of nothing else, for tags alone). */
    public Hasher tag(int t) {
        word(0x7a9e000000000000L | t);
        return this;
    }

    private void word(long w) {
        length += 8;
        if (filled == 0) {
            k1 = w;
            filled = 1;
            return;
        }
        k2 = w;
        filled = 0;
        mix(k1, k2);
    }

    private void mix(long a, long b) {
        a *= C1;
        a = Long.rotateLeft(a, 31);
        a *= C2;
        h1 ^= a;
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        b *= C2;
        b = Long.rotateLeft(b, 33);
        b *= C1;
        h2 ^= b;
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    public Fingerprint finish() {
        if (filled == 1) {
            mix(k1, 0x5bd1e995L);
            filled = 0;
        }
        long a = h1 ^ length;
        long b = h2 ^ length;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return new Fingerprint(a, b);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a87c5L;
        k ^= k >>> 33;
        return k;
    }
}
