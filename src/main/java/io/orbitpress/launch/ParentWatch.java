package io.orbitpress.launch;

/**
 * In a JVM started by {@link Launcher} or the Maven plugin: ends this one when the process that
 * started it is gone (killed outright, so that it could not stop this one), instead of building or
 * serving on with nobody waiting for it.
 */
final class ParentWatch {

    private ParentWatch() {
    }

    static void start(String pid) {
        long id;
        try {
            id = Long.parseLong(pid.strip());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(id).ifPresentOrElse(parent -> parent.onExit().thenRun(ParentWatch::stop), ParentWatch::stop);
    }

    private static void stop() {
        Thread t = new Thread(() -> {
            System.err.println("orbitpress: the process that started this one has ended; stopping");
            System.exit(143);
        }, "orbitpress-orphaned");
        t.setDaemon(true);
        t.start();
    }
}
