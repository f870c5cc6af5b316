package io.orbitpress.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line as it was typed, for a build's JVM whose launcher ran outside a UTF-8 locale (LANG
 * unset, as under cron): that JVM read every letter outside ASCII as a question mark ({@code --source
 * /srv/новости} as {@code /srv/???????}) and handed the arguments on so. The build's JVM, given a
 * UTF-8 locale, reads them again from the launcher's {@code /proc/PID/cmdline}, where they are the
 * bytes that were typed. Elsewhere (no {@code /proc}) the arguments stay as they came.
 */
final class TypedArguments {

    /** The system property that asks the build's JVM to read the launcher's arguments again. */
    static final String REREAD = "orbitpress.rereadArguments";

    private TypedArguments() {
    }

    /** Whether this JVM reads file names and arguments in another encoding than UTF-8. */
    static boolean lossy() {
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        return !names.equalsIgnoreCase("UTF-8") && !names.equalsIgnoreCase("UTF8");
    }

    /** The last {@code args.length} arguments of process {@code pid}, in UTF-8; {@code args} when they cannot be read. */
    static String[] of(String pid, String[] args) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of("/proc", pid.strip(), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return args;
        }
        List<String> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                all.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (all.size() < args.length) {
            return args;
        }
        String[] typed = all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
        for (int i = 0; i < args.length; i++) {
            if (!readAs(typed[i], args[i])) {
                return args; // not this command line
            }
        }
        return typed;
    }

    /** Whether {@code read} is {@code typed} as an ASCII reading gives it: each byte outside ASCII one other character. */
    static boolean readAs(String typed, String read) {
        byte[] b = typed.getBytes(StandardCharsets.UTF_8);
        if (b.length != read.length()) {
            return false;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= 0 && b[i] != read.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
