package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/** Writes values as bytes for the cache folder: numbers as variable-length integers, texts as UTF-8. */
public final class Encoder {

    private byte[] bytes = new byte[256];
    private int size;
    /** The texts written with {@link #writeShared} since the last reset, numbered from 1. */
    private final java.util.Map<String, Integer> shared = new java.util.HashMap<>();
    /** Where the parts go ({@link #writePart}): the cache folder's entries; null writes them in place. */
    private Parts parts;

    /** Writes a part where it is kept, and says where that is. */
    interface Parts {
        DiskCache.Place write(Object part, Codec<Object> codec);
    }

    Encoder() {
    }

    Encoder(Parts parts) {
        this.parts = parts;
    }

    public Encoder writeInt(int v) {
        return writeLong(v);
    }

    /** A signed number, zig-zag coded, 7 bits a byte. */
    public Encoder writeLong(long v) {
        long z = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((z & ~0x7fL) != 0) {
            bytes[size++] = (byte) ((z & 0x7f) | 0x80);
            z >>>= 7;
        }
        bytes[size++] = (byte) z;
        return this;
    }

    public Encoder writeBoolean(boolean v) {
        ensure(1);
        bytes[size++] = (byte) (v ? 1 : 0);
        return this;
    }

    /** A text, or null: its length in bytes, twice, plus one when they are UTF-8 rather than ASCII. */
    @SuppressWarnings("deprecation")
    public Encoder writeString(String s) {
        if (s == null) {
            return writeLong(-1);
        }
        if (isLatin1Ascii(s)) {
            writeLong(2L * s.length());
            ensure(s.length());
            s.getBytes(0, s.length(), bytes, size);
            size += s.length();
            return this;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeLong(2L * utf8.length + 1);
        return writeRaw(utf8);
    }

    private static boolean isLatin1Ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text that may come again in the same entry (a sentence quoted for each name in it): the
     * second time, only its number is written, and {@link Decoder#readShared} gives the same
     * instance back.
     */
    public Encoder writeShared(String s) {
        Integer seen = shared.get(s);
        if (seen != null) {
            return writeLong(seen);
        }
        shared.put(s, shared.size() + 1);
        writeLong(0);
        return writeString(s);
    }

    public Encoder writeFingerprint(Fingerprint f) {
        writeFixed(f.high());
        writeFixed(f.low());
        return this;
    }

    private void writeFixed(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (v >>> (8 * i));
        }
    }

    public Encoder writeBytes(byte[] b) {
        writeLong(b.length);
        return writeRaw(b);
    }

    Encoder writeRaw(byte[] b) {
        return writeRaw(b, 0, b.length);
    }

    Encoder writeRaw(byte[] b, int from, int length) {
        ensure(length);
        System.arraycopy(b, from, bytes, size, length);
        size += length;
        return this;
    }

    /**
     * A large part of a value that often stays the same from build to build while the rest
     * changes (one shard of the search index, the manifest of the site before): written as an
     * entry of its own, which a later value holding the same part (the same object, read back)
     * names instead of writing it again. Read with {@link Decoder#readPart}; a codec that writes
     * parts says so ({@link Codec#writesParts}).
     */
    @SuppressWarnings("unchecked")
    public <T> Encoder writePart(T part, Codec<T> codec) {
        if (parts == null) {
            writeBoolean(false);
            codec.write(this, part);
            return this;
        }
        DiskCache.Place at = parts.write(part, (Codec<Object>) codec);
        writeBoolean(true);
        return writeLong(at.offset()).writeInt(at.length()).writeInt(at.crc());
    }

    public <T> Encoder writeList(List<T> list, BiConsumer<Encoder, T> item) {
        writeLong(list.size());
        for (T t : list) {
            item.accept(this, t);
        }
        return this;
    }

    public Encoder writeStrings(List<String> list) {
        return writeList(list, Encoder::writeString);
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void reset() {
        size = 0;
        shared.clear();
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
