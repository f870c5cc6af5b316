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

    @Test
    void aLongNameIsCutAtAWordToStaySafe() {
        String slug = Slugs.make("word ".repeat(100));
        assertThat(slug).hasSizeLessThanOrEqualTo(200).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isSafe(slug)).isTrue();
    }
}
