package io.orbitpress.build;

import io.orbitpress.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The look {@link OutputClashes} takes at every output path of a built site before anything is
 * rendered (Windows device names, a path that would be a file and a folder at once, case clashes),
 * as every build and every save in {@code serve} takes it. Wall time of each round; the
 * figure that counts is where the later rounds settle.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.orbitpress.build.OutputClashesBench SITE_OUTPUT [ROUNDS]
 * </pre>
 */
public final class OutputClashesBench {

    private OutputClashesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<OutputClashes.Output> outputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = site.relativize(p).toString().replace('\\', '/');
                outputs.add(new OutputClashes.Output(path, path.startsWith("articles/") ? "content/" + path : "", null));
            }
        }
        for (int round = 1; round <= rounds; round++) {
            Diagnostics d = new Diagnostics();
            long start = System.nanoTime();
            OutputClashes.check(outputs, page -> new MadeArticle.KeyPlace("", 0, 0), d);
            long took = System.nanoTime() - start;
            System.out.printf("round %d: %,d paths in %.2f ms, %d problems%n", round, outputs.size(), took / 1e6,
                    d.list().size());
        }
    }
}
