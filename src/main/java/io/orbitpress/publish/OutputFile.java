package io.orbitpress.publish;

import java.nio.file.Path;

/**
 * One file of the output: rendered bytes, or a file to copy as it is.
 *
 * @param path     relative path in the output folder, forward slashes ("articles/x/index.html")
 * @param bytes    the content, or null when {@code copyFrom} is set
 * @param copyFrom a file to copy, or null
 * @param source   the file it comes from, for messages ("" when generated)
 */
public record OutputFile(String path, byte[] bytes, Path copyFrom, String source) {

    public static OutputFile rendered(String path, byte[] bytes, String source) {
        return new OutputFile(path, bytes, null, source);
    }

    public static OutputFile copy(String path, Path from, String source) {
        return new OutputFile(path, null, from, source);
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
