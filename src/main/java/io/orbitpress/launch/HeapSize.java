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
    /** Content folders of fewer files than this are walked each time (and leave no memo behind). */
    static final int MEMO_FILES = 1_000;
    private static final String MEMO_HEAD = "orbitpress content size 1";
    /** A remembered size is walked again after this, whatever the folders' times say. */
    private static final long MEMO_AGE_MS = 24L * 3600 * 1000;

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
        return walk(folder).bytes();
    }

    /**
     * As {@link #contentBytes(Path)}, remembered in {@code memos} (a folder of the user's) while
     * every folder below {@code folder} keeps its modification time, for a day at most. Walking
     * the 12,500 files of the 10,000-article site took about 0.1 s in the JVM that starts a build,
     * before the build's own JVM could start; a file added, removed or renamed changes its
     * folder's time, and an edit in place changes the heap the site needs by little. No memo
     * (null, or one that cannot be read or written) walks the folder; so does a folder of fewer
     * than {@link #MEMO_FILES} files, where the walk costs a few milliseconds.
     */
    static long contentBytes(Path folder, Path memos) {
        return contentBytes(folder, memos, MEMO_FILES);
    }

    static long contentBytes(Path folder, Path memos, int memoFiles) {
        if (memos == null) {
            return contentBytes(folder);
        }
        Path abs = folder.toAbsolutePath().normalize();
        Path memo = memos.resolve("sites").resolve(
                new io.orbitpress.hash.Hasher().put(abs.toString()).finish().hex().substring(0, 16) + ".txt");
        Long known = recalled(abs, memo);
        if (known != null) {
            return known;
        }
        Walk w = walk(abs);
        if (w.complete() && w.files() >= memoFiles) {
            remember(abs, memo, w);
        }
        return w.bytes();
    }

    /** What a walk found: the text bytes, and each folder's modification time (ms) by its path below the walked one. */
    private record Walk(long bytes, int files, java.util.Map<String, Long> folders, boolean complete) {
    }

    private static Walk walk(Path folder) {
        long[] sum = new long[1];
        int[] files = new int[1];
        boolean[] complete = {true};
        java.util.Map<String, Long> folders = new java.util.TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    folders.put(folder.relativize(dir).toString(), attrs.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files[0]++;
                    if (text(file.getFileName().toString())) {
                        sum[0] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    complete[0] = false;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an unreadable folder: the build will say so; the floor will do until then
            complete[0] = false;
        }
        return new Walk(sum[0], files[0], folders, complete[0] && !folders.isEmpty());
    }

    /** The remembered size, when the memo is there, young enough and every folder it names has the time it had. */
    private static Long recalled(Path folder, Path memo) {
        try {
            java.util.List<String> lines = Files.readAllLines(memo, java.nio.charset.StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(MEMO_HEAD) || !lines.get(1).equals(folder.toString())) {
                return null;
            }
            long bytes = Long.parseLong(lines.get(2));
            long made = Long.parseLong(lines.get(3));
            long now = System.currentTimeMillis();
            if (bytes < 0 || now - made > MEMO_AGE_MS || made > now) {
                return null;
            }
            for (String line : lines.subList(4, lines.size())) {
                int space = line.indexOf(' ');
                long time = Long.parseLong(line.substring(0, space));
                Path dir = folder.resolve(line.substring(space + 1));
                BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!a.isDirectory() || a.lastModifiedTime().toMillis() != time) {
                    return null;
                }
            }
            return lines.size() > 4 ? bytes : null;
        } catch (IOException | RuntimeException e) {
            return null; // no memo, or one this code cannot read: the folder is walked
        }
    }

    private static void remember(Path folder, Path memo, Walk w) {
        StringBuilder text = new StringBuilder(MEMO_HEAD).append('\n').append(folder).append('\n')
                .append(w.bytes()).append('\n').append(System.currentTimeMillis()).append('\n');
        w.folders().forEach((dir, time) -> text.append(time).append(' ').append(dir).append('\n'));
        try {
            Files.createDirectories(memo.getParent());
            Path tmp = Files.createTempFile(memo.getParent(), ".size", ".tmp");
            try {
                Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
                ClassData.move(tmp, memo);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not remembered: the next build walks the folder again
        }
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
