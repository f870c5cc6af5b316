package io.orbitpress.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open Server-Sent Events connections of {@code /_orbitpress/events}. Each rebuild sends
 * one event to all of them; a comment line every {@code keepAlive} keeps idle connections
 * open and finds the clients that left, which are dropped on the first failed write.
 */
final class EventHub implements AutoCloseable {

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pings;
    private final AtomicLong opened = new AtomicLong();

    EventHub(Duration keepAlive) {
        pings = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orbitpress-sse-ping");
            t.setDaemon(true);
            return t;
        });
        long ms = keepAlive.toMillis();
        pings.scheduleAtFixedRate(() -> sendToAll(": ping\n\n"), ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Keeps the exchange open as an event stream; the handler returns without closing it. */
    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Client client = new Client(exchange);
        // Listed before the browser learns that the stream is open (and asks for the status): a rebuild
        // that ends meanwhile is either told on the stream or seen in the status. Its event waits for the headers.
        synchronized (client) {
            clients.add(client);
            opened.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            // The first line tells the browser to retry after a second, and a test that it is subscribed.
            if (!client.write("retry: 1000\n\n")) {
                clients.remove(client);
            }
        }
    }

    /** Sends one named event; {@code data} must be a single line (JSON is). */
    void publish(String event, String data) {
        sendToAll("event: " + event + "\ndata: " + data + "\n\n");
    }

    /** Connections open now, as far as the last write knows. */
    int size() {
        return clients.size();
    }

    /** Connections opened since the start. */
    long opened() {
        return opened.get();
    }

    private void sendToAll(String message) {
        for (Client c : clients) {
            if (!c.write(message)) {
                clients.remove(c);
            }
        }
    }

    @Override
    public void close() {
        pings.shutdownNow();
        for (Client c : clients) {
            c.close();
        }
        clients.clear();
    }

    /** One browser tab; writes are serialized so events never interleave. */
    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream body;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized boolean write(String message) {
            try {
                body.write(message.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        void close() {
            exchange.close();
        }
    }
}
