package io.orbitpress.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a new content file, never over an existing one (even one created a moment before). */
public final class NewFile {

    private NewFile() {
    }

    /**
     * Writes {@code text} to {@code file}, creating its folder.
     *
     * @return false, writing nothing, when the file exists
     */
    public static boolean write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}, creating its folder; false, writing nothing, when the file exists. */
    public static boolean write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }
}
