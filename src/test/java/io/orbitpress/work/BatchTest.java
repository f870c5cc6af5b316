package io.orbitpress.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items mapped on every core come back in item order, each mapped once, failures passed on. */
class BatchTest {

    @Test
    void givesEveryResultInItemOrderAndMapsEachItemOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        List<String> out = Batch.map(items, i -> {
            calls.incrementAndGet();
            return i % 7 == 0 ? null : "item " + i;
        });
        assertThat(calls).hasValue(items.size());
        assertThat(out).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(out.get(i)).isEqualTo(i % 7 == 0 ? null : "item " + i);
        }
        assertThat(Batch.map(List.of(), x -> x)).isEmpty();
        assertThat(Batch.map(List.of("one"), String::length)).containsExactly(3);
    }

    @Test
    void usesMoreThanOneThreadWhenThePoolHasOne() {
        // slow items, so a helper that starts at all gets some of them
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Batch.forEach(IntStream.range(0, 200).boxed().toList(), i -> {
            threads.add(Thread.currentThread());
            sleep(2);
        });
        assertThat(threads).hasSizeBetween(1, ForkJoinPool.getCommonPoolParallelism() + 1);
        if (ForkJoinPool.getCommonPoolParallelism() >= 1) {
            assertThat(threads).as("the caller and a pool helper").hasSizeGreaterThan(1);
        }
    }

    @Test
    void passesOnTheFirstFailureAndStopsClaimingItems() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> Batch.map(IntStream.range(0, 100_000).boxed().toList(), i -> {
            calls.incrementAndGet();
            if (i == 10) {
                throw new IllegalArgumentException("item 10 is bad");
            }
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 10 is bad");
        assertThat(calls.get()).as("items mapped after the failure").isLessThan(100_000);
    }

    /** A stack overflow in one item stops the batch as an exception, which a build cleans up after. */
    @Test
    void aStackOverflowInAnItemIsAnException() {
        assertThatThrownBy(() -> Batch.map(List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new StackOverflowError();
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("nests too deeply")
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void finishesWhenCalledFromInsideTheCommonPoolWhileItIsBusy() throws Exception {
        // every pool thread runs a Batch whose helpers cannot start until the pool frees up:
        // each caller must do its own items and not wait for a helper that never ran
        int callers = ForkJoinPool.getCommonPoolParallelism() + 1;
        List<java.util.concurrent.ForkJoinTask<List<Integer>>> tasks = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            tasks.add(ForkJoinPool.commonPool().submit(() -> Batch.map(IntStream.range(0, 1_000).boxed().toList(), i -> i * 2)));
        }
        for (var t : tasks) {
            List<Integer> out = t.get(60, TimeUnit.SECONDS);
            assertThat(out).hasSize(1_000).startsWith(0, 2, 4).endsWith(1_998);
        }
        List<Integer> nested = Batch.map(IntStream.range(0, 50).boxed().toList(),
                i -> Batch.map(IntStream.range(0, 50).boxed().toList(), j -> i * j).stream().mapToInt(x -> x).sum());
        assertThat(nested.get(3)).isEqualTo(3 * (49 * 50 / 2));
        assertThat(Collections.frequency(nested, 0)).isEqualTo(1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
