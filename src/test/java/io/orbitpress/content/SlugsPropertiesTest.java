package io.orbitpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A slug made from any text is a safe URL segment, or empty. */
class SlugsPropertiesTest {

    private static String name(Random r) {
        return r.nextBoolean() ? Seeded.anyString(r, 300)
                : Seeded.string(r, 500, "aZ09 -_./\\\u00e9\u0130\u212a\u00df..");
    }

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(2000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void madeSlugsAreSafeOrEmpty(Seeded.Case c) {
        String name = name(c.random());
        String slug = Slugs.make(name);
        assertThat(slug.isEmpty() || Slugs.isSafe(slug)).as("slug %s of %s", slug, name).isTrue();
        assertThat(Slugs.make(slug)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unicodeSlugsFitAFileName(Seeded.Case c) {
        Random r = c.random();
        // Cyrillic and CJK letters (two and three bytes in UTF-8), digits and spaces, up to 400 of them
        String name = Seeded.string(r, 400, "космос月面 09 ab");
        String slug = Slugs.make(name, true);
        assertThat(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("slug %s", slug)
                .isLessThanOrEqualTo(200);
        assertThat(slug.isEmpty() || Slugs.isUnicodeSafe(slug)).as("slug %s of %s", slug, name).isTrue();
        assertThat(Slugs.make(slug, true)).isEqualTo(slug);
    }

    @Test
    void aLongCyrillicNameIsCutAtAWordToFitAFileName() {
        String slug = Slugs.make("космонавты ".repeat(30), true);
        assertThat(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(slug).startsWith("космонавты-космонавты").endsWith("космонавты");
        assertThat(Slugs.isUnicodeSafe(slug)).isTrue();
        assertThat(Slugs.isUnicodeSafe(slug + "-космонавты")).isFalse();
    }

    @Test
    void aLongNameIsCutAtAWordToStaySafe() {
        String slug = Slugs.make("word ".repeat(100));
        assertThat(slug).hasSizeLessThanOrEqualTo(200).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isSafe(slug)).isTrue();
    }
}
