package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of the site's own larger than the preview's heap (a launch video in
 * {@code content/static/}) is served whole and in parts, from a {@code serve} in a JVM of 128 MB:
 * held whole, a file of 150 MB ran a preview of 512 MB out of memory, and its request never ended.
 */
class LargeFileServeTest {

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheHeapIsServedWholeAndInParts() throws Exception {
        MiniSite site = MiniSite.create(dir);
        byte[] block = new byte[1 << 20];
        new Random(5).nextBytes(block);
        Path video = dir.resolve("content/static/video/launch.mp4");
        Files.createDirectories(video.getParent());
        int blocks = 256;
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = Files.newOutputStream(video)) {
            for (int i = 0; i < blocks; i++) {
                block[0] = (byte) i; // each megabyte its own
                out.write(block);
                expected.update(block);
            }
        }
        long length = (long) blocks << 20;

        Process serve = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "io.orbitpress.cli.Main", "serve", "--source", site.root.toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        try {
            URI url = null;
            Pattern serving = Pattern.compile("Serving at (http://127\\.0\\.0\\.1:\\d+/)");
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder said = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (url == null && System.nanoTime() < deadline) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                said.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    url = URI.create(m.group(1));
                }
            }
            assertThat(url).as(said.toString()).isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    lines.transferTo(java.io.Writer.nullWriter());
                } catch (java.io.IOException e) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<InputStream> whole = http.send(HttpRequest.newBuilder(url.resolve("video/launch.mp4"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(whole.statusCode()).isEqualTo(200);
            MessageDigest got = MessageDigest.getInstance("SHA-256");
            long read = 0;
            try (InputStream in = whole.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; read += n) {
                    got.update(buffer, 0, n);
                }
            }
            assertThat(read).isEqualTo(length);
            assertThat(got.digest()).isEqualTo(expected.digest());

            // the last megabyte but ten bytes, as a player seeking near the end asks
            HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(url.resolve("video/launch.mp4"))
                    .header("Range", "bytes=" + (length - (1 << 20)) + "-" + (length - 11))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(part.statusCode()).isEqualTo(206);
            block[0] = (byte) (blocks - 1);
            assertThat(part.body()).isEqualTo(java.util.Arrays.copyOf(block, (1 << 20) - 10));
            assertThat(serve.isAlive()).isTrue();
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }
}
