package io.orbitpress.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * A process that holds the lock of an output folder until its standard input closes:
 * {@code LockHolder OUT SITE}. It prints "locked" once it holds it.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Publisher p = new Publisher(Path.of(args[0]))) {
            p.prepare(List.of(Path.of(args[1])));
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our input
            }
        }
    }
}
