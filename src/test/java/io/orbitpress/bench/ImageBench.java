package io.orbitpress.bench;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.BuildResult;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.image.TestImages;
import io.orbitpress.session.Session;
import io.orbitpress.session.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The cost of the image step on a site of N articles, each with a photo W × H pixels: a cold
 * build (no cache), then two warm builds in sessions read from the cache folder (as two fresh
 * processes), and the sizes of what they keep: the cache folder, and the resized copies in the
 * site (which a cache keeping the copies' bytes would hold a second time).
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.orbitpress.bench.ImageBench [N] [W] [H]
 * </pre>
 */
public final class ImageBench {

    private ImageBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int h = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        Path dir = Files.createTempDirectory("image-bench");
        copy(Path.of("templates"), dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content/articles"));
        Files.createDirectories(dir.resolve("content/static/photos"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Bench\nbaseUrl: https://bench.example.org/\n");
        byte[] photo = TestImages.jpeg(w, h);
        for (int i = 0; i < n; i++) {
            // each photo a file of its own: the same pixels behind another comment
            Files.write(dir.resolve("content/static/photos/p" + i + ".jpg"), withComment(photo, i));
            Files.writeString(dir.resolve("content/articles/a" + i + ".md"), """
                    ---
                    title: Article %d
                    date: 2025-08-01
                    image: /photos/p%d.jpg
                    image_alt: Photo %d
                    image_credit: "Photo: Bench"
                    ---
                    Text %d.
                    """.formatted(i, i, i, i));
        }
        System.out.printf("%d articles, one %d x %d photo each (%d KB a file)%n", n, w, h, photo.length / 1024);
        report("cold", new SiteBuild(BuildOptions.of(dir).withOut(dir.resolve("site"))).build());
        Path cache = dir.resolve(".orbitpress-cache");
        for (String run : new String[] {"first with cache", "warm", "warm again"}) {
            report(run, new SiteBuild(BuildOptions.of(dir).withOut(dir.resolve("site")),
                    Session.inFolder(cache, ".orbitpress-cache", Tool.fingerprint())).build());
        }
        System.out.printf("cache folder: %d KB; resized copies in the site: %d KB in %d files%n", size(cache) / 1024,
                size(dir.resolve("site/photos")) / 1024, count(dir.resolve("site/photos")));
        System.out.println("site folder: " + dir);
    }

    private static void report(String run, BuildResult r) {
        System.out.printf("%-17s %6d ms in all, images %6d ms, %d pictures resized, %d files%n", run, r.millis(),
                r.timings().getOrDefault("images", 0L), r.pictures(), r.files());
    }

    /** A JPEG with a comment segment after its start: the same picture, another file. */
    private static byte[] withComment(byte[] jpeg, int i) {
        byte[] text = ("bench " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[jpeg.length + 4 + text.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((text.length + 2) >> 8);
        out[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, out, 6, text.length);
        System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
        return out;
    }

    private static long size(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long count(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
