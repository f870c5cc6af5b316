package io.orbitpress.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.hash.Fingerprint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result brought up to date from the last one of its lineage ({@link Session#rememberFrom}):
 * in one process, across sessions that share a cache folder, and never across lineages.
 */
class RememberFromTest {

    private static final Step<String> TEXT = Step.persisted("text", DiskCacheTest.TEXT);

    @TempDir
    Path dir;

    /** What each update was given, in order. */
    private final List<String> given = new ArrayList<>();

    private String build(Session session, String lineage, String key) {
        return build(session, new String[] {lineage, key}).get(0);
    }

    /** One build asking for a result of each lineage given, with its key: lineage, key, lineage, key... */
    private List<String> build(Session session, String[] lineagesAndKeys) {
        session.begin();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < lineagesAndKeys.length; i += 2) {
            String key = lineagesAndKeys[i + 1];
            Function<String, String> update = earlier -> {
                given.add(String.valueOf(earlier));
                return (earlier == null ? "" : earlier + "+") + key;
            };
            values.add(session.rememberFrom(TEXT, Fingerprint.of(lineagesAndKeys[i]), () -> Fingerprint.of(key),
                    update));
        }
        session.end(true);
        return values;
    }

    @Test
    void aNewKeyIsMadeFromTheLastResultOfItsLineageAndAKnownKeyIsNotMadeAgain() {
        Session session = Session.inMemory();
        assertThat(build(session, new String[] {"en", "a", "ru", "x"})).containsExactly("a", "x");
        assertThat(build(session, new String[] {"en", "b", "ru", "x"})).containsExactly("a+b", "x");
        assertThat(build(session, new String[] {"en", "b", "ru", "y"})).containsExactly("a+b", "x+y");
        assertThat(given).containsExactly("null", "null", "a", "x");
    }

    @Test
    void aLineageNoBuildAskedForIsForgottenAsEveryUnusedResultIs() {
        Session session = Session.inMemory();
        assertThat(build(session, new String[] {"en", "a", "ru", "x"})).containsExactly("a", "x");
        assertThat(build(session, "en", "b")).isEqualTo("a+b");
        assertThat(build(session, new String[] {"en", "c", "ru", "y"})).containsExactly("a+b+c", "y");
    }

    @Test
    void theLastResultIsFoundInTheCacheFolderByTheNextSession() {
        Path cache = dir.resolve("cache");
        Fingerprint tool = Fingerprint.of("tool");
        assertThat(build(Session.inFolder(cache, ".orbitpress-cache", tool), "en", "a")).isEqualTo("a");
        assertThat(build(Session.inFolder(cache, ".orbitpress-cache", tool), "en", "a")).isEqualTo("a");
        assertThat(build(Session.inFolder(cache, ".orbitpress-cache", tool), "en", "b")).isEqualTo("a+b");
        assertThat(build(Session.inFolder(cache, ".orbitpress-cache", tool), "en", "c")).isEqualTo("a+b+c");
        assertThat(given).containsExactly("null", "a", "a+b");
    }

    @Test
    void aSessionThatRemembersNothingUpdatesFromNothing() {
        Session session = Session.cold();
        assertThat(build(session, "en", "a")).isEqualTo("a");
        assertThat(build(session, "en", "b")).isEqualTo("b");
        assertThat(given).containsExactly("null", "null");
    }
}
