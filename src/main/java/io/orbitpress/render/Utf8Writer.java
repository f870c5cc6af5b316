package io.orbitpress.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that keeps what is written as UTF-8 bytes, the form a page is published in.
 * Thymeleaf writes a page in many small pieces; collected in a {@code StringBuilder}, a page
 * with one character beyond Latin-1 (an arrow, a typographic quote) had every later piece
 * widened to two bytes a character, and the whole text was encoded once more at the end. Here
 * each character is encoded once, as it arrives.
 *
 * <p>The bytes are those of {@code String.getBytes(UTF_8)} on the whole text: a surrogate pair
 * split between two writes is joined, and a surrogate without its partner becomes {@code ?}.
 */
final class Utf8Writer extends Writer {

    private byte[] buf;
    private int size;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char pendingHigh;

    Utf8Writer(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        room(4);
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        room(len + 4);
        byte[] b = buf;
        int n = size;
        for (int i = off, end = off + len; i < end; i++) {
            char c = cbuf[i];
            if (c < 0x80 && pendingHigh == 0) {
                b[n++] = (byte) c;
            } else {
                // up to four bytes for this one, one for each ASCII character after it
                size = n;
                room(end - i + 3);
                put(c);
                b = buf;
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String str, int off, int len) {
        room(len + 4);
        byte[] b = buf;
        int n = size;
        for (int i = off, end = off + len; i < end; i++) {
            char c = str.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                b[n++] = (byte) c;
            } else {
                // up to four bytes for this one, one for each ASCII character after it
                size = n;
                room(end - i + 3);
                put(c);
                b = buf;
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String str) {
        write(str, 0, str.length());
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) {
        String s = String.valueOf(csq);
        write(s, start, end - start);
        return this;
    }

    @Override
    public Writer append(char c) {
        write(c);
        return this;
    }

    /** One character, with room for four bytes made by the caller. */
    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[size++] = (byte) (0xF0 | cp >> 18);
                buf[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[size++] = '?';
        }
        if (c < 0x80) {
            buf[size++] = (byte) c;
        } else if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | c >> 6);
            buf[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xE0 | c >> 12);
            buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** The bytes written so far; a surrogate still waiting for its partner counts as {@code ?}. */
    byte[] toBytes() {
        if (pendingHigh != 0) {
            room(1);
            buf[size++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(buf, size);
    }

    int size() {
        return size;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
