package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The command line's words as the Maven goals say them, one case a row. */
class MavenWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "build again then (orbitpress schedule lists them all) | build again then (mvn orbitpress:schedule lists them all)",
        "see them with: orbitpress entities --suggest | see them with: mvn orbitpress:entities -Dorbitpress.suggest=true",
        "Register one with: orbitpress new mission \"Crew-12\" | Register one with: mvn orbitpress:new -Dmission=\"Crew-12\"",
        "orbitpress theme eject assets/style.css copies it | mvn orbitpress:eject -Dorbitpress.files=assets/style.css copies it",
        "orbitpress theme list shows its files | mvn orbitpress:theme shows its files",
        "run orbitpress check | run mvn orbitpress:check",
        "--strict fails the build | -Dorbitpress.strict=true fails the build",
        "run the build in a site folder or pass --source DIR | run the build in a site folder or pass -Dorbitpress.source=DIR",
        "or pass --source NEW-FOLDER | or pass -Dorbitpress.source=NEW-FOLDER",
        "with --out, or pass --force | with -Dorbitpress.out, or pass -Dorbitpress.force=true",
        // what names no command stays as it is
        "the text that orbitpress new article wrote | the text that orbitpress new article wrote",
        "orbitpress new: content/x.md already exists | orbitpress new: content/x.md already exists",
        "/usr/share/orbitpress check.md | /usr/share/orbitpress check.md",
        "orbitpress serve: --port must be a number | orbitpress serve: -Dorbitpress.port must be a number",
        "orbitpress theme eject: the built-in theme has no file | orbitpress theme eject: the built-in theme has no file",
    })
    void says(String command, String goal) {
        assertThat(MavenWords.say(command)).isEqualTo(goal);
    }

    @Test
    void aWriterSaysEachWholeLineAndTheLastOneOnClose() {
        ByteArrayOutputStream to = new ByteArrayOutputStream();
        PrintWriter w = MavenWords.writer(to);
        w.print("Next: 2027-01-05; build again then (orbitpress sche");
        w.flush();
        assertThat(to.toString(StandardCharsets.UTF_8)).isEmpty();
        w.println("dule lists them all)");
        w.print("1 unregistered name(s) found; see them with: orbitpress entities --suggest");
        w.close();
        assertThat(to.toString(StandardCharsets.UTF_8)).isEqualTo("Next: 2027-01-05; build again then"
                + " (mvn orbitpress:schedule lists them all)" + System.lineSeparator() + "1 unregistered name(s) found;"
                + " see them with: mvn orbitpress:entities -Dorbitpress.suggest=true");
    }
}
