package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The date patterns a language without theme texts gets from CLDR: each one writes a date in
 * java.time (what the templates use) as ICU writes it, or it is not given.
 */
class TextsDatesTest {

    private static String written(Properties p, String key, Locale l) {
        return DateTimeFormatter.ofPattern(p.getProperty(key), l).format(ZonedDateTime.of(2025, 12, 5, 7, 9, 0, 0,
                ZoneId.of("UTC")));
    }

    @Test
    void germanAndFrenchDatesAreWrittenTheirWay() {
        Locale de = Locale.GERMAN;
        Properties p = Texts.dates(de);
        assertThat(written(p, "date.long", de)).isEqualTo("5. Dezember 2025");
        assertThat(written(p, "date.full", de)).isEqualTo("5. Dezember 2025 um 07:09 UTC");
        assertThat(written(Texts.dates(Locale.FRENCH), "date.long", Locale.FRENCH)).isEqualTo("5 décembre 2025");
    }

    @Test
    void aPatternJavaTimeWouldWriteOtherwiseIsLeftToTheEnglishOne() {
        // ICU writes Thai dates in the Buddhist era (2568) and Persian ones in the Persian calendar;
        // java.time would write the pattern with the ISO year: not given
        assertThat(Texts.dates(Locale.forLanguageTag("th")).getProperty("date.long")).isNull();
        assertThat(Texts.dates(Locale.forLanguageTag("fa"))).isEmpty();
        // java.time reads [z] as an optional section, ICU as the zone in brackets
        assertThat(Texts.dates(Locale.forLanguageTag("zh-TW")).getProperty("date.full")).isNull();
    }
}
