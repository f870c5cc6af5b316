package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Serving: types, folders, redirects, 404, ETags, HEAD, and paths that try to leave the site. */
class PreviewServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    static MiniSite site;
    static PreviewServer server;
    static HttpClient http;

    @BeforeAll
    static void start() throws IOException {
        site = MiniSite.create(dir);
        for (String name : new String[] {"notes.txt", "data.json", "logo.svg", "pixel.png", "photo.jpg", "anim.gif",
                "pic.webp", "favicon.ico", "fonts/body.woff2", "doc.pdf", "app.js"}) {
            site.write("content/static/" + name, ("bytes of " + name).getBytes(StandardCharsets.UTF_8));
        }
        site.write("content/static/plain.html", "<html><body><p>static page</p></body></html>");
        site.write("content/static/video/clip.mp4", CLIP);
        site.write("content/static/docs/404.html", "<html><body><h1>No such document</h1></body></html>");
        server = site.serve(new StringWriter());
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    static HttpResponse<String> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        return http.send(request(method, path, headers), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b.build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /                         | text/html; charset=utf-8
            /articles/first/          | text/html; charset=utf-8
            /assets/style.css         | text/css; charset=utf-8
            /app.js                   | text/javascript; charset=utf-8
            /feed.xml                 | application/xml; charset=utf-8
            /data.json                | application/json
            /notes.txt                | text/plain; charset=utf-8
            /logo.svg                 | image/svg+xml
            /pixel.png                | image/png
            /photo.jpg                | image/jpeg
            /anim.gif                 | image/gif
            /pic.webp                 | image/webp
            /favicon.ico              | image/x-icon
            /fonts/body.woff2         | font/woff2
            /doc.pdf                  | application/pdf
            /_orbitpress/reload.js    | text/javascript; charset=utf-8
            /_orbitpress/status       | application/json
            """)
    void servesEachTypeWithItsContentType(String path, String type) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).as(path).contains(type);
    }

    @Test
    void staticFilesAreServedAsTheyAreOnDisk() throws Exception {
        assertThat(get("/notes.txt").body()).isEqualTo("bytes of notes.txt");
    }

    @Test
    void servesIndexHtmlForFolderUrls() throws Exception {
        HttpResponse<String> r = get("/articles/first/");
        assertThat(Jsoup.parse(r.body()).select("h1").text()).isEqualTo("First light");
        assertThat(Jsoup.parse(get("/").body()).select("a[href*=articles/second]").text()).contains("Second orbit");
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws Exception {
        HttpResponse<String> r = get("/articles/first?x=1");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/articles/first/?x=1");
    }

    @Test
    void answersMissingPagesWithTheSites404Page() throws Exception {
        HttpResponse<String> r = get("/articles/none/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(Jsoup.parse(r.body()).select("main h1").text()).isEqualTo("Page not found");
        assertThat(get("/nothing.css").statusCode()).isEqualTo(404);
    }

    /** Under a folder with a 404.html of its own (a language's: ru/404.html), that one answers, as on hosts that look for it. */
    @Test
    void answersMissingPagesWithTheNearest404Page() throws Exception {
        for (String path : new String[] {"/docs/none/", "/docs/a/b/c.png", "/docs/x"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(r.body()).select("h1").text()).as(path).isEqualTo("No such document");
        }
        assertThat(Jsoup.parse(get("/docsx/none").body()).select("main h1").text()).isEqualTo("Page not found");
    }

    @Test
    void injectsTheReloadScriptIntoServedHtmlOnly() throws Exception {
        String tag = "<script src=\"/_orbitpress/reload.js\" defer></script>";
        assertThat(get("/articles/first/").body()).contains(tag + "\n</body>");
        assertThat(get("/plain.html").body()).isEqualTo("<html><body><p>static page</p>" + tag + "\n</body></html>");
        assertThat(get("/articles/none/").body()).contains(tag);
        assertThat(get("/feed.xml").body()).doesNotContain("reload.js");
        assertThat(site.read("content/static/plain.html")).doesNotContain("reload.js");
    }

    @Test
    void answersIfNoneMatchWith304() throws Exception {
        for (String path : new String[] {"/articles/first/", "/assets/style.css", "/pixel.png"}) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"");
            assertThat(get(path).headers().firstValue("ETag")).as(path).contains(etag);
            HttpResponse<String> again = get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(get(path, "If-None-Match", "\"other\"").statusCode()).as(path).isEqualTo(200);
        }
    }

    /** A file of the site's own, a megabyte of bytes that differ from place to place. */
    static final byte[] CLIP = clip();

    private static byte[] clip() {
        byte[] b = new byte[1 << 20];
        new java.util.Random(11).nextBytes(b);
        return b;
    }

    static HttpResponse<byte[]> bytes(String method, String path, String... headers) throws Exception {
        return http.send(request(method, path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A part of a file, as a video element asks for one when it is sought: 206 with the bytes asked
     * for; a range past the end 416; a range of a file since changed (If-Range), or several ranges,
     * the whole file.
     */
    @Test
    void answersARangeWithThatPartOfTheFile() throws Exception {
        HttpResponse<byte[]> whole = bytes("GET", "/video/clip.mp4");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(CLIP);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> part = bytes("GET", "/video/clip.mp4", "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-199/1048576");
        assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(CLIP, 100, 200));
        HttpResponse<byte[]> tail = bytes("GET", "/video/clip.mp4", "Range", "bytes=-10");
        assertThat(tail.headers().firstValue("Content-Range")).contains("bytes 1048566-1048575/1048576");
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(CLIP, CLIP.length - 10, CLIP.length));
        HttpResponse<byte[]> rest = bytes("GET", "/video/clip.mp4", "Range", "bytes=1048000-", "If-Range", etag);
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).isEqualTo(java.util.Arrays.copyOfRange(CLIP, 1048000, CLIP.length));
        HttpResponse<byte[]> head = bytes("HEAD", "/video/clip.mp4", "Range", "bytes=0-9");
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.headers().firstValue("Content-Length")).contains("10");

        HttpResponse<byte[]> past = bytes("GET", "/video/clip.mp4", "Range", "bytes=1048576-");
        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).contains("bytes */1048576");
        assertThat(bytes("GET", "/video/clip.mp4", "Range", "bytes=0-9", "If-Range", "\"other\"").body())
                .isEqualTo(CLIP);
        assertThat(bytes("GET", "/video/clip.mp4", "Range", "bytes=0-9,20-29").statusCode()).isEqualTo(200);
        // a page, made in memory, the same
        HttpResponse<byte[]> page = bytes("GET", "/articles/first/", "Range", "bytes=0-14");
        assertThat(page.statusCode()).isEqualTo(206);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<!DOCTYPE html>");
    }

    @Test
    void answersHeadWithHeadersOnly() throws Exception {
        HttpResponse<String> full = get("/assets/style.css");
        HttpResponse<String> head = send("HEAD", "/assets/style.css");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(head.headers().firstValue("ETag")).isEqualTo(full.headers().firstValue("ETag"));
        assertThat(send("HEAD", "/articles/none/").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesOtherMethods() throws Exception {
        HttpResponse<String> r = send("DELETE", "/index.html");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    /** Sent over a plain socket, so no client cleans the path up first. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/../content/site.yaml", "/../../../../etc/passwd", "/articles/../../content/site.yaml",
        "/%2e%2e/content/site.yaml", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/content/site.yaml",
        "/articles%2ffirst%2findex.html", "/%2e%2e%2fcontent%2fsite.yaml", "/%2fetc%2fpasswd",
        "/%5c..%5ccontent%5csite.yaml", "/articles%5cfirst%5cindex.html",
        "/etc/passwd", "//etc/passwd", "/C:/Windows/win.ini", "/C:%5cWindows%5cwin.ini",
        "/index.html%00", "/%00/etc/passwd", "/index.html%00.css"
    })
    void keepsRequestsInsideTheSite(String rawPath) throws Exception {
        assertThat(rawStatus(rawPath)).as(rawPath).isEqualTo(404);
    }

    @Test
    void doesNotServeTheSourceFolderByAbsolutePath() throws Exception {
        String absolute = dir.resolve("content/site.yaml").toAbsolutePath().toString();
        assertThat(rawStatus(absolute)).isEqualTo(404);
        assertThat(rawStatus("/" + absolute)).isEqualTo(404);
    }

    private static int rawStatus(String rawPath) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.url().getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            assertThat(response).as(rawPath).doesNotContain("baseUrl").doesNotContain("root:");
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    @Test
    void takesTheNextPortWhenTheFirstIsBusy() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            StringWriter log = new StringWriter();
            PrintWriter w = new PrintWriter(log, true);
            int port = busy.getLocalPort();
            try (PreviewServer other = PreviewServer.start(site.options(), "127.0.0.1", port, w, w)) {
                assertThat(other.url().getPort()).isNotEqualTo(port);
                assertThat(log.toString()).contains("Port " + port + " is in use; trying " + (port + 1));
                assertThat(http.send(HttpRequest.newBuilder(other.url()).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void printsTheUrlItServesAt() {
        URI url = server.url();
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isPositive();
        assertThat(url.getPath()).isEqualTo("/");
    }
}
