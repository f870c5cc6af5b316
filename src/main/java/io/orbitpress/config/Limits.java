package io.orbitpress.config;

/**
 * How big a content file and one paragraph of it may be ({@code limits:} in site.yaml). Far
 * above what any article needs; they keep one mistaken or hostile file from taking the build's
 * memory and time (parsing a text costs some tens of bytes of memory per character).
 *
 * @param fileCharacters      the most characters in one content file (article or registry file)
 * @param paragraphCharacters the most characters in one paragraph, heading or table row
 */
public record Limits(int fileCharacters, int paragraphCharacters) {

    /** 4,000,000 characters a file (a long novel is about a million), 100,000 a paragraph. */
    public static Limits defaults() {
        return new Limits(4_000_000, 100_000);
    }
}
