package io.orbitpress.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The classes a build's JVM starts from, as the pom compiles them: each one the class-data
 * archive can hold ({@link ClassData}), and none that links a call site at its first use in a
 * fresh JVM (bench/README.md, "The compiler's share of a warm build, and picocli from its source").
 */
class ArchivableClassesTest {

    /** JDK 17 leaves class files older than version 50 (Java 6) out of an archive recorded at exit. */
    private static final int OLDEST_ARCHIVED = 50;

    @Test
    void picocliIsCompiledWithTheProjectSoTheArchiveHoldsIt() throws IOException {
        try (InputStream in = picocli.CommandLine.class.getResourceAsStream("CommandLine.class")) {
            assertThat(in).as("picocli's CommandLine class file").isNotNull();
            byte[] head = in.readNBytes(8);
            int major = (head[6] & 0xff) << 8 | (head[7] & 0xff);
            assertThat(major).as("class file version of picocli.CommandLine (Java 5 is 49)")
                    .isGreaterThanOrEqualTo(OLDEST_ARCHIVED);
        }
    }

    @Test
    void noClassOfTheProjectConcatenatesTextsThroughInvokedynamic() throws IOException, URISyntaxException {
        // where the project's classes were loaded from: target/classes under Maven
        Path classes = Path.of(io.orbitpress.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> linking = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                read++;
                // the bootstrap method's name sits in the constant pool of every class that uses it
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("makeConcatWithConstants")) {
                    linking.add(classes.relativize(f).toString());
                }
            }
        }
        assertThat(read).as("class files read under " + classes).isGreaterThan(200);
        assertThat(linking).as("classes compiled without -XDstringConcat=inline").isEmpty();
    }
}
