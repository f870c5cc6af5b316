package io.orbitpress.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows that a long build is still working, on stderr so that stdout keeps only the summary.
 * Quiet for the first {@code after}; then on a terminal one line that updates in place
 * ({@code Building… 4 s}) and is wiped when the build ends, elsewhere (CI logs, pipes) one plain
 * line per {@code every}. {@link #step} takes the name of a finished pipeline step, for when the
 * builder reports them: it is shown the same way once the quiet time is over.
 */
final class Progress implements AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private final long afterNanos;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private final Thread ticker;
    private final Object lock = new Object();
    private boolean open;
    private boolean closed;
    private String lastStep = "";

    Progress(PrintWriter err, boolean terminal, Duration after, Duration every) {
        this.err = err;
        this.terminal = terminal;
        this.afterNanos = after.toNanos();
        this.everyNanos = every.toNanos();
        this.ticker = new Thread(this::tick, "orbitpress-progress");
        ticker.setDaemon(true);
    }

    /** Progress for a build run from the command line: after 2 s, every second on a terminal, every 2 s otherwise. */
    static Progress start(PrintWriter err) {
        boolean terminal = System.console() != null;
        return new Progress(err, terminal, Duration.ofSeconds(2), Duration.ofSeconds(terminal ? 1 : 2)).begin();
    }

    Progress begin() {
        ticker.start();
        return this;
    }

    /** A pipeline step finished. */
    void step(String name) {
        synchronized (lock) {
            lastStep = name;
            if (!closed && System.nanoTime() - start >= afterNanos) {
                show(true);
            }
        }
    }

    private void tick() {
        try {
            Thread.sleep(afterNanos / 1_000_000, (int) (afterNanos % 1_000_000));
            while (true) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    show(false);
                }
                Thread.sleep(everyNanos / 1_000_000, (int) (everyNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void show(boolean stepDone) {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String text = "Building… " + seconds + " s" + (lastStep.isEmpty() ? "" : (stepDone ? ", " + lastStep + " done" : ", after " + lastStep));
        if (terminal) {
            err.print("\r\033[K" + text);
            open = true;
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Stops the ticker and wipes the updating line, before the summary is printed. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (open) {
                err.print("\r\033[K");
                err.flush();
                open = false;
            }
        }
        ticker.interrupt();
        try {
            ticker.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
