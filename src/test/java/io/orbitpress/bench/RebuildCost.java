package io.orbitpress.bench;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.session.Session;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints what a rebuild after saving one article costs in {@code serve}'s session, without the
 * server: the process's CPU time, the wall time and the bytes allocated of each rebuild, and the
 * steps of the last ones. CPU time and bytes say what the rebuild costs even on a machine busy
 * with other work, where wall times are not to be trusted. Appends a paragraph to WARM_UP + EDITS
 * articles: run it on a copy.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.orbitpress.bench.RebuildCost SITE [EDITS] [WARM_UP]
 * </pre>
 */
public final class RebuildCost {

    private RebuildCost() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> articles;
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".md")).sorted().limit(warmUp + edits).toList();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BuildOptions options = BuildOptions.of(site).withPreview(true).withDrafts(true);
        Session session = Session.inMemory();
        session.watched();
        long t0 = System.nanoTime();
        new SiteBuild(options, session).render();
        System.out.printf("first build: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        List<Long> cpu = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Path f = articles.get(i);
            Files.writeString(f, "\nA paragraph added by edit " + i + ".\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            session.changed(Set.of(f));
            long c = os.getProcessCpuTime();
            long a = allocated();
            long w = System.nanoTime();
            SiteBuild b = new SiteBuild(options, session);
            SiteBuild.Rendered r = b.render();
            long cpuMs = (os.getProcessCpuTime() - c) / 1_000_000;
            long wallMs = (System.nanoTime() - w) / 1_000_000;
            long mb = (allocated() - a) / 1_000_000;
            if (i >= warmUp) {
                cpu.add(cpuMs);
                wall.add(wallMs);
                allocated.add(mb);
            }
            System.out.printf("edit %2d: %4d ms cpu, %4d ms wall, %4d MB allocated, %d pages rendered  %s%n", i, cpuMs,
                    wallMs, mb, r.work().pages(), b.timings().millis());
        }
        Collections.sort(cpu);
        Collections.sort(wall);
        Collections.sort(allocated);
        System.out.printf("rebuild after one article's save, %d edits after %d warm-up: median %d ms cpu"
                + " (min %d, max %d), median %d ms wall, median %d MB allocated (min %d, max %d)%n", cpu.size(), warmUp,
                cpu.get(cpu.size() / 2), cpu.get(0), cpu.get(cpu.size() - 1), wall.get(wall.size() / 2),
                allocated.get(allocated.size() / 2), allocated.get(0), allocated.get(allocated.size() - 1));
    }

    /**
     * The bytes the live threads have allocated so far (the rebuild's pool threads live on; a
     * thread that ends during a rebuild takes its count with it, so a figure may fall short).
     */
    private static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }
}
