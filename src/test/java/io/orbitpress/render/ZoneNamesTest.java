package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A zone's name is the same on every page however many threads render them: each run is a JVM of
 * its own (the names are derived once a process), whose first zone names are written by eight
 * threads at once after {@link ZoneNames#derive}, as pages are. Without it, about one run in three
 * on JDK 17 wrote "GMT+03:00" where the others wrote "MSK".
 */
class ZoneNamesTest {

    private static final int RUNS = 12;

    @Test
    void eightThreadsWriteTheNameOneThreadWrites() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            seen.add(run("Europe/Moscow", "en"));
        }
        assertThat(seen).as("the names written in each of %d JVMs", RUNS).containsOnly("[MSK]");
    }

    /** Runs {@link Formats} in a JVM of its own with eight processors; what it printed. */
    private static String run(String zone, String language) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=8", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Formats.class.getName(), zone, language);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Derives ZONE's names in LANGUAGE, then writes times with them on eight threads at once; prints the names written. */
    static final class Formats {
        public static void main(String[] args) throws Exception {
            ZoneId zone = ZoneId.of(args[0]);
            Locale locale = Locale.forLanguageTag(args[1]);
            ZoneNames.derive(zone, locale);
            DateTimeFormatter f = DateTimeFormatter.ofPattern("z", locale);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> names = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ZonedDateTime t = ZonedDateTime.of(2025, 8, 1 + i, 9, 30, 0, 0, zone);
                names.add(threads.submit(() -> {
                    go.await();
                    return f.format(t);
                }));
            }
            go.countDown();
            Set<String> out = new TreeSet<>();
            for (Future<String> n : names) {
                out.add(n.get());
            }
            threads.shutdown();
            System.out.println(out);
        }
    }
}
