package io.orbitpress.theme;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The default theme, built into Orbitpress: the files of this repository's {@code templates/}
 * folder, packed under {@code orbitpress/theme/} beside the classes (the jar, or
 * {@code target/classes} when run from Maven). A site's own {@code templates/} folder holds the
 * files it changes; every other template and asset comes from here.
 *
 * <p>Read once, whole (about 20 files, 100 KB), from where the classes were loaded, so the file
 * list, the bytes and the fingerprint always agree.
 */
public final class Theme {

    /** Where the theme lies among the classes' resources. */
    public static final String RESOURCES = "orbitpress/theme/";

    /** How messages name a file of the built-in theme: {@code <built-in>/article.html}. */
    public static final String DISPLAY = "<built-in>/";

    private final Map<String, byte[]> files;
    private final Fingerprint fingerprint;

    /** {@link #messageKeys}, once read. */
    private volatile java.util.Set<String> messageKeys;

    private Theme(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        Hasher h = new Hasher();
        this.files.forEach((name, bytes) -> h.put(name).put(bytes, 0, bytes.length));
        this.fingerprint = h.finish();
    }

    /** The theme packed with the running code (read on first use; the same for the life of the process). */
    public static Theme builtIn() {
        return Packed.THEME;
    }

    /** A theme of these files (for tests): relative path with forward slashes to bytes. */
    public static Theme of(Map<String, byte[]> files) {
        return new Theme(files);
    }

    /** The relative paths of every file, sorted ("article.html", "assets/style.css", ...). */
    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** The template files: every file outside {@code assets/}. */
    public List<String> templates() {
        return files.keySet().stream().filter(n -> !n.startsWith("assets/")).toList();
    }

    /** The asset files, below {@code assets/}. */
    public List<String> assets() {
        return files.keySet().stream().filter(n -> n.startsWith("assets/")).toList();
    }

    public boolean has(String name) {
        return files.containsKey(name);
    }

    /** The bytes of a file (a copy), when the theme has it. */
    public Optional<byte[]> bytes(String name) {
        byte[] b = files.get(name);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /** The keys of its message files ({@code messages*.properties}), in every language it has; read once. */
    public java.util.Set<String> messageKeys() {
        java.util.Set<String> keys = messageKeys;
        if (keys == null) {
            java.util.Set<String> out = new java.util.TreeSet<>();
            files.forEach((name, bytes) -> {
                if (name.startsWith("messages") && name.endsWith(".properties")) {
                    java.util.Properties p = new java.util.Properties();
                    try {
                        p.load(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    out.addAll(p.stringPropertyNames());
                }
            });
            keys = java.util.Set.copyOf(out);
            messageKeys = keys;
        }
        return keys;
    }

    /** The fingerprint of every file's name and bytes. */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** Holds the theme read from the code's own location, once. */
    private static final class Packed {
        static final Theme THEME = new Theme(read());

        private static Map<String, byte[]> read() {
            Path code;
            try {
                code = Path.of(Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return Map.of(); // no location to read from: no built-in theme, every template must be the site's
            }
            try {
                return Files.isDirectory(code) ? fromFolder(code.resolve(RESOURCES)) : fromJar(code);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in theme from " + code, e);
            }
        }

        private static Map<String, byte[]> fromFolder(Path dir) throws IOException {
            Map<String, byte[]> out = new TreeMap<>();
            if (!Files.isDirectory(dir)) {
                return out;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return out;
        }

        private static Map<String, byte[]> fromJar(Path jar) throws IOException {
            Map<String, byte[]> out = new TreeMap<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (!e.isDirectory() && e.getName().startsWith(RESOURCES)) {
                        try (InputStream in = zip.getInputStream(e)) {
                            out.put(e.getName().substring(RESOURCES.length()), in.readAllBytes());
                        }
                    }
                }
            }
            return out;
        }
    }
}
