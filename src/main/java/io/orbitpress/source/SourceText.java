package io.orbitpress.source;

import io.orbitpress.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into a string with {@code \n} line ends: UTF-8 with or
 * without a byte order mark, UTF-16 with one. Bytes that are not text, in either, are a
 * diagnostic naming the line and column where they start.
 */
public final class SourceText {

    private SourceText() {
    }

    /** The decoded text, or empty with a diagnostic describing why the bytes are not text. */
    public static Result decode(byte[] bytes, String path) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return utf16(bytes, StandardCharsets.UTF_16BE, path);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return utf16(bytes, StandardCharsets.UTF_16LE, path);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        boolean ascii = true;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                return Result.problem(nul(bytes, start, i, path));
            }
            ascii &= b > 0;
        }
        if (ascii) {
            // nothing to check or decode: each byte is its character
            return Result.of(normalize(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int[] at = position(bytes, start, in.position());
            return Result.problem(Diagnostic.error(path, at[0], at[1], String.format(
                    "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[in.position()] & 0xff)));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        return Result.of(normalize(out.toString()));
    }

    /**
     * The text of a file that starts with a UTF-16 byte order mark. Units that are not UTF-16 (half
     * of a character whose other half is missing, an odd byte at the end) and NUL characters are a
     * problem at their place, as they are in UTF-8: decoded leniently they were published as
     * U+FFFD, a question mark in a box.
     */
    private static Result utf16(byte[] bytes, java.nio.charset.Charset charset, String path) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
        CharBuffer out = CharBuffer.allocate(bytes.length / 2 + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            long count = text.chars().filter(c -> c == 0).count();
            int[] at = position(text, nul);
            return Result.problem(count <= STRAY_NULS ? strayNul(path, at, count, "UTF-16") : binary(path, at));
        }
        if (result.isError()) {
            int[] at = position(text, text.length());
            int bad = in.position();
            return Result.problem(Diagnostic.error(path, at[0], at[1], bad + 1 >= bytes.length
                    ? "the file ends half-way through a UTF-16 character; save the file as UTF-8"
                    : String.format("bytes 0x%02X 0x%02X are not valid UTF-16 (half of a character whose other half"
                            + " is missing); save the file as UTF-8", bytes[bad] & 0xff, bytes[bad + 1] & 0xff)));
        }
        return Result.of(normalize(text));
    }

    /** At most this many NUL bytes in a text that is UTF-8 otherwise are stray ones, not a binary file. */
    private static final int STRAY_NULS = 3;

    /**
     * What the NUL byte at {@code first} tells of the file: text saved as UTF-16 without a byte
     * order mark (every other byte NUL, on one side of each pair, where the text is ASCII), text
     * with a stray NUL or two (valid UTF-8 without them), or a binary file.
     */
    private static Diagnostic nul(byte[] bytes, int start, int first, String path) {
        int even = 0;
        int odd = 0;
        int pairs = (bytes.length - start) / 2;
        for (int i = start; i < start + 2 * pairs; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        // ASCII text in UTF-16 has a NUL in each pair, on the same side (Cyrillic text, in its spaces and
        // punctuation); a binary file has them anywhere, and decodes to control characters
        if ((bytes.length - start) % 2 == 0 && pairs >= 2 && Math.min(even, odd) == 0
                && Math.max(even, odd) * 4 >= pairs) {
            java.nio.charset.Charset charset = odd > 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            try {
                String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
                if (text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                    return Diagnostic.error(path, 1, 1, "this file is UTF-16 (" + (odd > 0 ? "little" : "big")
                            + "-endian) without a byte order mark; save it as UTF-8");
                }
            } catch (CharacterCodingException e) {
                // not UTF-16 either
            }
        }
        int count = 0;
        byte[] rest = new byte[bytes.length - start];
        int size = 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                count++;
            } else {
                rest[size++] = bytes[i];
            }
        }
        if (count <= STRAY_NULS) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(rest, 0, size));
                return strayNul(path, position(bytes, start, first), count, "UTF-8");
            } catch (CharacterCodingException e) {
                // not text without it either
            }
        }
        return binary(path, position(bytes, start, first));
    }

    private static Diagnostic strayNul(String path, int[] at, long count, String encoding) {
        return Diagnostic.error(path, at[0], at[1], "a NUL character (U+0000) stands here in text that is " + encoding
                + " otherwise" + (count > 1 ? " (the first of " + count + ")" : "") + "; remove it");
    }

    private static Diagnostic binary(String path, int[] at) {
        return Diagnostic.error(path, at[0], at[1], path.endsWith(".yaml") || path.endsWith(".yml")
                ? "this is a binary file, not YAML text; write the settings again as text (UTF-8)"
                : "this is a binary file, not Markdown text; remove it or give it another extension");
    }

    /** Line and column (1-based) of character {@code index} of decoded {@code text}, whose lines end as a file's may. */
    private static int[] position(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /** Line and column (1-based, columns counted in characters) of byte {@code index}. */
    private static int[] position(byte[] bytes, int start, int index) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < index; i++) {
            // a line ends at LF, CRLF or a lone CR, as the text is read once decoded
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        try {
            column = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, index - lineStart)).length() + 1;
        } catch (CharacterCodingException e) {
            column = index - lineStart + 1;
        }
        return new int[] {line, column};
    }

    /** CRLF and lone CR become LF, so that line numbers match what an editor shows. */
    static String normalize(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Either text or the problem that kept the bytes from being text. */
    public record Result(Optional<String> text, Optional<Diagnostic> problem) {
        static Result of(String text) {
            return new Result(Optional.of(text), Optional.empty());
        }

        static Result problem(Diagnostic d) {
            return new Result(Optional.empty(), Optional.of(d));
        }
    }
}
