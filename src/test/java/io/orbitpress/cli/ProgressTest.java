package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static String waitFor(StringWriter w, String text) throws InterruptedException {
        for (int i = 0; i < 500 && !w.toString().contains(text); i++) {
            Thread.sleep(10);
        }
        return w.toString();
    }

    @Test
    void plainLinesWhenNotATerminal() throws InterruptedException {
        StringWriter w = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(w), false, Duration.ofMillis(50), Duration.ofMillis(20)).begin()) {
            p.step("load");
            assertThat(waitFor(w, "after load\n")).contains("Building… 0 s, after load\n");
        }
        String done = w.toString();
        Thread.sleep(100);
        assertThat(w.toString()).as("nothing after close").isEqualTo(done);
        assertThat(done).doesNotContain("\r");
    }

    @Test
    void quietForShortBuilds() throws InterruptedException {
        StringWriter w = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(w), false, Duration.ofSeconds(30), Duration.ofMillis(10)).begin()) {
            p.step("load");
            Thread.sleep(50);
        }
        assertThat(w.toString()).isEmpty();
    }

    @Test
    void oneUpdatingLineOnATerminalWipedAtTheEnd() throws InterruptedException {
        StringWriter w = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(w), true, Duration.ZERO, Duration.ofMillis(10)).begin()) {
            waitFor(w, "Building");
            p.step("render");
        }
        String s = w.toString();
        assertThat(s).startsWith("\r\033[KBuilding… ").contains(", render done").doesNotContain("\n")
                .endsWith("\r\033[K");
    }
}
