package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's file in the cache folder: the results of persisted steps, the stamps and
 * fingerprints of the files read. The file begins with what made it (the tool's fingerprint:
 * the code and the JVM) and ends with a fingerprint of its contents; a file of another tool is
 * not used, one that is damaged or foreign is not used and said so once.
 *
 * <p>Entries are decoded when a build asks for them, and an entry the next build still uses is
 * written back as the bytes it was read as.
 */
final class DiskCache {

    static final String FILE = "session.bin";
    private static final byte[] MAGIC = "ORBITPRESS-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;

    private final Path folder;
    private final String display;
    private final Fingerprint tool;
    private boolean loaded;
    private byte[] bytes = new byte[0];
    /** Where each entry's bytes are in {@link #bytes}: {from, to}. */
    private final Map<String, Map<Fingerprint, int[]>> index = new HashMap<>();
    private final Map<java.nio.file.Path, Session.Known> stamps = new HashMap<>();
    /** Per step, the codec of its entries in this process (for writing them), and the entries read from the file. */
    private final Map<String, Codec<?>> codecs = new ConcurrentHashMap<>();
    private final Map<Object, int[]> decoded = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    DiskCache(Path folder, String display, Fingerprint tool) {
        this.folder = folder;
        this.display = display;
        this.tool = tool;
    }

    boolean loaded() {
        return loaded;
    }

