package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /                           | ''
            /index.html                 | index.html
            /articles/x/                | articles/x/
            /articles/x                 | articles/x
            /assets/style.css           | assets/style.css
            /caf%C3%A9/                 | café/
            /a+b.txt                    | a+b.txt
            /a%20b.txt                  | a b.txt
            """)
    void keys(String raw, String key) {
        assertThat(SitePath.parse(raw)).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../etc/passwd", "/articles/../../etc/passwd", "/./index.html", "/%2e%2e/etc/passwd", "/%2E%2E/etc",
        "/articles%2f..%2f..%2fetc%2fpasswd", "/articles%2Fx", "/%5c..%5cwindows", "/a\\b", "//etc/passwd",
        "/%00", "/index.html%00.css", "/%0aindex.html", "/%zz", "/%", "/%c3", "etc/passwd", ""
    })
    void refusesEverythingButPlainPaths(String raw) {
        assertThat(SitePath.parse(raw)).isEmpty();
    }
}
