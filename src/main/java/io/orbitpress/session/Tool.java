package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a cache folder's results were made by: the code of Orbitpress (its jar, known by the name,
 * size and CRC of each file it holds, so that the same code packaged again is the same tool; or its
 * compiled classes and resources, each known by its path, size and modification time: a recompiled
 * class is another tool), the libraries on the class path (by name and size, wherever they are)
 * and the JVM. Results made by another
 * tool are never used: a new version, a jar of changed code or another JVM starts cold.
 */
public final class Tool {

    private static volatile Fingerprint current;

    private Tool() {
    }

    /** The fingerprint of the running tool, computed once per process. */
    public static Fingerprint fingerprint() {
        Fingerprint f = current;
        if (f == null) {
            f = compute();
            current = f;
        }
        return f;
    }

    private static void stamp(Hasher h, Path p) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
                java.nio.file.attribute.BasicFileAttributes.class);
        h.put(a.size()).put(a.lastModifiedTime().toMillis());
    }

    /**
     * A jar by what it holds (each entry's name, size and CRC, but for Maven's notes of the
     * packaging, which has its time), not by its place or times: the same code packaged again, as
     * a CI job does at every run, is the same tool.
     */
    static Fingerprint ofJar(Path jar) throws IOException {
        Hasher h = new Hasher();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                if (!e.getName().startsWith("META-INF/maven/")) { // what Maven says of the packaging, its time too
                    h.put(e.getName()).put(e.getSize()).put(e.getCrc());
                }
            }
        }
        return h.finish();
    }

    /**
     * A class path by its entries' names and sizes, in order, not by their folders: the same jar
     * run from another folder (a CI job's workspace whose path changes at every run, another
     * working directory for {@code java -jar}) is the same tool. The code of Orbitpress itself, on
     * it, is read whole ({@link #ofJar}); its libraries' names carry their versions.
     */
    static Fingerprint ofClassPath(String classPath) {
        Hasher h = new Hasher();
        for (String entry : classPath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                Path p = Path.of(entry);
                Path name = p.getFileName();
                h.put(name == null ? entry : name.toString());
                h.put(Files.isRegularFile(p) ? Files.size(p) : -1L);
            } catch (IOException | RuntimeException e) {
                h.put(entry); // a path this system cannot read: known by all of it
            }
        }
        return h.finish();
    }

    private static Fingerprint compute() {
        Hasher h = new Hasher();
        h.put(System.getProperty("java.vm.vendor", "")).put(System.getProperty("java.vm.version", ""))
                .put(ofClassPath(System.getProperty("java.class.path", "")));
        try {
            Path code = Path.of(Tool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
                    for (Path p : files) {
                        h.put(code.relativize(p).toString());
                        stamp(h, p);
                    }
                }
            } else {
                h.put(ofJar(code));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no code location to read: a fingerprint of this process alone, so nothing is reused
            h.put(System.nanoTime()).put(ProcessHandle.current().pid());
        }
        return h.finish();
    }
}
