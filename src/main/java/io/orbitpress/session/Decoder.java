package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads what an {@link Encoder} wrote; every read checks its bounds and throws {@link Corrupt} past them. */
public final class Decoder {

    /** The bytes are not what an encoder of this version wrote: the cache file is damaged or foreign. */
    public static final class Corrupt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] bytes;
    private int at;
    private final int end;
    private final List<String> shared = new ArrayList<>();
    /** Reads the parts kept as entries of their own ({@link #readPart}); null when there are none to read. */
    private final Parts parts;

    /** Reads a part kept where {@code at} says. */
    interface Parts {
        <T> T read(DiskCache.Place at, Codec<T> codec);
    }

    Decoder(byte[] bytes, int from, int to) {
        this(bytes, from, to, null);
    }

    Decoder(byte[] bytes, int from, int to, Parts parts) {
        this.bytes = bytes;
        this.at = from;
        this.end = to;
        this.parts = parts;
    }

    /** A part {@link Encoder#writePart} wrote: in place, or read from where it is kept. */
    public <T> T readPart(Codec<T> codec) {
        if (!readBoolean()) {
            return codec.read(this);
        }
        DiskCache.Place place = new DiskCache.Place(readLong(), readInt(), readInt());
        if (parts == null) {
            throw new Corrupt("a part kept elsewhere, and nowhere to read it from");
        }
        return parts.read(place, codec);
    }

    public long readLong() {
        long z = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (at >= end) {
                throw new Corrupt("a number runs past the end of its entry");
            }
            byte b = bytes[at++];
            z |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return (z >>> 1) ^ -(z & 1);
            }
        }
        throw new Corrupt("a number is longer than ten bytes");
    }

    public int readInt() {
        long v = readLong();
        if (v != (int) v) {
            throw new Corrupt("a number is out of range");
        }
        return (int) v;
    }

    /** A count of items to come: each takes at least a byte, so there cannot be more than the bytes left. */
    public int readCount() {
        int n = readInt();
        if (n < 0 || n > end - at) {
            throw new Corrupt("a count of " + n + " does not fit in what is left of its entry");
        }
        return n;
    }

    public boolean readBoolean() {
        if (at >= end) {
            throw new Corrupt("a flag runs past the end of its entry");
        }
        byte b = bytes[at++];
        if (b != 0 && b != 1) {
            throw new Corrupt("a flag is neither 0 nor 1");
        }
        return b == 1;
    }

    @SuppressWarnings("deprecation")
    public String readString() {
        long n = readLong();
        if (n == -1) {
            return null;
        }
        long bytesLong = n >> 1;
        if (n < 0 || bytesLong > end - at) {
            throw new Corrupt("a text of " + bytesLong + " bytes does not fit in what is left of its entry");
        }
        int len = (int) bytesLong;
        // the writer said whether the bytes are ASCII: then each is its character
        String s = (n & 1) == 0 ? new String(bytes, 0, at, len) : new String(bytes, at, len, StandardCharsets.UTF_8);
        at += len;
        return s;
    }

    /** A text written by {@link Encoder#writeShared}: the same instance for each time it was written. */
    public String readShared() {
        long n = readLong();
        if (n == 0) {
            String s = readString();
            shared.add(s);
            return s;
        }
        if (n < 0 || n > shared.size()) {
            throw new Corrupt("a shared text refers to none before it");
        }
        return shared.get((int) n - 1);
    }

    public Fingerprint readFingerprint() {
        return new Fingerprint(readFixed(), readFixed());
    }

    private long readFixed() {
        if (end - at < 8) {
            throw new Corrupt("a fingerprint runs past the end of its entry");
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (bytes[at++] & 0xffL) << (8 * i);
        }
        return v;
    }

    int position() {
        return at;
    }

    void skip(int n) {
        if (n < 0 || n > end - at) {
            throw new Corrupt("an entry runs past the end of the file");
        }
        at += n;
    }

    public byte[] readBytes() {
        int n = readCount();
        byte[] out = java.util.Arrays.copyOfRange(bytes, at, at + n);
        at += n;
        return out;
    }

    public <T> List<T> readList(Function<Decoder, T> item) {
        int n = readCount();
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.apply(this));
        }
        return out;
    }

    public List<String> readStrings() {
        return readList(Decoder::readString);
    }

    /** Throws unless every byte of the entry was read: a codec reading less than it wrote is a mismatch. */
    void finish() {
        if (at != end) {
            throw new Corrupt((end - at) + " bytes left unread in an entry");
        }
    }
}
