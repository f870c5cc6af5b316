package io.orbitpress.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a step key is made of: values fingerprinted by their contents, whatever object holds them. */
class FingerprintOfValuesTest {

    record Part(String name, int count, List<String> words) {
    }

    record Whole(Part part, Map<String, Integer> counts, ZonedDateTime when, Fingerprint made) {
    }

    private static Whole whole(String name, int count) {
        return new Whole(new Part(name, count, new ArrayList<>(List.of("a", "b"))), Map.of("x", 1, "y", 2, "z", 3),
                ZonedDateTime.of(2025, 7, 30, 11, 43, 0, 0, ZoneId.of("America/New_York")), Fingerprint.of("made"));
    }

    @Test
    void equalValuesInOtherObjectsHaveOneFingerprint() {
        Session a = Session.inMemory();
        Session b = Session.inMemory();
        a.begin();
        b.begin();
        assertThat(a.fingerprint(whole("crew", 4))).isEqualTo(b.fingerprint(whole("crew", 4)))
                .isEqualTo(a.fingerprint(whole("crew", 4)));
    }

    @Test
    void anyChangedPartChangesTheFingerprint() {
        Session s = Session.inMemory();
        s.begin();
        Fingerprint base = s.fingerprint(whole("crew", 4));
        assertThat(s.fingerprint(whole("crew", 5))).isNotEqualTo(base);
        assertThat(s.fingerprint(whole("Crew", 4))).isNotEqualTo(base);
        Whole w = whole("crew", 4);
        assertThat(s.fingerprint(new Whole(w.part(), Map.of("x", 1, "y", 2, "z", 4), w.when(), w.made())))
                .isNotEqualTo(base);
        assertThat(s.fingerprint(new Whole(w.part(), w.counts(), w.when().plusSeconds(1), w.made())))
                .isNotEqualTo(base);
        assertThat(s.fingerprint(new Whole(w.part(), w.counts(), w.when(), Fingerprint.of("other"))))
                .isNotEqualTo(base);
        assertThat(s.fingerprint(List.of("a", "b"))).isNotEqualTo(s.fingerprint(List.of("b", "a")));
    }

    @Test
    void aFingerprintStandsForItselfAndMapsOfAnyOrderAgree() {
        Session s = Session.inMemory();
        s.begin();
        Fingerprint f = Fingerprint.of("a step's key");
        // a fingerprint in a key is the fingerprint, not a record of two numbers
        assertThat(s.fingerprint(f)).isEqualTo(new Hasher().put(f).finish());
        java.util.LinkedHashMap<String, Integer> ordered = new java.util.LinkedHashMap<>();
        ordered.put("z", 3);
        ordered.put("x", 1);
        ordered.put("y", 2);
        // Map.of iterates in an order salted per JVM: it is hashed whatever the order
        assertThat(s.fingerprint(Map.of("x", 1, "y", 2, "z", 3))).isEqualTo(s.fingerprint(Map.of("z", 3, "y", 2, "x", 1)));
        assertThat(s.fingerprint(ordered)).isNotEqualTo(s.fingerprint(Map.of("x", 1, "y", 2, "z", 3)));
    }
}
