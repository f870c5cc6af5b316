package io.orbitpress.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn orbitpress:serve}: the preview on {@code http://127.0.0.1:8080/}, rebuilt on every
 * save of {@code content/} or {@code templates/}, the open browser reloaded; Ctrl-C stops it.
 */
public class ServeMojo extends SiteGoal {

    /** The port; the next free one when it is taken; 0 for any. */
    int port;

    /** The address to listen on; another than 127.0.0.1 shows the preview to the network. */
    String host;

    /** Hide drafts, as the published site does. */
    boolean noDrafts;

    /** Hide stories held back by their publishDate (or a date still to come), as the published site does. */
    boolean noFuture;

    @Override
    boolean holdsBack() {
        return false; // a rebuild's problems show while the preview runs on
    }

    @Override
    boolean runsUntilStopped() {
        return true;
    }

    @Override
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("serve", "--source", siteFolder().toString(), "--port",
                Integer.toString(port)));
        option(args, "--host", host);
        flag(args, "--no-drafts", noDrafts);
        flag(args, "--no-future", noFuture);
        return args;
    }
}
