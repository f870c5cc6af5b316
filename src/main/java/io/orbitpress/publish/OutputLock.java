package io.orbitpress.publish;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build at a time per output folder: a lock file beside the folder ({@code .site.lock} for
 * {@code site/}) that holds the pid of the build writing it. The lock is the operating system's
 * lock on that file, which ends with the process that took it, so the lock of a build that was
 * killed is taken over by the next; the pid is there for the message a waiting build shows. The
 * holder deletes the file when it is done.
 *
 * <p>An operating-system lock belongs to a process, and closing any channel to the file drops
 * it, so builds in one process (threads, a server) first claim the file in {@link #HELD}: only
 * the claimant opens it.
 */
final class OutputLock implements AutoCloseable {

    /** Lock files this process holds or is taking, by real path; see the class comment. */
    private static final Map<Path, Object> HELD = new ConcurrentHashMap<>();

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    /** A second channel to the locked file, open until the lock is let go (see the class comment). */
    private final FileChannel check;
    private final FileLock lock;

    private OutputLock(Path file, Path key, FileChannel channel, FileChannel check, FileLock lock) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.check = check;
        this.lock = lock;
    }

    /**
     * Takes the lock {@code file} for the output folder {@code out}, waiting up to {@code wait}
     * while another build holds it.
     *
     * @throws BuildFailure naming the holder's pid and the lock file when it is still held
     */
    static OutputLock take(Path file, Path out, Duration wait) {
        Path key;
        try {
            key = file.toAbsolutePath().getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            throw cannotLock(file, out, e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        String token = ProcessHandle.current().pid() + "\n" + Long.toHexString(System.nanoTime()) + "\n";
        while (true) {
            long[] holder = {-1};
            try {
                OutputLock taken = tryTake(file, key, token, holder);
                if (taken != null) {
                    return taken;
                }
            } catch (IOException e) {
                throw cannotLock(file, out, e);
            }
            if (System.nanoTime() - deadline >= 0) {
                String who = holder[0] > 0 ? "the build of process " + holder[0] : "another build";
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, who + " is writing this output folder"
                        + " (it holds the lock file " + file + "); wait for it to finish and build again, or choose"
                        + " another --out"));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, "interrupted while waiting for the lock file "
                        + file));
            }
        }
    }

    /** Why the lock file {@code file} of {@code out} cannot be taken: a folder in its place, or {@code e}. */
    private static BuildFailure cannotLock(Path file, Path out, IOException e) {
        if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new BuildFailure(Diagnostic.error(out.toString(), 0, 0, file + " is a folder, where the build keeps"
                    + " the output folder's lock file; remove it, or choose another --out"));
        }
        return new BuildFailure(Diagnostic.error(out.toString(), 0, 0, "cannot lock the output folder with "
                + file + ": " + e.getMessage() + "; choose another --out"));
    }

    /**
     * The lock, or null while another build holds it; then {@code holder[0]} is its pid, or -1.
     * Only the thread that claimed the file in {@link #HELD} opens it, and a channel to the file
     * whose lock this process holds stays open until the lock is let go (see the class comment).
     */
    private static OutputLock tryTake(Path file, Path key, String token, long[] holder) throws IOException {
        holder[0] = -1;
        if (HELD.putIfAbsent(key, Boolean.TRUE) != null) {
            holder[0] = ProcessHandle.current().pid();
            return null;
        }
        FileChannel channel = null;
        FileChannel check = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                holder[0] = pid(read(channel));
                channel.close();
                HELD.remove(key);
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            // a holder deletes the file before it lets go: the lock may be on a file no longer there,
            // or the name may lead to a newer file that another build has locked
            try {
                check = FileChannel.open(file, StandardOpenOption.READ);
            } catch (NoSuchFileException gone) {
                channel.close();
                HELD.remove(key);
                return null;
            }
            if (!token.equals(read(check))) {
                check.close(); // another file: this process holds no lock on it
                channel.close();
                HELD.remove(key);
                return null;
            }
            return new OutputLock(file, key, channel, check, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(check);
            closeQuietly(channel);
            HELD.remove(key);
            if (e instanceof OverlappingFileLockException) {
                return null;
            }
            throw e;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(256);
        while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
            // read up to 256 bytes: a pid and a token
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    /** The pid on the first line of a lock file, or -1. */
    private static long pid(String text) {
        try {
            return Long.parseLong(text.lines().findFirst().orElse("").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to let go
            }
        }
    }

    Path file() {
        return file;
    }

    /** Deletes the lock file, then lets go of the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next build takes the lock over: no process holds it
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing drops the lock in any case
        } finally {
            closeQuietly(check);
            closeQuietly(channel);
            HELD.remove(key);
        }
    }
}
