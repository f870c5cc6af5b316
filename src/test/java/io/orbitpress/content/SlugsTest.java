package io.orbitpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names Windows keeps for devices, in any case, with or without an extension; and names that only
 * look like them. Slugs of Russian titles as English-language news spells Russian words.
 */
class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Экипаж на орбите                   | ekipazh-na-orbite
            Женщины в космосе                  | zhenshchiny-v-kosmose
            Щёлково: жизнь в Звёздном городке  | shchelkovo-zhizn-v-zvezdnom-gorodke
            Юлия Пересильд                     | yuliya-peresild
            Союз МС-25                         | soyuz-ms-25
            Подъём на орбиту                   | podyem-na-orbitu
            Хабаровск                          | khabarovsk
            Роскосмос                          | roskosmos
            Raphaël's notes                    | raphael-s-notes
            Ελλάδα                             | ellada
            """)
    void otherScriptsAreSpelledInLatinLetters(String title, String slug) {
        assertThat(Slugs.make(title)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CON          | true
            con          | true
            Aux          | true
            nul.html     | true
            PRN.tar.gz   | true
            com1         | true
            LPT9.txt     | true
            com0         | true
            lpt\u00b9         | true
            'con  .x'    | true
            console      | false
            icon         | false
            com10        | false
            comx         | false
            lpt          | false
            con-1        | false
            a.con        | false
            auxiliary.md | false
            """)
    void windowsDeviceNames(String name, boolean device) {
        assertThat(Slugs.isWindowsDevice(name)).isEqualTo(device);
    }
}
