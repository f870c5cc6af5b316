package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The URLs of a srcset, split as the HTML standard does; URLs listed with " ; " between them. */
class SrcsetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a.png                                | a.png
            a.png 1x                             | a.png
            a.png 1x, b.png 2x                   | a.png ; b.png
            a.png 1x,b.png 2x                    | a.png ; b.png
            a.png,b.png                          | a.png,b.png
            `  a.png  ,  , b.png 640w  `         | a.png ; b.png
            a,1.png 1x, b,2.png 2x               | a,1.png ; b,2.png
            a.png,,, b.png                       | a.png ; b.png
            a.png (x, y), b.png                  | a.png ; b.png
            `data:image/png;base64,AA 1x, b.png` | data:image/png;base64,AA ; b.png
            `, ,`                                | ``
            """)
    void splitsLikeABrowser(String value, String expected) {
        List<String> urls = Srcset.urls(value).stream().map(u -> value.substring(u[0], u[1])).toList();
        assertThat(String.join(" ; ", urls)).isEqualTo(expected == null ? "" : expected);
    }
}
