package io.orbitpress.source;

import java.nio.file.Path;

/**
 * A file that people wrote, as read from disk.
 *
 * @param file the file on disk
 * @param path the same file relative to the site folder, with forward slashes (for messages)
 * @param relative the file relative to the folder it was found in ("2025/crew-11.md")
 * @param text its text, with {@code \n} line ends
 */
public record SourceFile(Path file, String path, String relative, String text) {
}
