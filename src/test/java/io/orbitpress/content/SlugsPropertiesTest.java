package io.orbitpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A slug made from any text is a safe URL segment, or empty. */
class SlugsPropertiesTest {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("aZ09 -_./\\\u00e9\u0130\u212a\u00df..").ofMaxLength(500));
    }

    @Property(tries = 2000)
    void madeSlugsAreSafeOrEmpty(@ForAll("names") String name) {
        String slug = Slugs.make(name);
        assertThat(slug.isEmpty() || Slugs.isSafe(slug)).as("slug %s of %s", slug, name).isTrue();
        assertThat(Slugs.make(slug)).isEqualTo(slug);
    }

    @Example
    void aLongNameIsCutAtAWordToStaySafe() {
        String slug = Slugs.make("word ".repeat(100));
        assertThat(slug).hasSizeLessThanOrEqualTo(200).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isSafe(slug)).isTrue();
    }
}
