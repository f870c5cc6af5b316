package io.orbitpress.launch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The heap a build JVM is given: enough for the site, and no more, because the parallel collector
 * grows its heap towards the maximum whenever that saves collections. A build holds every source,
 * parse tree and page model of the site; the 10,000-article benchmark site (63 MB of Markdown)
 * keeps about 175 MB live and builds in 1 GB without a full collection, while with no maximum
 * (a quarter of the machine's memory) the same build reached 2.1 GB of resident memory for no gain.
 */
final class HeapSize {

    static final long MB = 1024 * 1024;
    /** Never less: the fixed part of a build (templates, engines, the plan of a small site). */
    static final long FLOOR = 512 * MB;
    /** Heap per byte of content: about five times what a build keeps live. */
    static final int PER_BYTE = 12;

    private HeapSize() {
    }

    /**
     * The maximum heap, in MB, for a site of {@code contentBytes}; {@code serve} keeps two builds
     * of the site while it rebuilds, so it is given twice as much. At most {@code ceiling}.
     */
    static long megabytes(long contentBytes, boolean serve, long ceiling) {
        long want = 256 * MB + (serve ? 2 : 1) * PER_BYTE * contentBytes;
        long heap = Math.max(FLOOR, Math.min(want, Math.max(FLOOR, ceiling)));
        return heap / MB;
    }

    /**
     * The bytes of the text files below {@code folder} (Markdown, YAML, TOML, HTML, text), links
     * not followed; 0 when it cannot be read. Pictures and other files are left out: a build
     * reads a picture's header and resizes one picture at a time per core within a fixed budget,
     * so a site's photographs need no heap in proportion to their size.
     */
    static long contentBytes(Path folder) {
        long[] sum = new long[1];
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (text(file.getFileName().toString())) {
                        sum[0] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an unreadable folder: the build will say so; the floor will do until then
        }
        return sum[0];
    }

    private static boolean text(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot >= 0 && switch (n.substring(dot + 1)) {
            case "md", "markdown", "mdown", "yaml", "yml", "toml", "html", "htm", "txt", "json" -> true;
            default -> false;
        };
    }
}
