package io.orbitpress.session;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.hash.Fingerprint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * A session's files in the cache folder. {@code entries.bin} holds the results of persisted
 * steps, one after another; a build appends the results it made and leaves the others where
 * they are, so a build after a small edit writes little. {@code index.bin} says where each
 * result is (by step and key, with a checksum of its bytes) and holds the stamps and
 * fingerprints of the files read. When most of the entries file is results no longer used,
 * it is written anew with only the used ones. A result may keep large parts of itself as entries
 * that no index line names ({@link Encoder#writePart}): a later result holding the same part
 * (the same object, read back) names where it lies instead of writing it again.
 *
 * <p>Both files begin with what made them (the tool's fingerprint: the code and the JVM); files
 * of another tool are not used. A damaged or foreign file is not used, and said so once. The
 * index is replaced by a rename, after the entries it names are written, so a build killed
 * while saving leaves the last index, whose entries are still where it says.
 */
final class DiskCache {

    static final String ENTRIES = "entries.bin";
    static final String INDEX = "index.bin";
    private static final String TAG = "CACHEDIR.TAG";
    private static final String IGNORE = ".gitignore";
    private static final String IGNORE_TEXT = "# made by Orbitpress: the build cache, not for version control\n*\n";

    /**
     * Whether {@code folder} holds files and none of a cache folder's (a half-made one has its
     * {@code .gitignore} alone): a folder of other files, not to be written into.
     */
    static boolean holdsOtherFiles(Path folder) {
        if (!Files.isDirectory(folder) || Files.exists(folder.resolve(INDEX)) || Files.exists(folder.resolve(ENTRIES))
                || Files.exists(folder.resolve(TAG))) {
            return false;
        }
        try {
            Path ignore = folder.resolve(IGNORE);
            if (Files.isRegularFile(ignore) && Files.readString(ignore).startsWith(IGNORE_TEXT.substring(0,
                    IGNORE_TEXT.indexOf('\n')))) {
                return false;
            }
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                return files.findAny().isPresent();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // not readable: the cache's own warning says so, and the build runs cold
        }
    }
    private static final byte[] MAGIC = "ORBITPRESS-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 4;
    /** The entries file is written anew when its unused bytes pass both its used ones and this. */
    private static final long COMPACT_AFTER = 16 << 20;
    /** Each thread's buffer for the bytes of the entry it decodes ({@link #borrow}); a larger entry gets its own. */
    private static final ThreadLocal<byte[]> BUFFER = new ThreadLocal<>();
    private static final int BUFFER_MAX = 1 << 20;

    /** Where an entry's bytes are in the entries file, and their checksum. */
    record Place(long offset, int length, int crc) {
    }

    /** An entry read from the entries file, and where it lies. */
    record Found<V>(V value, Place place) {
    }

    /** A slot of the session's results, as the session keys them. */
    record StepKey(String step, Fingerprint key) {
        // as the record's own, without its method-handle chain (see Fingerprint#hashCode)
        @Override
        public boolean equals(Object o) {
            return o instanceof StepKey k && k.key.equals(key) && k.step.equals(step);
        }

        @Override
        public int hashCode() {
            return 31 * step.hashCode() + key.hashCode();
        }
    }

    private final Path folder;
    private final String display;
    private final Fingerprint tool;
    private boolean loaded;
    /** The entries file as mapped at load, its name for this cache (changed when written anew), and its length then. */
    private ByteBuffer entries;
    /** Whether an entry's bytes were found changed since written (see {@link #damage}). */
    private volatile boolean damaged;
    private long entriesId;
    private long entriesLength;
    private Map<StepKey, Place> index = new HashMap<>();
    /** The index a save in this process wrote, taken up by the next build here ({@link #settle}). */
    private Map<StepKey, Place> saved;
    private final Map<Path, Session.Known> stamps = new HashMap<>();
    /** Per step, the codec of its entries in this process (for writing them). */
    private final Map<String, Codec<?>> codecs = new ConcurrentHashMap<>();
    /**
     * The parts ({@link Encoder#writePart}) read from the entries file or written to it as it is
     * now, and where they lie: a value written later names a part found here instead of writing it.
     */
    private Map<Object, Place> parts = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    DiskCache(Path folder, String display, Fingerprint tool) {
        this.folder = folder;
        this.display = display;
        this.tool = tool;
    }

    /** Whether the cache path is a file, or holds a folder in place of a file of the cache: not read, nor written. */
    private boolean leftAlone;

    boolean loaded() {
        return loaded;
    }

    /** Whether the cache folder held the files of another version of Orbitpress, or of another JVM. */
    private boolean otherTool;

    boolean otherTool() {
        return otherTool;
    }

    /** Whether the cache folder held results this tool can use when it was read (none when it was damaged). */
    private boolean heldResults;

    boolean heldResults() {
        return heldResults;
    }

    /** Reads the index and maps the entries; a problem worth telling is returned (and the session starts empty). */
    Optional<Diagnostic> load() {
        loaded = true;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            // not written over either: a file restored or committed by mistake may be someone's
            leftAlone = true;
            return Optional.of(Diagnostic.warning(display, 0, 0, "the cache path is a file, not a folder; building"
                    + " without the cache (remove the file, or give the cache another folder with --cache)"));
        }
        for (String name : List.of(INDEX, ENTRIES, "lock")) {
            if (Files.isDirectory(folder.resolve(name))) {
                // the cache's file cannot be put in its place: said once, not at every save that fails
                leftAlone = true;
                return Optional.of(warning(name, "this is a folder where the cache keeps a file; building without the"
                        + " cache, and leaving the folder as it is (remove " + display + " to start the cache anew)"));
            }
        }
        byte[] b;
        try {
            b = Files.readAllBytes(folder.resolve(INDEX));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(warning(INDEX, "cannot read the cache (" + why(e) + "); building without it"));
        }
        if (b.length < MAGIC.length + 4 || !Arrays.equals(b, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.of(warning(INDEX, "this is not an Orbitpress cache file; building without it, and"
                    + " replacing it"));
        }
        CRC32C crc = new CRC32C();
        crc.update(b, 0, b.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(b, b.length - 4, 4).getInt()) {
            return Optional.of(warning(INDEX, "the cache file is damaged (cut short or changed); building without"
                    + " it, and replacing it"));
        }
        try {
            Decoder in = new Decoder(b, MAGIC.length, b.length - 4);
            if (in.readInt() != FORMAT || !in.readFingerprint().equals(tool)) {
                // made by another version of Orbitpress or another JVM: not used, no problem (the
                // build's summary says why it made everything)
                otherTool = true;
                return Optional.empty();
            }
            long id = in.readLong();
            long length = in.readLong();
            Optional<Diagnostic> problem = mapEntries(id, length);
            if (problem.isPresent()) {
                return problem;
            }
            int steps = in.readCount();
            for (int s = 0; s < steps; s++) {
                String step = in.readString();
                int n = in.readCount();
                for (int i = 0; i < n; i++) {
                    Fingerprint key = in.readFingerprint();
                    Place p = new Place(in.readLong(), in.readInt(), in.readInt());
                    if (p.offset() < 0 || p.length() < 0 || p.offset() + p.length() > length) {
                        throw new Decoder.Corrupt("an entry lies outside the entries file");
                    }
                    index.put(new StepKey(step, key), p);
                }
            }
            int files = in.readCount();
            for (int i = 0; i < files; i++) {
                Path p = Path.of(in.readString());
                Stamp stamp = new Stamp(in.readLong(), in.readLong(), in.readInt());
                String path = in.readString();
                stamps.put(p, new Session.Known(stamp, path, in.readFingerprint(), null));
            }
            in.finish();
        } catch (Decoder.Corrupt | java.nio.file.InvalidPathException e) {
            index.clear();
            stamps.clear();
            entries = null;
            return Optional.of(warning(INDEX, "the cache file cannot be read (" + e.getMessage()
                    + "); building without it, and replacing it"));
        }
        heldResults = !index.isEmpty();
        return Optional.empty();
    }

    private Optional<Diagnostic> mapEntries(long id, long length) {
        try (FileChannel ch = FileChannel.open(folder.resolve(ENTRIES), StandardOpenOption.READ)) {
            long size = ch.size();
            int head = MAGIC.length + 16 + 8;
            if (size < length || length < head) {
                return Optional.of(warning(ENTRIES, "the cache file is damaged (cut short or replaced); building"
                        + " without it, and replacing it"));
            }
            if (length > Integer.MAX_VALUE) {
                return Optional.of(warning(ENTRIES, "the cache file is too large to read; building without it"));
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, length);
            byte[] start = new byte[head];
            map.get(0, start);
            Decoder in = new Decoder(start, MAGIC.length, head);
            if (!Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length) || !in.readFingerprint().equals(tool)
                    || readFixedLong(start, MAGIC.length + 16) != id) {
                return Optional.of(warning(ENTRIES, "the cache's files do not belong together; building without"
                        + " them, and replacing them"));
            }
            entries = map;
            entriesId = id;
            entriesLength = length;
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(warning(ENTRIES, "the cache has an index but no entries; building without it"));
        } catch (IOException e) {
            return Optional.of(warning(ENTRIES, "cannot read the cache (" + why(e) + "); building without it"));
        }
    }

    private static long readFixedLong(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 8).getLong();
    }

    Map<Path, Session.Known> stamps() {
        return stamps;
    }

    /** Tells how entries of {@code step} are written (the codec of the current build). */
    void codec(String step, Codec<?> codec) {
        codecs.put(step, codec);
    }

    /** The entry of {@code step} under {@code key}, decoded; null when there is none or it cannot be decoded. */
    <V> Found<V> read(String step, Fingerprint key, Codec<V> codec) {
        Place at = index.get(new StepKey(step, key));
        if (at == null || entries == null) {
            return null;
        }
        byte[] b = null;
        try {
            // checked where it lies, then copied into this thread's buffer: the decoder copies
            // every value out of it, so a warm build does not allocate its entries twice
            if (!checkSum(entries, at)) {
                damaged = true;
                return null; // made again
            }
            b = borrow(at.length());
            entries.get((int) at.offset(), b, 0, at.length());
            V v = decode(b, at.length(), codec);
            return v == null ? null : new Found<>(v, at);
        } catch (RuntimeException e) {
            return null; // written by a codec that no longer matches (or damaged): made again
        } finally {
            giveBack(b);
        }
    }

    /** The value an entry's first {@code length} bytes in {@code b} hold, every byte read; its parts read from where they lie. */
    private <T> T decode(byte[] b, int length, Codec<T> codec) {
        Decoder in = new Decoder(b, 0, length, this::readPart);
        T v = codec.read(in);
        in.finish();
        return v;
    }

    /** Whether the entry at {@code at} has the bytes that were written. */
    private static boolean checkSum(ByteBuffer entries, Place at) {
        CRC32C crc = new CRC32C();
        crc.update(entries.slice((int) at.offset(), at.length()));
        return (int) crc.getValue() == at.crc();
    }

    /**
     * The warning, once, that entries were found damaged (their bytes changed since written): they
     * were made again, as in a cold build, and the cache is written without them.
     */
    Optional<Diagnostic> damage() {
        if (!damaged) {
            return Optional.empty();
        }
        damaged = false;
        return Optional.of(warning(ENTRIES, "some of the cache's entries are damaged (their bytes changed since they"
                + " were written); what they held was made again, and they are replaced"));
    }

    /** A part of the entry being read, from where it lies; known by its place from now on. */
    private <T> T readPart(Place at, Codec<T> codec) {
        ByteBuffer from = entries;
        if (from == null || at.offset() < 0 || at.length() < 0 || at.offset() + at.length() > entriesLength) {
            throw new Decoder.Corrupt("a part lies outside the entries file");
        }
        if (!checkSum(from, at)) {
            damaged = true;
            throw new Decoder.Corrupt("a part's bytes are not those written"); // the entry that names it is made again
        }
        byte[] b = new byte[at.length()]; // the thread's buffer holds the entry that names it
        from.get((int) at.offset(), b);
        T v = decode(b, b.length, codec);
        if (v == null) {
            throw new Decoder.Corrupt("a part read as nothing");
        }
        parts.put(v, at);
        return v;
    }

    /**
     * A buffer of at least {@code length} bytes, taken from the thread while it is used (a codec
     * that reads another entry meanwhile gets one of its own).
     */
    private static byte[] borrow(int length) {
        byte[] b = BUFFER.get();
        if (b == null || b.length < length) {
            return new byte[length <= BUFFER_MAX ? Math.max(length, 64 << 10) : length];
        }
        BUFFER.set(null);
        return b;
    }

    private static void giveBack(byte[] b) {
        if (b != null && b.length <= BUFFER_MAX) {
            BUFFER.set(b);
        }
    }

    /**
     * Writes what the build used: the results it made are appended to the entries file (or the
     * file is written anew with only the used results, when most of it is unused), then the index
     * is replaced. A problem is returned (the build itself succeeded).
     */
    Optional<Diagnostic> save(Map<StepKey, Session.Entry> results, Map<Path, Session.Known> reads) {
        if (leftAlone) {
            return Optional.empty(); // said at load
        }
        settle();
        try {
            Files.createDirectories(folder);
            markFolder();
            try (FileChannel lockFile = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                List<Moved> moved = new ArrayList<>();
                Map<Object, Place> partsNow = new java.util.IdentityHashMap<>();
                Map<StepKey, Place> places = writeEntries(results, moved, partsNow);
                writeIndex(places, reads);
                // only now that the index names them: a result whose place is known is not written again
                moved.forEach(m -> m.entry().place = m.place());
                parts = java.util.Collections.synchronizedMap(partsNow);
                saved = places;
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // the entries file may be another one now, or longer: no place known before is trusted
            entries = null;
            saved = null;
            parts = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
            return Optional.of(warning(INDEX, "cannot write the cache (" + why(e)
                    + "); the site was built, the next build will be slower"));
        }
    }

    /**
     * Makes this cache what its files now say, for a later build in the same process: the index
     * the last save wrote, and the entries file as it is now (another file after a write anew).
     * Done when that build begins, so that a build whose process ends after it does not pay for it.
     */
    void settle() {
        if (saved == null) {
            return;
        }
        entries = null;
        mapEntries(entriesId, entriesLength); // as at load; a problem leaves no entries: values are made again
        index = saved;
        saved = null;
    }

    private void markFolder() throws IOException {
        Path ignore = folder.resolve(IGNORE);
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, IGNORE_TEXT);
        }
        Path tag = folder.resolve(TAG);
        if (!Files.exists(tag)) {
            Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n"
                    + "# This folder is Orbitpress's build cache: backups may skip it.\n");
        }
    }

    /** A result written to a new place. */
    private record Moved(Session.Entry entry, Place place) {
    }

    /**
     * Where each result to keep is in the entries file once written; its new results appended, or
     * the file written anew. The results written to a new place are added to {@code moved}, the
     * parts the new results name (written now or kept) to {@code partsNow}.
     */
    private Map<StepKey, Place> writeEntries(Map<StepKey, Session.Entry> results, List<Moved> moved,
            Map<Object, Place> partsNow) throws IOException {
        Map<StepKey, Place> places = new HashMap<>(results.size() * 2);
        List<Map.Entry<StepKey, Session.Entry>> kept = new ArrayList<>();
        List<Map.Entry<StepKey, Session.Entry>> fresh = new ArrayList<>();
        long used = 0;
        for (Map.Entry<StepKey, Session.Entry> e : results.entrySet()) {
            if (!codecs.containsKey(e.getKey().step())) {
                continue;
            }
            Place from = e.getValue().place;
            if (from != null && entries != null && from.offset() + from.length() <= entriesLength) {
                places.put(e.getKey(), from);
                kept.add(e);
                used += from.length();
            } else {
                fresh.add(e);
            }
        }
        synchronized (parts) {
            for (Place p : parts.values()) {
                used += p.length(); // the parts read or written: most are named by a result kept
            }
        }
        Path file = folder.resolve(ENTRIES);
        boolean anew = entries == null || !Files.isRegularFile(file)
                || entriesLength - used > Math.max(used, COMPACT_AFTER);
        if (anew) {
            // a value naming parts names them where they lie now: written again with its parts, not copied
            for (java.util.Iterator<Map.Entry<StepKey, Session.Entry>> it = kept.iterator(); it.hasNext();) {
                Map.Entry<StepKey, Session.Entry> e = it.next();
                if (codecs.get(e.getKey().step()).writesParts()) {
                    it.remove();
                    places.remove(e.getKey());
                    fresh.add(e);
                }
            }
        }
        Map<Object, Place> known = anew ? Map.of() : parts;
        Path temp = folder.resolve(ENTRIES + ".tmp-" + ProcessHandle.current().pid());
        long base = anew ? 0 : entriesLength;
        long id = anew ? System.nanoTime() ^ ((long) ProcessHandle.current().pid() << 32) : entriesId;
        long length = -1;
        // written as made, never whole in memory: the entries of a large site are over 100 MB
        try (FileChannel ch = anew ? FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE) : FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (!anew) {
                // past what the index names: a killed build's appends are overwritten
                ch.truncate(entriesLength);
                ch.position(entriesLength);
            }
            Sink out = new Sink(ch, base);
            if (anew) {
                Encoder head = new Encoder();
                head.writeRaw(MAGIC);
                head.writeFingerprint(tool);
                head.writeRaw(ByteBuffer.allocate(8).putLong(id).array());
                out.write(head.bytes(), 0, head.size());
                for (Map.Entry<StepKey, Session.Entry> e : kept) {
                    Place from = e.getValue().place;
                    byte[] b = new byte[from.length()];
                    entries.get((int) from.offset(), b);
                    Place to = out.append(b, 0, b.length, from.crc());
                    places.put(e.getKey(), to);
                    moved.add(new Moved(e.getValue(), to));
                }
            }
            Encoder.Parts partWriter = new Encoder.Parts() {
                @Override
                public Place write(Object part, Codec<Object> codec) {
                    Place at = partsNow.get(part);
                    if (at == null) {
                        at = known.get(part);
                    }
                    if (at == null) {
                        Encoder e = new Encoder(this);
                        codec.write(e, part);
                        try {
                            at = out.append(e);
                        } catch (IOException io) {
                            throw new java.io.UncheckedIOException(io);
                        }
                    }
                    partsNow.put(part, at);
                    return at;
                }
            };
            Encoder one = new Encoder(partWriter);
            for (Map.Entry<StepKey, Session.Entry> e : fresh) {
                @SuppressWarnings("unchecked")
                Codec<Object> codec = (Codec<Object>) codecs.get(e.getKey().step());
                one.reset();
                try {
                    codec.write(one, e.getValue().value);
                } catch (IllegalArgumentException unwritable) {
                    continue; // a value the codec cannot write is made again next time
                }
                Place to = out.append(one);
                places.put(e.getKey(), to);
                moved.add(new Moved(e.getValue(), to));
            }
            out.flush();
            length = out.end();
        } finally {
            if (anew && length < 0) {
                Files.deleteIfExists(temp);
            }
        }
        if (anew) {
            move(temp, file);
            entriesId = id;
        }
        // the length the file has now: taken only once it is in place
        entriesLength = length;
        return places;
    }

    /** The entries file from {@code base} on, through a buffer: where each entry goes. */
    private static final class Sink {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private long end;

        Sink(FileChannel channel, long base) {
            this.channel = channel;
            this.end = base;
        }

        /** Writes what {@code e} holds as an entry, with its checksum; where it is. */
        Place append(Encoder e) throws IOException {
            CRC32C crc = new CRC32C();
            crc.update(e.bytes(), 0, e.size());
            return append(e.bytes(), 0, e.size(), (int) crc.getValue());
        }

        /** Writes an entry's bytes; where they are. */
        Place append(byte[] b, int from, int length, int crc) throws IOException {
            long offset = end;
            write(b, from, length);
            return new Place(offset, length, crc);
        }

        void write(byte[] b, int from, int length) throws IOException {
            end += length;
            while (length > 0) {
                if (!buffer.hasRemaining()) {
                    flush();
                }
                int n = Math.min(length, buffer.remaining());
                buffer.put(b, from, n);
                from += n;
                length -= n;
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        /** The length of the file once flushed. */
        long end() {
            return end;
        }
    }

    private void writeIndex(Map<StepKey, Place> places, Map<Path, Session.Known> reads) throws IOException {
        Encoder out = new Encoder();
        out.writeRaw(MAGIC);
        out.writeInt(FORMAT);
        out.writeFingerprint(tool);
        out.writeLong(entriesId);
        out.writeLong(entriesLength);
        Map<String, List<Map.Entry<StepKey, Place>>> bySteps = new java.util.TreeMap<>();
        places.entrySet().forEach(e -> bySteps.computeIfAbsent(e.getKey().step(), k -> new ArrayList<>()).add(e));
        out.writeInt(bySteps.size());
        for (Map.Entry<String, List<Map.Entry<StepKey, Place>>> step : bySteps.entrySet()) {
            out.writeString(step.getKey());
            out.writeInt(step.getValue().size());
            for (Map.Entry<StepKey, Place> e : step.getValue()) {
                out.writeFingerprint(e.getKey().key());
                out.writeLong(e.getValue().offset()).writeInt(e.getValue().length()).writeInt(e.getValue().crc());
            }
        }
        out.writeInt(reads.size());
        for (Map.Entry<Path, Session.Known> e : reads.entrySet()) {
            Session.Known k = e.getValue();
            out.writeString(e.getKey().toString());
            out.writeLong(k.stamp().modifiedNanos());
            out.writeLong(k.stamp().size());
            out.writeInt(k.stamp().fileKey());
            out.writeString(k.path());
            out.writeFingerprint(k.fingerprint());
        }
        CRC32C crc = new CRC32C();
        crc.update(out.bytes(), 0, out.size());
        out.writeRaw(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        Path temp = folder.resolve(INDEX + ".tmp-" + ProcessHandle.current().pid());
        try (java.io.OutputStream file = Files.newOutputStream(temp)) {
            file.write(out.bytes(), 0, out.size());
        }
        move(temp, folder.resolve(INDEX));
    }

    /** Puts a written file in place; when it cannot be, the written file is not left behind. */
    private static void move(Path from, Path to) throws IOException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(from);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
    }

    /**
     * What went wrong, in words: Java's message of a refused file is its path alone, which does
     * not say that the user who builds may not read or write it.
     */
    static String why(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile() + "; let the user who builds read and write the cache folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && "Read-only file system".equals(f.getReason())) {
            return e.getMessage() + "; give the cache a folder that can be written with --cache DIR";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return e.getClass().getSimpleName().replace("Exception", "") + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private Diagnostic warning(String file, String message) {
        return Diagnostic.warning(display + "/" + file, 0, 0, message);
    }
}
