package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out /tmp/site} when another user made {@code /tmp/site}: /tmp's sticky bit lets only a
 * folder's owner rename it, so the swap failed at its end with a bare "Operation not permitted". The
 * build is refused before it begins, saying whose the folder is and what to do.
 */
class StickyFolderTest {

    @TempDir
    Path dir;

    private Path siteIn(int mode) throws Exception {
        Path shared = Files.createDirectory(dir.resolve("tmp"));
        Files.setAttribute(shared, "unix:mode", mode);
        Path out = Files.createDirectory(shared.resolve("site"));
        Files.setAttribute(out, "unix:mode", 0777); // writable by all: the folder itself is no obstacle
        return out;
    }

    @Test
    void aFolderOfAnotherUserInAStickyFolderIsRefusedWithItsOwner() throws Exception {
        Path out = siteIn(01777);
        UserPrincipal owner = Files.getOwner(out);
        String other = owner.getName().equals("nobody") ? "somebody" : "nobody";
        assertThat(Publisher.ownedByAnother(out, other)).isEqualTo("cannot replace " + out + ": it belongs to "
                + owner.getName() + ", and " + out.getParent() + " lets only the owner of a folder in it rename or"
                + " remove it (its sticky bit, which /tmp has); choose another --out, a folder of your own such as "
                + out + "-" + other + ", or ask " + owner.getName() + " to remove " + out);
    }

    @Test
    void itsOwnerOrAFolderWithoutTheStickyBitBuilds() throws Exception {
        Path out = siteIn(0777);
        assertThat(Publisher.ownedByAnother(out, "somebody")).isNull();
        Files.setAttribute(out.getParent(), "unix:mode", 01777);
        assertThat(Publisher.ownedByAnother(out, Files.getOwner(out).getName())).isNull();
        assertThat(Publisher.ownedByAnother(out.resolve("new"), "somebody")).isNull(); // not there yet: it will be ours
    }
}
