package io.orbitpress.preview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Server-Sent Events connection read line by line, its events waited for with a timeout. */
final class EventStream implements Flow.Subscriber<String>, AutoCloseable {

    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CountDownLatch open = new CountDownLatch(1);
    private volatile Flow.Subscription subscription;
    private String name;
    private String data = "";

    /** Connects and waits until the server has registered the connection (its first line). */
    static EventStream open(HttpClient http, URI events) throws InterruptedException {
        EventStream stream = new EventStream();
        http.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.fromLineSubscriber(stream));
        if (!stream.open.await(10, TimeUnit.SECONDS)) {
            stream.close();
            throw new AssertionError("no event stream at " + events + " after 10 s");
        }
        return stream;
    }

    /** The next event, or null when none arrives within {@code timeout}. */
    Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (line.startsWith("retry:")) {
            open.countDown();
        } else if (line.startsWith("event: ")) {
            name = line.substring(7);
        } else if (line.startsWith("data: ")) {
            data = line.substring(6);
        } else if (line.isEmpty() && name != null) {
            events.add(new Event(name, data));
            name = null;
            data = "";
        }
    }

    @Override
    public void onError(Throwable t) {
        // closed
    }

    @Override
    public void onComplete() {
        // closed
    }

    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