    /** Reads the file; a problem worth telling is returned (and the session starts empty). */
    Optional<Diagnostic> load() {
        loaded = true;
        Path file = folder.resolve(FILE);
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(warning("cannot read the cache (" + e.getMessage() + "); building without it"));
        }
        if (b.length < MAGIC.length + 16 || !Arrays.equals(b, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.of(warning("this is not an Orbitpress cache file; building without it, and replacing it"));
        }
        Fingerprint sum = Fingerprint.of(Arrays.copyOf(b, b.length - 16));
        Decoder tail = new Decoder(b, b.length - 16, b.length);
        if (!tail.readFingerprint().equals(sum)) {
            return Optional.of(warning("the cache file is damaged (cut short or changed); building without it,"
                    + " and replacing it"));
        }
        try {
            Decoder in = new Decoder(b, MAGIC.length, b.length - 16);
            if (in.readInt() != FORMAT || !in.readFingerprint().equals(tool)) {
                return Optional.empty(); // made by another version of Orbitpress or another JVM: not used, silently
            }
            int steps = in.readCount();
            for (int s = 0; s < steps; s++) {
                String step = in.readString();
                int n = in.readCount();
                Map<Fingerprint, int[]> entries = new HashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    Fingerprint key = in.readFingerprint();
                    int length = in.readCount();
                    int from = in.position();
                    in.skip(length);
                    entries.put(key, new int[] {from, from + length});
                }
                index.put(step, entries);
            }
            int files = in.readCount();
            for (int i = 0; i < files; i++) {
                Path p = Path.of(in.readString());
                Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readString());
                String path = in.readString();
                Fingerprint f = in.readFingerprint();
                stamps.put(p, new Session.Known(stamp, path, f, null));
            }
            in.finish();
        } catch (Decoder.Corrupt | java.nio.file.InvalidPathException e) {
            index.clear();
            stamps.clear();
            return Optional.of(warning("the cache file cannot be read (" + e.getMessage()
                    + "); building without it, and replacing it"));
        }
        bytes = b;
        return Optional.empty();
    }

    Map<Path, Session.Known> stamps() {
        return stamps;
    }

    /** Tells how entries of {@code step} are written (the codec of the current build). */
    void codec(String step, Codec<?> codec) {
        codecs.put(step, codec);
    }

    /** The entry of {@code step} under {@code key}, decoded; null when there is none or it cannot be decoded. */
    <V> V read(String step, Fingerprint key, Codec<V> codec) {
        Map<Fingerprint, int[]> entries = index.get(step);
        int[] at = entries == null ? null : entries.get(key);
        if (at == null) {
            return null;
        }
        try {
            Decoder in = new Decoder(bytes, at[0], at[1]);
            V v = codec.read(in);
            in.finish();
            if (v != null) {
                decoded.put(v, at);
            }
            return v;
        } catch (RuntimeException e) {
            return null; // written by a codec that no longer matches (or damaged): made again
        }
    }

    /** Writes what the build used; a problem is returned (the build itself succeeded). */
    Optional<Diagnostic> save(Map<?, Object> results, Map<Path, Session.Known> reads) {
        Encoder out = new Encoder();
        out.writeRaw(MAGIC);
        out.writeInt(FORMAT);
        out.writeFingerprint(tool);
        Map<String, List<Map.Entry<Fingerprint, Object>>> bySteps = new java.util.TreeMap<>();
        for (Map.Entry<?, Object> e : results.entrySet()) {
            StepKey slot = StepKey.of(e.getKey());
            if (codecs.containsKey(slot.step())) {
                bySteps.computeIfAbsent(slot.step(), k -> new java.util.ArrayList<>()).add(Map.entry(slot.key(), e.getValue()));
            }
        }
        out.writeInt(bySteps.size());
        Encoder one = new Encoder();
        for (Map.Entry<String, List<Map.Entry<Fingerprint, Object>>> step : bySteps.entrySet()) {
            @SuppressWarnings("unchecked")
            Codec<Object> codec = (Codec<Object>) codecs.get(step.getKey());
            out.writeString(step.getKey());
            out.writeInt(step.getValue().size());
            for (Map.Entry<Fingerprint, Object> e : step.getValue()) {
                out.writeFingerprint(e.getKey());
                int[] raw = decoded.get(e.getValue());
                if (raw != null) {
                    out.writeInt(raw[1] - raw[0]);
                    out.writeRaw(bytes, raw[0], raw[1] - raw[0]);
                } else {
                    one.reset();
                    codec.write(one, e.getValue());
                    out.writeInt(one.size());
                    out.writeRaw(one.bytes(), 0, one.size());
                }
            }
        }
        out.writeInt(reads.size());
        for (Map.Entry<Path, Session.Known> e : reads.entrySet()) {
            Session.Known k = e.getValue();
            out.writeString(e.getKey().toString());
            out.writeLong(k.stamp().modifiedNanos());
            out.writeLong(k.stamp().size());
            out.writeString(k.stamp().fileKey());
            out.writeString(k.path());
            out.writeFingerprint(k.fingerprint());
        }
        out.writeFingerprint(new Hasher().put(out.bytes(), 0, out.size()).finish());
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# made by Orbitpress: the build cache, not for version control\n*\n");
            }
            Path tag = folder.resolve("CACHEDIR.TAG");
            if (!Files.exists(tag)) {
                Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                        + "# This folder is Orbitpress's build cache: backups may skip it.\n");
            }
            Path temp = folder.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
            Files.write(temp, Arrays.copyOf(out.bytes(), out.size()));
            try {
                Files.move(temp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(warning("cannot write the cache (" + e.getMessage()
                    + "); the site was built, the next build will be slower"));
        }
    }

    private Diagnostic warning(String message) {
        return Diagnostic.warning(display + "/" + FILE, 0, 0, message);
    }

    static void diagnostic(Encoder out, Diagnostic d) {
        out.writeString(d.path()).writeInt(d.line()).writeInt(d.column()).writeBoolean(d.isError())
                .writeString(d.message());
    }

    static Diagnostic diagnostic(Decoder in) {
        String path = in.readString();
        int line = in.readInt();
        int column = in.readInt();
        Severity s = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
        return new Diagnostic(path, line, column, s, in.readString());
    }

    /** A slot of the session's results, as the session keys them. */
    record StepKey(String step, Fingerprint key) {
        static StepKey of(Object slot) {
            return (StepKey) slot;
        }
    }
}
