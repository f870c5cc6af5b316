package io.orbitpress.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request path turned into the key of an output file ({@code articles/x/} for
 * {@code /articles/x/}, {@code ""} for {@code /}), or nothing when it is not a plain path
 * inside the site. Files are looked up by this exact key in memory, so nothing outside the
 * site can be reached anyway; refusing odd paths early keeps the answer a plain 404.
 */
final class SitePath {

    private SitePath() {
    }

    /** Parses the raw (still percent-encoded) path of a request. */
    static Optional<String> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if (segments[i].isEmpty() && !last) {
                return Optional.empty(); // "//etc/passwd" and the like
            }
            Optional<String> segment = decode(segments[i]);
            if (segment.isEmpty() || !plain(segment.get())) {
                return Optional.empty();
            }
            key.append(segment.get());
            if (!last) {
                key.append('/');
            }
        }
        return Optional.of(key.toString());
    }

    private static boolean plain(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false; // encoded slashes, backslashes, NUL and other control characters
            }
        }
        return true;
    }

    /** Percent-decodes one segment as UTF-8; '+' stays '+' in a path. */
    private static Optional<String> decode(String s) {
        if (s.indexOf('%') < 0) {
            return Optional.of(s);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                continue;
            }
            if (i + 2 >= s.length()) {
                return Optional.empty();
            }
            int hi = Character.digit(s.charAt(i + 1), 16);
            int lo = Character.digit(s.charAt(i + 2), 16);
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
