package io.orbitpress.preview;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read requests and answer them, with a time limit on each: a connection
 * that sends half a request and then nothing would otherwise keep its thread forever, and a
 * few of them would stop the preview answering anyone.
 *
 * <p>The JDK server reads a request on the thread its executor gives it, blocking until the
 * headers are complete. When a request is not read within {@code requestTime}, or not answered
 * within {@code responseTime} after that, the thread is interrupted; the connection's channel is
 * interruptible, so the blocked read or write ends and the server closes the connection. (The
 * server's own {@code sun.net.httpserver.maxReqTime} is read once per JVM, the first time any
 * server starts, so it is not ours to set; its {@code maxRspTime} would also cut the reload event
 * streams, which stay open.) {@link #handling()} is the filter that says a request was read.
 */
final class Workers implements Executor, AutoCloseable {

    private final ExecutorService threads;
    private final ScheduledExecutorService watch;
    private final Set<Job> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Job> current = new ThreadLocal<>();
    private final long requestNanos;
    private final long responseNanos;

    Workers(int count, Duration requestTime, Duration responseTime) {
        this.requestNanos = requestTime.toNanos();
        this.responseNanos = responseTime.toNanos();
        this.threads = Executors.newFixedThreadPool(count, daemons("orbitpress-http-"));
        this.watch = Executors.newSingleThreadScheduledExecutor(daemons("orbitpress-http-watch-"));
        long every = Math.min(250, Math.max(10, requestTime.toMillis() / 4));
        watch.scheduleWithFixedDelay(this::expire, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a task of the server: reading a connection's request (it has sent its first bytes) and
     * answering it. The request's time counts from now, waiting for a thread included, so that
     * many stalled connections queued behind each other are dropped one round after another
     * instead of each taking its full time once it has a thread.
     */
    @Override
    public void execute(Runnable task) {
        long deadline = System.nanoTime() + requestNanos;
        threads.execute(() -> run(task, deadline));
    }

    private void run(Runnable task, long deadline) {
        Job job = new Job(Thread.currentThread(), deadline);
        current.set(job);
        running.add(job);
        try {
            task.run();
        } finally {
            running.remove(job);
            current.remove();
            job.finish();
        }
    }

    /** Interrupts every thread past its deadline. */
    private void expire() {
        long now = System.nanoTime();
        for (Job job : running) {
            job.expireAt(now);
        }
    }

    /** A filter to put first on every context: the request has been read, the answer's time starts. */
    Filter handling() {
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                Job job = current.get();
                if (job != null) {
                    job.deadline(System.nanoTime() + responseNanos);
                }
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return "time limit of an answer";
            }
        };
    }

    @Override
    public void close() {
        watch.shutdownNow();
        threads.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * One task on one thread. Interrupting and finishing hold the same lock, so an interrupt
     * meant for this task never reaches the next one the thread runs.
     */
    private static final class Job {
        private final Thread thread;
        private long deadline;
        private boolean done;

        Job(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        synchronized void deadline(long nanos) {
            deadline = nanos;
        }

        synchronized void expireAt(long now) {
            if (!done && now - deadline > 0) {
                done = true;
                thread.interrupt();
            }
        }

        synchronized void finish() {
            done = true;
            Thread.interrupted(); // an interrupt for this task, if it came, ends with it
        }
    }
}
