package io.orbitpress.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A list of items mapped on every core, the results in item order. Each thread claims a few
 * items at a time from a shared cursor, so items that cost very different amounts (an article
 * page and a person's page of fifty stories) still keep every core busy to the end. A parallel
 * stream cuts a list into four fixed parts on a two-core machine, and the core given the last,
 * heaviest part works alone for seconds.
 *
 * <p>The calling thread works too; helpers run in the common pool. A helper that has not
 * started by the time the caller runs out of items is called off, so a call from inside the
 * pool never waits on a task that cannot start.
 */
public final class Batch {

    private Batch() {
    }

    /** {@code f} applied to every index below {@code n}, in index order; nulls are kept. */
    public static <R> List<R> map(int n, IntFunction<R> f) {
        Object[] out = new Object[n];
        int threads = Math.max(1, Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1));
        // small claims balance the end; a claim costs one atomic add
        int claim = Math.max(1, Math.min(32, n / (threads * 64)));
        AtomicInteger cursor = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int start = cursor.getAndAdd(claim); start < n; start = cursor.getAndAdd(claim)) {
                    for (int i = start; i < Math.min(n, start + claim); i++) {
                        out[i] = f.apply(i);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                cursor.set(n);
            }
        };
        List<Helper> helpers = new ArrayList<>();
        for (int h = 1; h < threads; h++) {
            Helper helper = new Helper(work);
            helpers.add(helper);
            ForkJoinPool.commonPool().execute(helper);
        }
        work.run();
        for (Helper helper : helpers) {
            helper.awaitOrCancel();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof StackOverflowError e) {
            // what a build step does to one item went too deep: the build stops as for any other
            // failure (its output folder is cleaned up, the preview keeps watching), not the program
            throw new IllegalStateException("a step went too deep for the stack (" + e + "); a file nests"
                    + " too deeply to be read", e);
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) Arrays.asList(out);
        return result;
    }

    /** {@code f} applied to every item, in item order. */
    public static <T, R> List<R> map(List<T> items, java.util.function.Function<? super T, R> f) {
        return map(items.size(), i -> f.apply(items.get(i)));
    }

    /** {@code f} applied to every item, in no particular order. */
    public static <T> void forEach(List<T> items, java.util.function.Consumer<? super T> f) {
        map(items.size(), i -> {
            f.accept(items.get(i));
            return null;
        });
    }

    /** A helper's run, which either starts before the caller is done or never. */
    private static final class Helper implements Runnable {
        private final Runnable work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);

        Helper(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    work.run();
                } finally {
                    done.countDown();
                }
            }
        }

        void awaitOrCancel() {
            if (claimed.compareAndSet(false, true)) {
                return;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
