package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fingerprints of values: texts, numbers, dates, lists, maps and records (by their components,
 * recursively). A record is an immutable value, so its fingerprint is remembered by identity:
 * a list of ten thousand articles shown by many pages is read once per build, and a record kept
 * from the last build (an article nobody edited) is not read again at all. The result of a
 * remembered step is known by the fingerprint of its key ({@link #known}), without reading it.
 *
 * <p>Maps and sets without an order of their own ({@code Map.of}, {@code HashMap}) are hashed
 * in an order-free way, so that a fingerprint is the same in every JVM; lists, sorted and
 * linked maps in their order.
 */
final class Fingerprints {

    /** A record class's accessors, and the fingerprint of its name (hashed once, not at every record). */
    private record Shape(Fingerprint name, MethodHandle[] components) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(new Hasher().put(type.getName()).finish(), handles(type));
        }
    };

    /**
     * Fingerprints of values by identity: of those known or read in the current build (guarded by
     * this object: render threads share it), and of those of the last build (not changed while a
     * build runs, so read without a lock). A value of the last build that this one uses is known
     * again by the step that made it, or read again once: {@link #begin} forgets the others.
     */
    private Map<Object, Fingerprint> now = new IdentityHashMap<>();
    private volatile Map<Object, Fingerprint> last = new IdentityHashMap<>();

    /** Starts a build: what the last build did not use is forgotten at the next {@link #begin}. */
    synchronized void begin() {
        last = now; // no longer written: read without a lock from now on
        now = new IdentityHashMap<>(Math.max(1 << 12, last.size()));
    }

    /** Tells that {@code value} is what a step made from a key of fingerprint {@code f}. */
    synchronized void known(Object value, Fingerprint f) {
        now.put(value, f);
    }

    private Fingerprint cached(Object value) {
        Fingerprint f = last.get(value);
        if (f != null) {
            return f;
        }
        synchronized (this) {
            return now.get(value);
        }
    }

    Fingerprint of(Object value) {
        Hasher h = new Hasher();
        put(h, value);
        return h.finish();
    }

    void put(Hasher h, Object v) {
        if (v == null) {
            h.tag(10);
        } else if (v instanceof String s) {
            h.put(s);
        } else if (v instanceof Record r && !(v instanceof Fingerprint)) {
            // the commonest values first: records and lists (each test of an interface costs)
            h.put(record(r));
        } else if (v instanceof List<?> list) {
            h.tag(15).put(list.size());
            for (Object x : list) {
                put(h, x);
            }
        } else if (v instanceof Fingerprint f) {
            h.put(f);
        } else if (v instanceof Boolean b) {
            h.put(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            h.put(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            h.tag(11).put(Double.doubleToLongBits(((Number) v).doubleValue()));
        } else if (v instanceof Character c) {
            h.tag(12).put(c);
        } else if (v instanceof Enum<?> e) {
            h.tag(13).put(e.getDeclaringClass().getName()).put(e.name());
        } else if (v instanceof BigDecimal || v instanceof BigInteger || v instanceof TemporalAccessor
                || v instanceof java.time.ZoneId || v instanceof java.time.Duration || v instanceof Path
                || v instanceof java.util.regex.Pattern || v instanceof java.util.Locale) {
            h.tag(14).put(v.getClass().getName()).put(v.toString());
        } else if (v instanceof Map<?, ?> map) {
            map(h, map);
        } else if (v instanceof Collection<?> set) {
            set(h, set);
        } else if (v instanceof Optional<?> o) {
            h.tag(16);
            put(h, o.orElse(null));
        } else if (v instanceof Object[] array) {
            put(h, java.util.Arrays.asList(array));
        } else if (v instanceof int[] ints) {
            h.tag(17).put(ints.length);
            for (int i : ints) {
                h.put(i);
            }
        } else if (v instanceof byte[] bytes) {
            h.put(bytes, 0, bytes.length);
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + v.getClass().getName()
                    + ": step keys are made of records, collections, texts, numbers and dates");
        }
    }

    private Fingerprint record(Record r) {
        Fingerprint f = cached(r);
        if (f != null) {
            return f;
        }
        Shape shape = SHAPES.get(r.getClass());
        Hasher h = new Hasher().tag(20).put(shape.name());
        try {
            for (MethodHandle component : shape.components()) {
                put(h, (Object) component.invokeExact((Object) r));
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        f = h.finish();
        known(r, f);
        return f;
    }

    private static MethodHandle[] handles(Class<?> t) {
        {
            RecordComponent[] parts = t.getRecordComponents();
            MethodHandle[] out = new MethodHandle[parts.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < parts.length; i++) {
                try {
                    java.lang.reflect.Method m = parts[i].getAccessor();
                    m.setAccessible(true);
                    out[i] = MethodHandles.lookup().unreflect(m).asType(
                            java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + t.getName() + "." + parts[i].getName(), e);
                }
            }
            return out;
        }
    }

    private void map(Hasher h, Map<?, ?> map) {
        boolean ordered = !unordered(map);
        h.tag(ordered ? 21 : 22).put(map.size());
        if (ordered) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                put(h, e.getKey());
                put(h, e.getValue());
            }
            return;
        }
        long high = 0;
        long low = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Hasher entry = new Hasher();
            put(entry, e.getKey());
            put(entry, e.getValue());
            Fingerprint f = entry.finish();
            high += f.high();
            low += f.low();
        }
        h.put(new Fingerprint(high, low));
    }

    private void set(Hasher h, Collection<?> set) {
        boolean ordered = !unordered(set);
        h.tag(ordered ? 23 : 24).put(set.size());
        if (ordered) {
            for (Object x : set) {
                put(h, x);
            }
            return;
        }
        long high = 0;
        long low = 0;
        for (Object x : set) {
            Hasher one = new Hasher();
            put(one, x);
            Fingerprint f = one.finish();
            high += f.high();
            low += f.low();
        }
        h.put(new Fingerprint(high, low));
    }

    /**
     * Whether iterating {@code c} gives an order that may differ from one JVM to the next: that
     * of {@code Map.of}, {@code Map.copyOf}, {@code Set.of} (salted per JVM). Their contents are
     * hashed in an order-free way. Every other collection is hashed in its order: when that
     * order means nothing, two equal values may get two fingerprints, which costs a result made
     * again, never a wrong one.
     */
    private static boolean unordered(Object c) {
        return c.getClass().getName().startsWith("java.util.ImmutableCollections$")
                && !(c instanceof List);
    }
}
