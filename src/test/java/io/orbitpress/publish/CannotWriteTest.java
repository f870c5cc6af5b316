package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A site that cannot be written says what went wrong where, not only the path the exception names. */
class CannotWriteTest {

    @Test
    void eachKindOfFailureSaysWhatWentWrong() {
        assertThat(Publisher.cannotWrite(new NoSuchFileException("/news/.site.staging-1/tags/zz")))
                .isEqualTo("cannot write the site: /news/.site.staging-1/tags/zz is not there (was it removed while the"
                        + " build ran?); build again");
        assertThat(Publisher.cannotWrite(new AccessDeniedException("/var/www/site")))
                .isEqualTo("cannot write the site: permission denied on /var/www/site; let the user who builds write"
                        + " there");
        assertThat(Publisher.cannotWrite(new FileSystemException("/news/site", null, "No space left on device")))
                .isEqualTo("cannot write the site: /news/site: No space left on device");
        assertThat(Publisher.cannotWrite(new java.io.IOException("Stream closed")))
                .isEqualTo("cannot write the site: Stream closed");
    }
}
