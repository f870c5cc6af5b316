package io.orbitpress.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall time of each named pipeline step, in the order they ran. */
public final class Timings {

    private final Map<String, Long> nanos = Collections.synchronizedMap(new LinkedHashMap<>());

    public <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }
    }

    /** Milliseconds per step. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        }
        return out;
    }
}
